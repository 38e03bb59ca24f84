import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { spotlight } from '../../src/state/derive';
import type { Selection } from '../../src/state/viewState';
import { EUROPE, FRANCE, WORLD, firstFrame, fitCamera, framesFor, paddingFor, projectWith, selectionMarginsFor, wellInside } from '../../src/map/camera';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const d = result.dataset;
const frames = framesFor(d);
const first = (selection: Selection | null) => firstFrame(d, selection, spotlight(d, selection), frames);

describe('the views one click away', () => {
  it('frames all of metropolitan France for "France", and fixed areas for Europe and the world', () => {
    const [west, south, east, north] = frames.france;
    // Brittany's westmost point (Pointe de Corsen, 4.80° W), Corsica, Dunkirk: all inside.
    expect(west).toBeLessThanOrEqual(-4.8);
    expect(east).toBeGreaterThanOrEqual(9.56);
    expect(south).toBeLessThanOrEqual(41.33);
    expect(north).toBeGreaterThanOrEqual(51.09);
    expect(frames.europe).toBe(EUROPE);
    expect(frames.world).toBe(WORLD);
  });
});

describe('fitting a view to the map’s size', () => {
  const brittany: [number, number] = [-4.8, 48.41];
  const corsica: [number, number] = [9.56, 42.0];
  const dunkirk: [number, number] = [2.38, 51.05];
  const bonifacio: [number, number] = [9.16, 41.39];
  const sizes = [
    { width: 390, height: 320 }, // a phone, the map under the graph
    { width: 928, height: 500 }, // a laptop, the list beside the map
    { width: 1600, height: 900 }, // a projector, full screen
    { width: 300, height: 700 }, // a tall, narrow column
  ];

  it.each(sizes)('shows Brittany, Corsica and the north inside the padding at $width×$height', (size) => {
    const padding = paddingFor(size.width, size.height);
    const camera = fitCamera(FRANCE, size, padding);
    const at = (p: [number, number]) => projectWith(camera, size, p);
    expect(at(brittany).x).toBeGreaterThanOrEqual(padding.left - 0.5);
    expect(at(corsica).x).toBeLessThanOrEqual(size.width - padding.right + 0.5);
    expect(at(dunkirk).y).toBeGreaterThanOrEqual(padding.top - 0.5);
    expect(at(bonifacio).y).toBeLessThanOrEqual(size.height - padding.bottom + 0.5);
    // And it fills one of the two directions: no needless margin all round.
    const fillsWidth = Math.abs(projectWith(camera, size, [FRANCE[0], 46]).x - padding.left) < 1;
    const fillsHeight = Math.abs(projectWith(camera, size, [2, FRANCE[3]]).y - padding.top) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('zooms closer on a larger map', () => {
    const small = fitCamera(FRANCE, { width: 390, height: 320 }, paddingFor(390, 320));
    const large = fitCamera(FRANCE, { width: 1600, height: 900 }, paddingFor(1600, 900));
    expect(large.zoom).toBeGreaterThan(small.zoom + 1);
  });
});

describe('framing a selected place', () => {
  const size = { width: 800, height: 500 };
  const margins = selectionMarginsFor(size.width, size.height);

  it('leaves a place well inside alone, and brings in one on an edge, the top edge included', () => {
    expect(wellInside({ x: 400, y: 250 }, size, margins)).toBe(true);
    expect(wellInside({ x: 400, y: 5 }, size, margins)).toBe(false);
    expect(wellInside({ x: 400, y: 495 }, size, margins)).toBe(false);
    expect(wellInside({ x: 5, y: 250 }, size, margins)).toBe(false);
    expect(wellInside({ x: 790, y: 250 }, size, margins)).toBe(false);
    expect(margins.top).toBeGreaterThanOrEqual(40);
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
