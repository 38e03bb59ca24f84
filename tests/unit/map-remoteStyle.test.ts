import { describe, expect, it } from 'vitest';
import { STYLE_LIMITS, checkRemoteStyle, fetchRemoteStyle, plainAttribution } from '../../src/map/remoteStyle';

const layers = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `l${i}`, type: 'background' }));
const sources = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`s${i}`, { type: 'vector', url: `https://x/${i}.json` }]));

describe('caps on an online style', () => {
  it('accepts a style at the caps', () => {
    const result = checkRemoteStyle({ version: 8, sources: sources(STYLE_LIMITS.sources), layers: layers(STYLE_LIMITS.layers) });
    expect(result.ok).toBe(true);
  });

  it('refuses 50,000 layers as too large, with a reason naming the cap', () => {
    expect(checkRemoteStyle({ version: 8, sources: {}, layers: layers(50_000) })).toEqual({ ok: false, problem: 'tooLarge', reason: 'more than 1000 layers' });
  });

  it('refuses thousands of sources, a huge id and a huge address as too large', () => {
    expect(checkRemoteStyle({ version: 8, sources: sources(3_000), layers: [] })).toMatchObject({
      ok: false,
      problem: 'tooLarge',
      reason: 'more than 50 sources',
    });
    expect(checkRemoteStyle({ version: 8, sources: {}, layers: [{ id: 'x'.repeat(100_000), type: 'background' }] })).toMatchObject({
      ok: false,
      problem: 'tooLarge',
    });
    expect(checkRemoteStyle({ version: 8, sources: {}, layers: [], glyphs: `https://x/${'a'.repeat(10_000)}` })).toMatchObject({
      ok: false,
      problem: 'tooLarge',
    });
    expect(checkRemoteStyle({ version: 8, sources: { s: { type: 'vector', tiles: Array(500).fill('https://x/{z}/{x}/{y}.pbf') } }, layers: [] })).toMatchObject(
      {
        ok: false,
        problem: 'tooLarge',
      },
    );
  });

  it('tells a style that is not one from one that is too large', () => {
    expect(checkRemoteStyle({ version: 7, sources: {}, layers: [] })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(checkRemoteStyle({ version: 8, layers: [] })).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('refuses a style file over the size cap before parsing it', async () => {
    const huge: typeof fetch = async () => new Response(`{"version":8,"name":"${'a'.repeat(STYLE_LIMITS.bytes)}","sources":{},"layers":[]}`);
    await expect(fetchRemoteStyle('https://x/style.json', huge)).resolves.toMatchObject({ ok: false, problem: 'tooLarge' });
    // A server that streams without end and without a length: reading stops at the cap.
    let sent = 0;
    const endless: typeof fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            sent += 1;
            controller.enqueue(new Uint8Array(1_000_000).fill(32));
          },
        }),
      );
    await expect(fetchRemoteStyle('https://x/style.json', endless)).resolves.toMatchObject({ ok: false, problem: 'tooLarge' });
    expect(sent).toBeLessThan(10);
    const notJson: typeof fetch = async () => new Response('<html>');
    await expect(fetchRemoteStyle('https://x/style.json', notJson)).resolves.toEqual({ ok: false, problem: 'invalid', reason: 'not JSON' });
  });
});

describe('attribution of an online style', () => {
  it('keeps the words of an ordinary attribution, without its links', () => {
    expect(
      plainAttribution(
        '<a href="https://openmaptiles.org/" target="_blank">&copy; OpenMapTiles</a> <a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
      ),
    ).toBe('© OpenMapTiles © OpenStreetMap contributors');
  });

  it('leaves no tag, script or image, even one hidden in entities', () => {
    const cleaned = plainAttribution(
      '<img src=x onerror=alert(1)>Tiles<script>alert(2)</script> &lt;img src=y onerror=alert(3)&gt; <svg><a href="javascript:alert(4)">x</a></svg>',
    );
    expect(cleaned).not.toMatch(/[<>"]/);
    expect(cleaned).not.toContain('alert(2)');
    expect(cleaned).toBe('Tiles &#60;img src=y onerror=alert(3)&#62; x');
  });

  it('caps its length', () => {
    expect(plainAttribution('a'.repeat(10_000))).toHaveLength(STYLE_LIMITS.attributionLength);
  });

  it('is applied to every source of an accepted style', () => {
    const result = checkRemoteStyle({
      version: 8,
      sources: {
        a: { type: 'vector', url: 'https://x/a.json', attribution: '<b onclick="x()">Acme</b>' },
        b: { type: 'raster', tiles: ['https://x/{z}.png'] },
      },
      layers: [],
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.style.sources.a).toMatchObject({ attribution: 'Acme' });
    expect(result.style.sources.b).not.toHaveProperty('attribution');
  });
});
