import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelInput } from '../../src/map/labelPlacement';

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
});
