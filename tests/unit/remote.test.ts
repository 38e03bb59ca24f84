import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetUrlFrom, fetchDataset } from '../../src/data/remote';
import { fetchLimited } from '../../src/data/fetchLimited';
import { foreignOrigin } from '../../src/data/origins';

const PAGE = 'https://maillage.example/app/';

describe('a dataset named in the address', () => {
  it('is resolved against the page when it is the site’s own', () => {
    const url = datasetUrlFrom('?data=data/other.json', PAGE);
    expect(url).toBeInstanceOf(URL);
    expect((url as URL).href).toBe('https://maillage.example/app/data/other.json');
  });

  it('is refused from another origin unless the site was built to allow it', () => {
    expect(datasetUrlFrom('?data=https://evil.example/w.json', PAGE)).toEqual({
      error: 'data: https://evil.example is not this site; only datasets of this site can be opened from a link',
    });
    expect(datasetUrlFrom('?data=//evil.example/w.json', PAGE)).toHaveProperty('error');
    const allowed = datasetUrlFrom('?data=https://data.example/w.json', PAGE, ['https://data.example']);
    expect(allowed).toBeInstanceOf(URL);
    expect(foreignOrigin(allowed as URL, PAGE)).toBe('https://data.example');
    expect(foreignOrigin(new URL('https://maillage.example/x.json'), PAGE)).toBeNull();
  });

  it('refuses other protocols, empty and overlong values', () => {
    expect(datasetUrlFrom('?data=javascript:alert(1)', PAGE)).toHaveProperty('error');
    expect(datasetUrlFrom('?data=', PAGE)).toHaveProperty('error');
    expect(datasetUrlFrom(`?data=${'a'.repeat(3000)}`, PAGE)).toHaveProperty('error');
    expect(datasetUrlFrom('?lang=en', PAGE)).toBeNull();
  });
});

/** A response whose body streams `chunks` of `size` bytes, then ends (or never ends). */
function streaming(chunks: number, size: number, { endless = false, length }: { endless?: boolean; length?: number } = {}): typeof fetch {
  return (async (_url: unknown, init?: RequestInit) => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (init?.signal?.aborted) return controller.error(new Error('aborted'));
        if (!endless && sent >= chunks) return controller.close();
        sent++;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    });
    const headers: Record<string, string> = length === undefined ? {} : { 'content-length': String(length) };
    return new Response(body, { status: 200, headers });
  }) as typeof fetch;
}

describe('fetching with limits', () => {
  it('reads a text within the cap and reports progress', async () => {
    const seen: number[] = [];
    const r = await fetchLimited(new URL(PAGE), streaming(4, 10), { maxBytes: 100, onProgress: (n) => seen.push(n) });
    expect(r).toMatchObject({ ok: true, text: ' '.repeat(40) });
    expect(seen).toEqual([10, 20, 30, 40]);
  });

  it('reads letters whose bytes arrive in different chunks', async () => {
    const bytes = new TextEncoder().encode('\uFEFFCoopération — 協力 🌍');
    const oneByOne = (async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const b of bytes) controller.enqueue(new Uint8Array([b]));
            controller.close();
          },
        }),
      )) as typeof fetch;
    const r = await fetchLimited(new URL(PAGE), oneByOne);
    expect(r).toMatchObject({ ok: true, text: 'Coopération — 協力 🌍' });
    if (r.ok) expect(r.bytes).toEqual(bytes);
  });

  it('gives the page back while it reads a body that has already arrived', async () => {
    // A clock that moves 5 ms at each look: the reading is over its slice every other chunk.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    try {
      const between: number[] = [];
      const seen: number[] = [];
      // A task queued before the read: it runs only if the reading gives the page back.
      setTimeout(() => between.push(seen.length), 0);
      const r = await fetchLimited(new URL(PAGE), streaming(20, 10), { onProgress: (n) => seen.push(n) });
      expect(r).toMatchObject({ ok: true, text: ' '.repeat(200) });
      expect(between).toHaveLength(1);
      expect(between[0]).toBeLessThan(20);
    } finally {
      clock.mockRestore();
    }
  });

  it('stops an endless answer at the cap with a clear message', async () => {
    const r = await fetchLimited(new URL(PAGE), streaming(0, 1024, { endless: true }), { maxBytes: 10 * 1024 * 1024 });
    expect(r).toEqual({ ok: false, message: 'is larger than the 10 MB accepted' });
  }, 30_000);

  it('refuses at once an answer whose declared length passes the cap', async () => {
    const r = await fetchLimited(new URL(PAGE), streaming(1, 1, { length: 60 * 1024 * 1024 }));
    expect(r).toEqual({ ok: false, message: 'is larger than the 50 MB accepted' });
  });

  it('gives up on a server that never answers', async () => {
    const never = ((_url: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as typeof fetch;
    const r = await fetchLimited(new URL(PAGE), never, { timeoutMs: 1000 });
    expect(r).toEqual({ ok: false, message: 'did not arrive within 1 s' });
  });

  it('turns an HTTP error into a problem line for the dataset', async () => {
    const notFound = (async () => new Response('no', { status: 404 })) as typeof fetch;
    const r = await fetchDataset(new URL('https://maillage.example/w.json'), notFound);
    expect(r).toEqual({ ok: false, problems: [{ file: 'w.json', path: '', message: 'could not be loaded (HTTP 404)' }] });
  });
});

// A server made of the fixtures folder: a file that is not there answers 404.
const folder = new URL('../fixtures/editorial/', import.meta.url);
const served: string[] = [];
const fetcher = (async (input: URL | RequestInfo) => {
  const url = new URL(String(input));
  const name = url.pathname.replace(/^\//, '');
  served.push(name);
  const file = fileURLToPath(new URL(name, folder));
  return existsSync(file) ? new Response(readFileSync(file, 'utf8')) : new Response('', { status: 404 });
}) as typeof fetch;

describe('a dataset loaded from an address', () => {
  it('brings each note and, when there is one, its English version beside it', async () => {
    const result = await fetchDataset(new URL('https://example.test/valid.json'), fetcher);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.notesBySession.get('seance')).toContain('Introduction par Marie Curie');
    expect(result.dataset.englishNotesBySession.get('seance')).toContain('Introduction by Marie Curie');
  });

  it('does without an English note that is not there', async () => {
    const result = await fetchDataset(new URL('https://example.test/broken-context-without-footnote.json'), fetcher);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(served).toContain('sessions/contexte-sans-source.en.md');
    expect(result.dataset.englishNotesBySession.has('seance')).toBe(false);
    expect(result.dataset.notesBySession.get('seance')).toContain('dix mille habitants');
  });
});
