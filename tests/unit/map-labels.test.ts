import { describe, expect, it } from 'vitest';
import { createGrid, placeLabels, type LabelBox, type LabelInput } from '../../src/map/labelPlacement';

const label = (id: string, x: number, y: number, priority = 0): LabelInput => ({ id, x, y, radius: 8, width: 60, height: 18, priority });
const viewport = { width: 400, height: 300 };

describe('placing the names of places', () => {
  it('puts a lone name to the right of its circle', () => {
    expect(placeLabels([label('a', 100, 100)], viewport).get('a')).toEqual({ left: 112, top: 91, width: 60, height: 18 });
  });

  it('moves a name to the left when the right edge is too close', () => {
    expect(placeLabels([label('a', 380, 100)], viewport).get('a')?.left).toBe(380 - 12 - 60);
  });

  it('never overlaps two names nor covers a circle, and leaves out what does not fit', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => label(`p${i}`, 200 + (i % 4) * 6, 150 + Math.floor(i / 4) * 6, i));
    const boxes = [...placeLabels(crowd, viewport).values()].filter((b) => b !== null);
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.length).toBeLessThan(crowd.length);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top;
        expect(apart).toBe(true);
      }
    }
  });

  it('gives the higher priority its first choice', () => {
    const boxes = placeLabels([label('low', 100, 100, 0), label('high', 100, 130, 5)], viewport);
    expect(boxes.get('high')?.left).toBe(112);
  });

  it('writes at most the cap, the most important first', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...label(`p${i}`, (i % 20) * 95 + 10, Math.floor(i / 20) * 40 + 10, i), width: 40 }));
    const wide = { width: 2000, height: 700 };
    const boxes = placeLabels(many, wide, { max: 25, budgetMs: Infinity });
    const placed = [...boxes.entries()].filter(([, b]) => b !== null).map(([id]) => Number(id.slice(1)));
    expect(placed).toHaveLength(25);
    // Every one of them has room (the grid is sparse), so the 25 placed are the 25 most important.
    expect(Math.min(...placed)).toBe(275);
  });

  it('keeps names off obstacles (clusters) found through the grid', () => {
    const obstacle = { left: 108, top: 80, width: 80, height: 40 };
    const box = placeLabels([label('a', 100, 100)], viewport, { obstacles: [obstacle] }).get('a');
    expect(box).not.toBeNull();
    const apart = (a: LabelBox, b: LabelBox) =>
      a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top;
    if (box) expect(apart(box, obstacle)).toBe(true);
  });

  it('stops when its time budget is spent, but always places the most important', () => {
    let clock = 0;
    const now = () => (clock += 5); // every reading of the clock costs 5 ms
    const crowd = Array.from({ length: 10 }, (_, i) => label(`p${i}`, 40 + i * 35, 40 + (i % 2) * 100, i));
    const boxes = placeLabels(crowd, viewport, { budgetMs: 12, now });
    expect(boxes.get('p9')).not.toBeNull();
    const placed = [...boxes.values()].filter((b) => b !== null).length;
    expect(placed).toBeGreaterThan(0);
    expect(placed).toBeLessThan(crowd.length);
  });
});

describe('the grid', () => {
  it('finds a box overlapping another in any cell it covers, and none when apart', () => {
    const grid = createGrid(400, 300, 50);
    grid.add({ left: 90, top: 90, width: 120, height: 20 }); // spans three cells
    expect(grid.hits({ left: 195, top: 95, width: 10, height: 10 })).toBe(true);
    expect(grid.hits({ left: 95, top: 100, width: 5, height: 5 })).toBe(true);
    expect(grid.hits({ left: 215, top: 90, width: 30, height: 20 })).toBe(false);
    expect(grid.hits({ left: 90, top: 112, width: 120, height: 20 })).toBe(false);
  });
});
