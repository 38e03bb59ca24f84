import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { spotlight } from '../../src/state/derive';
import type { Selection } from '../../src/state/viewState';
import { EUROPE, WORLD, firstFrame, framesFor, paddingFor } from '../../src/map/camera';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const d = result.dataset;
const frames = framesFor(d);
const first = (selection: Selection | null) => firstFrame(d, selection, spotlight(d, selection), frames);

describe('the views one click away', () => {
  it('frames the French places for "France", and fixed areas for Europe and the world', () => {
    expect(frames.france).toEqual([2.2072, 48.5842, 3.08, 50.642]);
    expect(frames.europe).toBe(EUROPE);
    expect(frames.world).toBe(WORLD);
  });
});

describe('the first view', () => {
  it('is France with nothing selected, or a place in France', () => {
    expect(first(null)).toEqual({ bounds: frames.france });
    expect(first({ type: 'place', id: 'lille' })).toEqual({ bounds: frames.france });
  });

  it('frames the places of a deep-linked session, and a place outside France', () => {
    expect(first({ type: 'session', id: 'cites-unies-france' })).toEqual({ bounds: [2.1767, 41.3811, 2.4498, 48.9056], maxZoom: 6 });
    expect(first({ type: 'place', id: 'boutilimit' })).toEqual({ bounds: [-14.7, 17.55, -14.7, 17.55], maxZoom: 5 });
  });

  it('falls back to France for a selection with nothing on the map', () => {
    expect(first({ type: 'actor', id: 'reseau-agcs' })).toEqual({ bounds: frames.france });
  });
});

describe('padding', () => {
  it('leaves room for names on a large map and shrinks on a small one', () => {
    expect(paddingFor(1600, 900)).toEqual({ top: 36, bottom: 36, left: 40, right: 110 });
    const small = paddingFor(200, 150);
    expect(small.left + small.right).toBeLessThan(200 / 2);
    expect(small.top + small.bottom).toBeLessThan(150 / 2);
  });
});
