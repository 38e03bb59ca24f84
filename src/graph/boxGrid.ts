// A uniform grid over boxes, so "which boxes might touch this one?" looks at a few cells instead of
// every box: label placement asks it hundreds of thousands of times on a large graph. Items are
// numbered by the caller; the grid only narrows the search, the caller still does the exact test.
import type { Box } from './labels';

export interface BoxGrid {
  /** Adds (or moves) item `id` with this box. */
  insert(id: number, box: Box): void;
  remove(id: number): void;
  /** Calls `visit` once for each item whose box may come within `margin` of `box`, in no
   * particular order, until `visit` returns true. */
  near(box: Box, margin: number, visit: (id: number) => boolean | void): void;
}

/** Cell keys pack two cell indices into one number; ±2^20 cells either way is far beyond any view. */
const OFFSET = 1 << 20;
const key = (cx: number, cy: number) => (cx + OFFSET) * 2 * OFFSET + (cy + OFFSET);

export function boxGrid(cellSize: number): BoxGrid {
  const size = cellSize > 0 && Number.isFinite(cellSize) ? cellSize : 1;
  const cells = new Map<number, number[]>();
  const keysOf = new Map<number, number[]>();
  // Stamps dedupe an item that spans several cells without allocating a set per query.
  const stamps: number[] = [];
  let stamp = 0;

  const span = (box: Box, margin: number) => ({
    x0: Math.floor((box.x - margin) / size),
    y0: Math.floor((box.y - margin) / size),
    x1: Math.floor((box.x + box.width + margin) / size),
    y1: Math.floor((box.y + box.height + margin) / size),
  });

  function remove(id: number) {
    for (const k of keysOf.get(id) ?? []) {
      const cell = cells.get(k);
      if (!cell) continue;
      const at = cell.indexOf(id);
      if (at >= 0) cell.splice(at, 1);
    }
    keysOf.delete(id);
  }

  function insert(id: number, box: Box) {
    remove(id);
    const { x0, y0, x1, y1 } = span(box, 0);
    const keys: number[] = [];
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        let cell = cells.get(k);
        if (!cell) cells.set(k, (cell = []));
        cell.push(id);
        keys.push(k);
      }
    }
    keysOf.set(id, keys);
  }

  function near(box: Box, margin: number, visit: (id: number) => boolean | void) {
    const { x0, y0, x1, y1 } = span(box, margin);
    stamp++;
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = cells.get(key(cx, cy));
        if (!cell) continue;
        for (const id of cell) {
          if (stamps[id] === stamp) continue;
          stamps[id] = stamp;
          if (visit(id) === true) return;
        }
      }
    }
  }

  return { insert, remove, near };
}
