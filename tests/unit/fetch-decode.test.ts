import { describe, expect, it } from 'vitest';
import { fetchLimited } from '../../src/data/fetchLimited';

describe('streamed decoding', () => {
  it('a character split across chunks, a BOM and a broken byte read as one decode would', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é😀x'), 0xff, 0xe2, 0x82]);
    for (let cut = 1; cut < bytes.length; cut++) {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < bytes.length; i += cut) c.enqueue(bytes.slice(i, i + cut));
          c.close();
        },
      });
      const fetcher = (async () => new Response(body)) as typeof fetch;
      const r = await fetchLimited(new URL('https://x.example/a.json'), fetcher);
      expect(r.ok && r.text).toBe(new TextDecoder().decode(bytes));
    }
  });
});
