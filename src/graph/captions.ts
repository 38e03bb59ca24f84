// Ring captions, pure: each scale's name written along its own band (curved text on the band's
// middle line), at the spot of the band where no node sits and the fewest links cross, upright on
// the upper or lower half. Stacked in a column at the top, as they once were, the captions read as
// a ladder that links and labels crossed; spread along their bands each one is clearly its band's.
// Captions are placed after the layout and before the labels, which then keep clear of them.
import { boxGrid } from './boxGrid';
import { CROWDED, type Box, type Circle } from './labels';
import type { Band } from './ringForce';
import { runAll } from '../ui/workSteps';

export interface CaptionRequest {
  readonly band: Band;
  /** The widest the caption can be (over every language), so a language switch moves nothing. */
  readonly width: number;
}

export interface PlacedCaption {
  /** SVG path along which the text runs, left to right (an upper or lower half of the middle
   * line); null for a caption written straight, centred on `at` (a band too small to curve on). */
  readonly path: string | null;
  /** Distance along the path to the caption's middle. */
  readonly offset: number;
  /** The caption's middle. */
  readonly at: { readonly x: number; readonly y: number };
  /** Small boxes that cover the caption, for overlap tests. */
  readonly boxes: readonly Box[];
}

export interface CaptionOptions {
  readonly aspect: number;
  /** Height of a caption line, px. */
  readonly height: number;
  /** The nodes, and the links as segments between node centres. */
  readonly circles: readonly Circle[];
  readonly segments: readonly (readonly [number, number, number, number])[];
  /** The visible area, and parts of it to leave free (zoom buttons). */
  readonly bounds: Box;
  readonly reserved?: readonly Box[];
}

/** Points along a half ellipse, left to right, with the distance walked to each. */
export interface HalfLine {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly at: Float64Array;
  readonly length: number;
}

const STEPS = 240;

export function halfLine(rx: number, ry: number, upper: boolean): HalfLine {
  const xs = new Float64Array(STEPS + 1);
  const ys = new Float64Array(STEPS + 1);
  const at = new Float64Array(STEPS + 1);
  for (let i = 0; i <= STEPS; i++) {
    const t = Math.PI - (i / STEPS) * Math.PI; // left (π) to right (0)
    xs[i] = rx * Math.cos(t);
    ys[i] = (upper ? -1 : 1) * ry * Math.sin(t);
    if (i > 0) at[i] = at[i - 1]! + Math.hypot(xs[i]! - xs[i - 1]!, ys[i]! - ys[i - 1]!);
  }
  return { xs, ys, at, length: at[STEPS]! };
}

export function pointAt(line: HalfLine, s: number): { x: number; y: number } {
  let lo = 0;
  let hi = STEPS;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (line.at[mid]! < s) lo = mid;
    else hi = mid;
  }
  const span = line.at[hi]! - line.at[lo]! || 1;
  const k = Math.min(1, Math.max(0, (s - line.at[lo]!) / span));
  return { x: line.xs[lo]! + (line.xs[hi]! - line.xs[lo]!) * k, y: line.ys[lo]! + (line.ys[hi]! - line.ys[lo]!) * k };
}

const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

const square = (p: { x: number; y: number }, h: number): Box => ({ x: p.x - h / 2, y: p.y - h / 2, width: h, height: h });

/** Whether the box touches the circle at `c` of radius `r` (by default its own). */
function boxHitsCircle(b: Box, c: Circle, r = c.r): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < r * r;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const insideBox = (b: Box, bounds: Box) =>
  b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height;

/** Does the segment cross the box? (Liang–Barsky clipping.) */
function segmentHitsBox([x1, y1, x2, y2]: readonly [number, number, number, number], b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Places one caption per band, innermost first. */
export function placeCaptions(requests: readonly CaptionRequest[], options: CaptionOptions): PlacedCaption[] {
  return runAll(placingCaptions(requests, options));
}

/** Nodes put in the captions' grid between two pauses. */
const GRID_STEP = 4000;

/** placeCaptions in steps: it pauses (yields) while the nodes and links are put in their grids and
 * after each band's caption, so that a large graph's captions can be placed over several tasks
 * (taskSteps.ts). The same captions, however it is run. */
export function* placingCaptions(requests: readonly CaptionRequest[], options: CaptionOptions): Generator<void, PlacedCaption[]> {
  const { aspect, height: h } = options;
  const air = h * 0.5;
  /** The placed captions' boxes grown by `air`: what crowds a candidate (made once, not per test),
   * in a grid of their own (a crowded graph's candidates are all costed: hundreds per ring). */
  const crowding: Box[] = [];
  const crowdingGrid = boxGrid(Math.max(16, h * 3));
  // Nodes and links in grids, so each box looks at its neighbours only (a large graph has
  // hundreds of each).
  const cell = Math.max(16, h * 3);
  const circles = boxGrid(cell, { fixed: true });
  // A node's shape (a square's or a star's corners) reaches a little past its radius.
  const reach = (c: Circle) => c.r * 1.2 + 2;
  for (let i = 0; i < options.circles.length; i++) {
    const c = options.circles[i]!;
    const r = reach(c);
    circles.insert(i, { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r });
    // 15,000 nodes are a few steps (40 ms in one under load).
    if (i % GRID_STEP === GRID_STEP - 1) yield;
  }
  // In a crowded graph links cross every spot: only nodes count there, and fewer spots are tried.
  const crowded = options.circles.length > CROWDED;
  const segments = boxGrid(cell * 4, { fixed: true });
  (crowded ? [] : options.segments).forEach(([x1, y1, x2, y2], i) =>
    segments.insert(i, { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }),
  );
  yield;
  /** What the caption covers, added to `cost`; stops once past `limit`, a cost that has lost. */
  const costOf = (boxes: readonly Box[], cost: number, limit: number) => {
    for (const box of boxes) {
      if (!insideBox(box, options.bounds)) cost += 1e5;
      for (const r of options.reserved ?? []) if (overlap(box, r)) cost += 1e5;
      // Another ring's name closer than half a line crowds this one: as bad as overlapping it.
      crowdingGrid.near(box, 0, (i) => {
        if (overlap(box, crowding[i]!)) cost += 1e4;
      });
      // A cost past `limit` has lost whatever else the box covers.
      if (cost >= limit) return cost;
      // Both stop at the first node or link that makes the candidate lose. In a crowded graph,
      // where a box covers dozens of nodes and a hundred candidates are tried per ring, a box
      // counts once whatever it covers: the spot with the fewest covered letters wins.
      circles.near(box, 0, (i) => {
        const c = options.circles[i]!;
        if (!boxHitsCircle(box, c, reach(c))) return false;
        cost += 1e3;
        return crowded || cost >= limit;
      });
      if (cost >= limit) return cost;
      segments.near(box, 0, (i) => {
        if (segmentHitsBox(options.segments[i]!, box)) cost += 8;
        return cost >= limit;
      });
      if (cost >= limit) return cost;
    }
    return cost;
  };
  const placed: PlacedCaption[] = [];
  for (const { band, width } of requests) {
    if (placed.length > 0) yield;
    const mid = (band.inner + band.outer) / 2;
    // Candidates first (cheap: a spot and its preference; their boxes are made only for those
    // costed), then costed from the most preferred: once one covers nothing, no less preferred one
    // can beat it. Making every candidate's boxes up front was most of the time the workshop's
    // captions took, where the first one tried usually wins.
    const candidates: { caption: () => PlacedCaption; preference: number }[] = [];
    /** Candidates along one half (upper or lower) of the ellipse of horizontal radius `rx`. */
    function alongHalf(rx: number, isUpper: boolean, extra: number) {
      const ry = rx / aspect;
      const line = halfLine(rx, ry, isUpper);
      // Room on the half, less its steep ends, where text would stand on its side.
      const usable = line.length * 0.8 - width;
      if (usable <= 0) return;
      const path = `M${(-rx).toFixed(2)},0A${rx.toFixed(2)},${ry.toFixed(2)} 0 0 ${isUpper ? 1 : 0} ${rx.toFixed(2)},0`;
      const slots = crowded ? 16 : 40;
      const n = Math.max(2, Math.ceil(width / h));
      for (let k = 0; k <= slots; k++) {
        // From the middle of the half outwards, alternately right and left of it.
        const side = k % 2 === 0 ? 1 : -1;
        const offset = line.length / 2 + side * Math.ceil(k / 2) * (usable / slots);
        const caption = (): PlacedCaption => {
          const boxes: Box[] = [];
          for (let i = 0; i <= n; i++) boxes.push(square(pointAt(line, offset - width / 2 + (i / n) * width), h));
          return { path, offset, at: pointAt(line, offset), boxes };
        };
        // The upper half first (read going out from the centre), near its middle.
        const preference = (isUpper ? 0 : 1.5) + Math.abs(offset - line.length / 2) / line.length + extra;
        candidates.push({ caption, preference });
      }
    }
    if (band.inner > 0) {
      // Along the middle line, or nearer one edge of the band when nodes crowd the other.
      const play = Math.max(0, (band.outer - band.inner) / 2 - (h / 2) * Math.max(1, aspect));
      for (const shift of [0, -play / 2, play / 2]) {
        for (const isUpper of [true, false]) alongHalf(mid + shift, isUpper, shift === 0 ? 0 : 0.5);
      }
    }
    if (candidates.length === 0) {
      // The centre disc, or a band too short to curve on: straight text, on the vertical axis.
      const ry = mid / aspect;
      for (const dy of [-1, 1, -2, 2, 0, -3, 3]) {
        const at = { x: 0, y: dy * h * 0.8 + (band.inner > 0 ? (Math.sign(dy) || -1) * ry : 0) };
        const n = Math.max(1, Math.ceil(width / h));
        const boxes = Array.from({ length: n }, (_, i) => ({ x: at.x - width / 2 + (i * width) / n, y: at.y - h / 2, width: width / n, height: h }));
        candidates.push({ caption: () => ({ path: null, offset: 0, at, boxes }), preference: Math.abs(dy) * 0.3 });
      }
    }
    candidates.sort((a, b) => a.preference - b.preference);
    let best: { caption: PlacedCaption; cost: number } | null = null;
    for (const c of candidates) {
      if (best && c.preference >= best.cost) break;
      const caption = c.caption();
      const cost = costOf(caption.boxes, c.preference, best?.cost ?? Infinity);
      if (!best || cost < best.cost) best = { caption, cost };
    }
    for (const b of best!.caption.boxes) {
      const grown = grow(b, air);
      crowdingGrid.insert(crowding.length, grown);
      crowding.push(grown);
    }
    placed.push(best!.caption);
  }
  return placed;
}
