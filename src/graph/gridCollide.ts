// Collisions for large graphs: what d3's forceCollide does (each pair of nodes whose disks overlap,
// at the places their velocities take them to, pushed apart in proportion to each other's size),
// with the nodes found in a grid of cells at least a diameter wide, in typed arrays, rather than
// in a quadtree of objects rebuilt and walked on every tick. Nodes of a large graph have nearly
// the same size (the grid suits them), and the quadtree took ~200 ms a tick at 15,000 actors.
// Same nodes and positions → same pushes: the pairs are met in a fixed order (by node, then by
// cell), and coincident nodes are told apart by the simulation's random source, as in d3.
import type { Force, SimulationNodeDatum } from 'd3-force';

/** Cells per node at most: past it (nodes flung far apart), the cells are made larger. */
const CELLS_PER_NODE = 4;

export function forceGridCollide<N extends SimulationNodeDatum>(radius: (node: N, i: number, nodes: readonly N[]) => number): Force<N, never> {
  let nodes: readonly N[] = [];
  let random: () => number = Math.random;
  let radii = new Float64Array(0);
  let maxRadius = 0;
  /** Positions (fixed for the tick) and velocities (pushed as pairs are met). */
  let x = new Float64Array(0);
  let y = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  /** Each node's cell; the nodes sorted by cell; where each cell's nodes start in `sorted`. */
  let cellOf = new Int32Array(0);
  let sorted = new Int32Array(0);
  let starts = new Int32Array(0);

  const jiggle = () => (random() - 0.5) * 1e-6;

  function force() {
    const n = nodes.length;
    if (n === 0 || maxRadius <= 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      x[i] = node.x ?? 0;
      y[i] = node.y ?? 0;
      vx[i] = node.vx ?? 0;
      vy[i] = node.vy ?? 0;
      const px = x[i]! + vx[i]!;
      const py = y[i]! + vy[i]!;
      // A node with no place (NaN) meets no other, as it is left out of d3's quadtree.
      if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
    if (x0 > x1) return;
    // Cells a diameter wide at least: a node's overlaps are all in its cell or the eight around it.
    const spread = Math.max(x1 - x0, y1 - y0, 1);
    const size = Math.max(2 * maxRadius, spread / Math.sqrt(CELLS_PER_NODE * n));
    const columns = Math.floor((x1 - x0) / size) + 1;
    const rows = Math.floor((y1 - y0) / size) + 1;
    const cells = columns * rows;
    if (starts.length < cells + 1) starts = new Int32Array(cells + 1);
    else starts.fill(0, 0, cells + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((x[i]! + vx[i]! - x0) / size) + columns * Math.floor((y[i]! + vy[i]! - y0) / size);
      const placed = Number.isFinite(c);
      cellOf[i] = placed ? c : -1;
      if (placed) starts[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) starts[c + 1]! += starts[c]!;
    // Nodes by cell, in node order within a cell (a counting sort).
    const next = starts.slice(0, cells);
    for (let i = 0; i < n; i++) if (cellOf[i]! >= 0) sorted[next[cellOf[i]!]!++] = i;

    for (let i = 0; i < n; i++) {
      const ri = radii[i]!;
      const ri2 = ri * ri;
      const xi = x[i]! + vx[i]!;
      const yi = y[i]! + vy[i]!;
      const c = cellOf[i]!;
      if (c < 0) continue;
      const column = c % columns;
      const row = (c - column) / columns;
      for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
        for (let k = Math.max(0, column - 1); k <= Math.min(columns - 1, column + 1); k++) {
          const cell = r * columns + k;
          for (let s = starts[cell]!, end = starts[cell + 1]!; s < end; s++) {
            const j = sorted[s]!;
            if (j <= i) continue;
            const rj = radii[j]!;
            const reach = ri + rj;
            let dx = xi - x[j]! - vx[j]!;
            let dy = yi - y[j]! - vy[j]!;
            let l = dx * dx + dy * dy;
            if (l >= reach * reach) continue;
            // d3's collide, step for step.
            if (dx === 0) {
              dx = jiggle();
              l += dx * dx;
            }
            if (dy === 0) {
              dy = jiggle();
              l += dy * dy;
            }
            l = Math.sqrt(l);
            l = (reach - l) / l;
            dx *= l;
            dy *= l;
            const rj2 = rj * rj;
            const share = rj2 / (ri2 + rj2);
            vx[i]! += dx * share;
            vy[i]! += dy * share;
            vx[j]! -= dx * (1 - share);
            vy[j]! -= dy * (1 - share);
          }
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      node.vx = vx[i]!;
      node.vy = vy[i]!;
    }
  }

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    const n = initial.length;
    radii = Float64Array.from(initial, (node, i) => +radius(node, i, initial));
    maxRadius = radii.reduce((m, r) => Math.max(m, r), 0);
    x = new Float64Array(n);
    y = new Float64Array(n);
    vx = new Float64Array(n);
    vy = new Float64Array(n);
    cellOf = new Int32Array(n);
    sorted = new Int32Array(n);
  };
  return force;
}
