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

/** Cell keys pack two cell indices, 15 bits each, into one small integer (a number the engine
 * keeps unboxed, far quicker as a Map key than the 42-bit keys before: a third of the time of
 * filling a grid with 15,000 nodes). Cells 32,768 apart share a key: far beyond any view, and
 * harmless anyway, as the caller tests every item the grid gives. */
const key = (cx: number, cy: number) => ((cx & 0x7fff) << 15) | (cy & 0x7fff);

/** `fixed`: items are only added, never moved or removed (remove does nothing), and the grid
 * keeps no record of each item's cells: quicker to fill with thousands of nodes. */
export function boxGrid(cellSize: number, { fixed = false }: { readonly fixed?: boolean } = {}): BoxGrid {
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
    const keys = keysOf.get(id);
    if (!keys) return;
    for (const k of keys) {
      const cell = cells.get(k);
      if (!cell) continue;
      const at = cell.indexOf(id);
      if (at >= 0) cell.splice(at, 1);
    }
    keysOf.delete(id);
  }

  function insert(id: number, box: Box) {
    if (!fixed) remove(id);
    const { x0, y0, x1, y1 } = span(box, 0);
    const keys: number[] | null = fixed ? null : [];
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const k = key(cx, cy);
        let cell = cells.get(k);
        if (!cell) cells.set(k, (cell = []));
        cell.push(id);
        keys?.push(k);
      }
    }
    if (keys) keysOf.set(id, keys);
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
