import { describe, expect, it } from 'vitest';
import { boxGrid } from '../../src/graph/boxGrid';
import { collideScale, tickBudget, FULL_LAYOUT_NODES } from '../../src/graph/crowding';
import { buildModel } from '../../src/graph/model';
import { buildScene, labelBoxes } from '../../src/graph/scene';
import { CROWDED, overlappingPairs } from '../../src/graph/labels';
import { loadDataset } from '../../src/data/load';
import { noFilters } from '../../src/state/viewState';
import { syntheticDataset } from '../../scripts/synthetic';

describe('box grid', () => {
  it('finds every box near a query, each once, and forgets removed ones', () => {
    const grid = boxGrid(10);
    grid.insert(1, { x: 0, y: 0, width: 35, height: 5 }); // spans four cells
    grid.insert(2, { x: 100, y: 100, width: 5, height: 5 });
    grid.insert(3, { x: -12, y: -12, width: 4, height: 4 });
    const near = (box: { x: number; y: number; width: number; height: number }, margin = 0) => {
      const ids: number[] = [];
      grid.near(box, margin, (id) => void ids.push(id));
      return ids.sort();
    };
    expect(near({ x: 0, y: 0, width: 40, height: 2 })).toEqual([1]);
    expect(near({ x: 90, y: 90, width: 2, height: 2 }, 8)).toEqual([2]);
    expect(near({ x: -5, y: -5, width: 2, height: 2 }, 5)).toEqual([1, 3]);
    grid.remove(1);
    expect(near({ x: 0, y: 0, width: 40, height: 2 })).toEqual([]);
    grid.insert(2, { x: 0, y: 0, width: 5, height: 5 }); // moved
    expect(near({ x: 100, y: 100, width: 5, height: 5 })).toEqual([]);
    expect(near({ x: 0, y: 0, width: 5, height: 5 })).toEqual([2]);
  });

  it('never misses a box however far out, each given once (cells far apart may share a key: the caller tests each item)', () => {
    const grid = boxGrid(10);
    const far = 10 * 32768;
    const boxes = [
      { x: 0, y: 0, width: 5, height: 5 },
      { x: far, y: 0, width: 5, height: 5 },
      { x: -far, y: -far, width: 5, height: 5 },
      { x: far * 3 + 7, y: -far * 5 - 3, width: 30, height: 30 },
    ];
    boxes.forEach((b, i) => grid.insert(i, b));
    boxes.forEach((b, i) => {
      const ids: number[] = [];
      grid.near(b, 0, (id) => void ids.push(id));
      expect(ids).toContain(i);
      expect(new Set(ids).size).toBe(ids.length);
    });
    // A fixed grid (filled once, never moved) finds the same.
    const fixed = boxGrid(10, { fixed: true });
    boxes.forEach((b, i) => fixed.insert(i, b));
    boxes.forEach((b, i) => {
      const ids: number[] = [];
      fixed.near(b, 0, (id) => void ids.push(id));
      expect(ids).toContain(i);
      expect(new Set(ids).size).toBe(ids.length);
    });
    grid.remove(1);
    const left: number[] = [];
    grid.near(boxes[1]!, 0, (id) => void left.push(id));
    expect(left).not.toContain(1);
  });
});

describe('crowding', () => {
  it('leaves graphs that fit as they were', () => {
    expect(tickBudget(27)).toBe(300);
    expect(tickBudget(FULL_LAYOUT_NODES)).toBe(300);
    expect(tickBudget(4 * FULL_LAYOUT_NODES)).toBeLessThan(300);
    expect(tickBudget(100_000)).toBeGreaterThanOrEqual(80);
    expect(collideScale([10, 10, 10], 10_000)).toBe(1);
    const scale = collideScale([10, 10, 10], 100);
    expect(scale).toBeLessThan(1);
    expect(3 * Math.PI * (10 * scale) ** 2).toBeCloseTo(100);
  });

  it('draws no two labels over each other on a crowded graph, and leaves out those with no room', () => {
    const { json, notes } = syntheticDataset(400);
    const loaded = loadDataset(json, { file: 'synthetic-400', readNote: (p) => notes.get(p) });
    if (!loaded.ok) throw new Error('synthetic dataset invalid');
    const model = buildModel(loaded.dataset, { showPeople: true, showSessions: true, filters: noFilters });
    expect(model.nodes.length).toBeGreaterThan(CROWDED);
    for (const layout of ['rings', 'free'] as const) {
      const { scene } = buildScene(loaded.dataset, model, { width: 867, height: 787, layout, lang: 'fr' });
      const boxes = labelBoxes(scene);
      expect(boxes.length).toBeGreaterThan(20);
      expect(boxes.length).toBeLessThan(model.nodes.length);
      expect(overlappingPairs(boxes)).toEqual([]);
      expect(scene.nodes.every((s) => !s.placed || s.placed.free)).toBe(true);
    }
  }, 60_000); // 400 actors laid out twice: seconds on a busy machine, so an explicit budget
});
