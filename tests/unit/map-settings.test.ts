import { describe, expect, it } from 'vitest';
import { mapSettings } from '../../src/map/settings';
import { fetchRemoteStyle } from '../../src/map/remoteStyle';

describe('map settings from the address', () => {
  it('uses the embedded basemap by default', () => {
    expect(mapSettings('')).toEqual({ basemap: null, basemapRejected: false });
  });

  it('accepts an http(s) style address and refuses anything else', () => {
    expect(mapSettings('?basemap=https%3A%2F%2Ftiles.example.org%2Fstyle.json').basemap).toBe('https://tiles.example.org/style.json');
    expect(mapSettings('?basemap=javascript%3Aalert(1)')).toMatchObject({ basemap: null, basemapRejected: true });
    expect(mapSettings('?basemap=not a url')).toMatchObject({ basemap: null, basemapRejected: true });
    expect(mapSettings('?basemap=')).toMatchObject({ basemap: null, basemapRejected: false });
  });
});

describe('fetching an online style', () => {
  const respond =
    (body: unknown, status = 200): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status });

  it('accepts a MapLibre style', async () => {
    const style = { version: 8, sources: { s: { type: 'vector', url: 'https://x/y.json' } }, layers: [{ id: 'bg', type: 'background' }] };
    await expect(fetchRemoteStyle('https://x/style.json', respond(style))).resolves.toEqual({ ok: true, style });
  });

  it('refuses what is not a style, an error status, and a network failure, with a reason', async () => {
    await expect(fetchRemoteStyle('https://x', respond({ version: 7, sources: {}, layers: [] }))).resolves.toMatchObject({ ok: false });
    await expect(fetchRemoteStyle('https://x', respond({}, 404))).resolves.toEqual({ ok: false, problem: 'unreachable', reason: 'HTTP 404' });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchRemoteStyle('https://x', offline)).resolves.toEqual({ ok: false, problem: 'unreachable', reason: 'Failed to fetch' });
  });

  it('gives up after the timeout', async () => {
    const never: typeof fetch = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(fetchRemoteStyle('https://x', never, 10)).resolves.toEqual({ ok: false, problem: 'unreachable', reason: 'aborted' });
  });
});
