// The charge of large graphs: d3's forceManyBody (every node pushes every other, far groups of
// nodes pushing as one from their centre: Barnes–Hut, with its theta, distanceMin and
// distanceMax), with the quadtree in typed arrays and walked with a stack of numbers rather than a
// tree of objects walked with closures: a fraction of the cost at 15,000 actors. The same nodes at
// the same places give the same pushes; coincident nodes are told apart by the simulation's
// random source, as in d3.
import type { Force, SimulationNodeDatum } from 'd3-force';

export interface ChargeOptions {
  /** Each node's strength (negative: it pushes). */
  readonly strength: number;
  readonly theta: number;
  readonly distanceMax: number;
  readonly distanceMin?: number;
}

/** Below this side, a cell is not split further: nodes in it push as one. */
const SMALLEST_CELL = 1e-9;

export function forceArrayCharge<N extends SimulationNodeDatum>(options: ChargeOptions): Force<N, never> {
  const theta2 = options.theta * options.theta;
  const max2 = options.distanceMax * options.distanceMax;
  const min2 = (options.distanceMin ?? 1) ** 2;
  const strength = options.strength;
  let nodes: readonly N[] = [];
  let random: () => number = Math.random;
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  /** Next node in the same leaf (nodes at one place), -1 at the end. */
  let nextInLeaf = new Int32Array(0);
  // The cells: children (0: none; the root is no one's child), first node (-1: none), side,
  // corner, and once filled, strength and centre.
  let capacity = 0;
  let kids = new Int32Array(0);
  let first = new Int32Array(0);
  let leaf = new Uint8Array(0);
  let side = new Float64Array(0);
  let left = new Float64Array(0);
  let top = new Float64Array(0);
  let value = new Float64Array(0);
  let cx = new Float64Array(0);
  let cy = new Float64Array(0);
  let stack = new Int32Array(0);
  let cells = 0;

  const jiggle = () => (random() - 0.5) * 1e-6;

  function grow(to: number) {
    const old = { kids, first, leaf, side, left, top };
    capacity = to;
    kids = new Int32Array(4 * to);
    kids.set(old.kids);
    first = new Int32Array(to);
    first.set(old.first);
    leaf = new Uint8Array(to);
    leaf.set(old.leaf);
    side = new Float64Array(to);
    side.set(old.side);
    left = new Float64Array(to);
    left.set(old.left);
    top = new Float64Array(to);
    top.set(old.top);
    value = new Float64Array(to);
    cx = new Float64Array(to);
    cy = new Float64Array(to);
  }

  function cell(x0: number, y0: number, size: number): number {
    if (cells === capacity) grow(2 * capacity);
    const c = cells++;
    kids.fill(0, 4 * c, 4 * c + 4);
    first[c] = -1;
    leaf[c] = 1;
    side[c] = size;
    left[c] = x0;
    top[c] = y0;
    return c;
  }

  function insert(p: number) {
    const x = px[p]!;
    const y = py[p]!;
    let c = 0;
    for (;;) {
      if (leaf[c]) {
        const q = first[c]!;
        if (q < 0) {
          first[c] = p;
          nextInLeaf[p] = -1;
          return;
        }
        if ((px[q] === x && py[q] === y) || side[c]! < SMALLEST_CELL) {
          nextInLeaf[p] = nextInLeaf[q]!;
          nextInLeaf[q] = p;
          return;
        }
        // Split: the nodes there (all at one place) go down to their quadrant.
        leaf[c] = 0;
        first[c] = -1;
        const k = childFor(c, px[q]!, py[q]!);
        first[k] = q;
      }
      c = childFor(c, x, y);
    }
  }

  /** The child of `c` (made if need be) whose quadrant holds (x, y). */
  function childFor(c: number, x: number, y: number): number {
    const half = side[c]! / 2;
    const right = x >= left[c]! + half ? 1 : 0;
    const below = y >= top[c]! + half ? 1 : 0;
    const slot = 4 * c + right + 2 * below;
    let k = kids[slot]!;
    if (k === 0) {
      k = cell(left[c]! + right * half, top[c]! + below * half, half);
      kids[4 * c + right + 2 * below] = k;
    }
    return k;
  }

  function force(alpha: number) {
    const n = nodes.length;
    if (n === 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      const x = (px[i] = node.x ?? 0);
      const y = (py[i] = node.y ?? 0);
      // A node with no place (NaN) neither pushes nor is pushed, as it is left out of d3's quadtree.
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (x0 > x1) return;
    cells = 0;
    cell(x0, y0, Math.max(x1 - x0, y1 - y0) * (1 + 1e-9) + 1e-9);
    for (let i = 0; i < n; i++) if (Number.isFinite(px[i]!) && Number.isFinite(py[i]!)) insert(i);
    // Strengths and centres, children before parents (a child is made after its parent).
    for (let c = cells - 1; c >= 0; c--) {
      if (leaf[c]) {
        const q = first[c]!;
        let count = 0;
        for (let p = q; p >= 0; p = nextInLeaf[p]!) count++;
        value[c] = count * strength;
        cx[c] = q >= 0 ? px[q]! : 0;
        cy[c] = q >= 0 ? py[q]! : 0;
        continue;
      }
      let sum = 0;
      let weight = 0;
      let x = 0;
      let y = 0;
      for (let s = 4 * c; s < 4 * c + 4; s++) {
        const k = kids[s]!;
        const w = k === 0 ? 0 : Math.abs(value[k]!);
        if (w === 0) continue;
        sum += value[k]!;
        weight += w;
        x += w * cx[k]!;
        y += w * cy[k]!;
      }
      value[c] = sum;
      cx[c] = weight > 0 ? x / weight : 0;
      cy[c] = weight > 0 ? y / weight : 0;
    }
    if (stack.length < 4 * cells) stack = new Int32Array(4 * cells);
    for (let i = 0; i < n; i++) {
      const xi = px[i]!;
      const yi = py[i]!;
      if (!Number.isFinite(xi) || !Number.isFinite(yi)) continue;
      let vx = 0;
      let vy = 0;
      let depth = 0;
      stack[depth++] = 0;
      while (depth > 0) {
        const c = stack[--depth]!;
        if (value[c] === 0) continue;
        let dx = cx[c]! - xi;
        let dy = cy[c]! - yi;
        let l = dx * dx + dy * dy;
        const w = side[c]!;
        if ((w * w) / theta2 < l) {
          // Far enough: the cell pushes as one.
          if (l < max2) {
            if (dx === 0) {
              dx = jiggle();
              l += dx * dx;
            }
            if (dy === 0) {
              dy = jiggle();
              l += dy * dy;
            }
            if (l < min2) l = Math.sqrt(min2 * l);
            const k = (value[c]! * alpha) / l;
            vx += dx * k;
            vy += dy * k;
          }
          continue;
        }
        if (!leaf[c]) {
          for (let s = 4 * c + 3; s >= 4 * c; s--) if (kids[s]! !== 0) stack[depth++] = kids[s]!;
          continue;
        }
        if (l >= max2) continue;
        // A leaf near: each of its nodes but this one.
        const q = first[c]!;
        if (q !== i || nextInLeaf[q]! >= 0) {
          if (dx === 0) {
            dx = jiggle();
            l += dx * dx;
          }
          if (dy === 0) {
            dy = jiggle();
            l += dy * dy;
          }
          if (l < min2) l = Math.sqrt(min2 * l);
        }
        for (let p = q; p >= 0; p = nextInLeaf[p]!) {
          if (p === i) continue;
          const k = (strength * alpha) / l;
          vx += dx * k;
          vy += dy * k;
        }
      }
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + vx;
      node.vy = (node.vy ?? 0) + vy;
    }
  }

  force.initialize = (initial: N[], source: () => number) => {
    nodes = initial;
    random = source;
    const n = initial.length;
    px = new Float64Array(n);
    py = new Float64Array(n);
    nextInLeaf = new Int32Array(n);
    capacity = 0;
    kids = new Int32Array(0);
    grow(Math.max(16, 2 * n));
  };
  return force;
}
