import { describe, expect, it } from 'vitest';
import { fullAddress, keep, textFor } from '../../src/map/keptTexts';
import { keptNumber, textAddress } from '../../src/map/keptAddress';

const arcs = (n: number) => `maillage-arcs://v1/0,0,a;1,1,b/partner-of,partner-of/0,1,${n},1,0,2`;
const places = (n: number) => `maillage-places://v1/0,0,lieu-${n},Lieu%20${n},,1,0,1`;

describe('the map’s addresses kept out of the page’s heap', () => {
  it('gives a source a short address that brings back the whole one, as often as asked', async () => {
    const long = arcs(1);
    const short = keep(long);
    expect(short).toMatch(/^maillage-arcs:\/\/kept\/\d+$/);
    expect(short.length).toBeLessThan(40);
    // Read again (a style made again, a source loaded again): the same text.
    expect(await fullAddress(short)).toBe(long);
    expect(await fullAddress(short)).toBe(long);
    // As MapLibre's worker asks for it.
    expect(await textFor(textAddress(keptNumber(short) ?? -1))).toBe(long);
    // A whole address is its own text.
    expect(await fullAddress(long)).toBe(long);
  });

  it('keeps the last few of each kind, and says so when asked for one dropped since', async () => {
    const first = keep(arcs(10));
    const place = keep(places(10));
    const later = [11, 12, 13, 14].map((n) => keep(arcs(n)));
    await expect(fullAddress(first)).rejects.toThrow(/no longer kept/);
    for (const [i, short] of later.entries()) expect(await fullAddress(short)).toBe(arcs(11 + i));
    // The arcs made since do not push out the places.
    expect(await fullAddress(place)).toBe(places(10));
    await expect(textFor('maillage-text://nothing')).rejects.toThrow(/no longer kept/);
  });

  it('reads only its own short addresses', () => {
    expect(keptNumber('maillage-places://kept/42')).toBe(42);
    expect(keptNumber('maillage-arcs://v1/kept/42')).toBeNull();
    expect(keptNumber('https://example.org/kept/42')).toBeNull();
    expect(keptNumber('maillage-arcs://kept/42/0')).toBeNull();
  });
});
