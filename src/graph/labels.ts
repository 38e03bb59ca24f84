// Label placement, pure: each node's label goes to the best free spot around it. Candidates are
// tried at 24 directions and growing distances, one line's height apart (any spot not right next
// to its node gets a leader line); a spot is free when
// its box overlaps no placed label, no node, no obstacle (ring captions) and stays in bounds.
// Greedy, most-connected nodes first; among free spots the nearest and least ambiguous wins (a
// label should sit closer to its own node than to any other); a node with no free spot gets the
// least-bad one. Placed labels and nodes are kept in grids (boxGrid.ts), so each test looks at its
// neighbours only; a crowded graph (CROWDED) gets a cheaper, stricter search.
import { boxGrid, type BoxGrid } from './boxGrid';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface LabelRequest extends Circle {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Higher goes first. */
  readonly priority: number;
  /** Height of one line of the label: the step between two distances tried (a two-line label
   * would otherwise jump twice as far from its node at each step). The label's height if absent. */
  readonly lineHeight?: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  readonly id: string;
  /** The label's box relative to its node's centre, so it can follow the node. */
  readonly dx: number;
  readonly dy: number;
  readonly width: number;
  readonly height: number;
  readonly anchor: TextAnchor;
  /** The label stands away from its node, joined by a short line. */
  readonly leader: boolean;
  /** False when no free spot was found. */
  readonly free: boolean;
}

export interface PlaceOptions {
  readonly bounds: Box;
  readonly obstacles?: readonly Box[];
  /** Every node, as circles labels must not cover (a label's own node included). */
  readonly circles: readonly Circle[];
  /** Labels lean away from this point (the centre of the rings). */
  readonly centre?: { readonly x: number; readonly y: number };
  /** Space kept between two labels, px. */
  readonly pad?: number;
  /** How many steps out from its node a label may stand (0: touching it; 1: a short leader at
   * most); every step by default. A phone keeps labels next to their nodes. */
  readonly maxLevel?: number;
}

const DIRECTIONS = 24;
const LEVELS = 7;
/** A spot that costs this much (two steps out, or nearer another node) is worth another try. */
const POOR = 6;

export const boxesOverlap = (a: Box, b: Box, pad = 0): boolean =>
  a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

export function boxHitsCircle(b: Box, c: Circle): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return (nx - c.x) ** 2 + (ny - c.y) ** 2 < c.r * c.r;
}

const inside = (b: Box, bounds: Box) =>
  b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height;

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

interface Candidate {
  readonly box: Box;
  readonly anchor: TextAnchor;
  readonly leader: boolean;
  /** Right next to the node: a leader there would be too short to see. */
  readonly adjacent: boolean;
  readonly cost: number;
}

function candidates(req: LabelRequest, centre: { x: number; y: number }, maxLevel = LEVELS - 1): Candidate[] {
  const out: Candidate[] = [];
  const gap = 3;
  const step = (req.lineHeight ?? req.height) * 0.9;
  const outward = Math.atan2(req.y - centre.y, req.x - centre.x);
  const atCentre = Math.hypot(req.x - centre.x, req.y - centre.y) < 1;
  for (let level = 0; level <= Math.min(maxLevel, LEVELS - 1); level++) {
    for (let d = 0; d < DIRECTIONS; d++) {
      const angle = (d / DIRECTIONS) * 2 * Math.PI;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const reach = req.r + gap + level * step;
      const ax = req.x + reach * cos;
      const ay = req.y + reach * sin;
      const anchor: TextAnchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
      const x = anchor === 'start' ? ax : anchor === 'end' ? ax - req.width : ax - req.width / 2;
      const y = sin > 0.35 ? ay : sin < -0.35 ? ay - req.height : ay - req.height / 2;
      const away = atCentre ? 0 : 1 - Math.cos(angle - outward);
      out.push({
        box: { x, y, width: req.width, height: req.height },
        anchor,
        // Any spot not right next to the node is joined to it by a line: a label standing off on
        // its own reads as nobody's (or as a neighbour's).
        leader: level >= 1,
        adjacent: level === 0,
        cost: level * 3 + away * 1.2 + Math.abs(sin) * 0.4 + (anchor === 'middle' ? 0.2 : 0),
      });
    }
  }
  return out.sort((a, b) => a.cost - b.cost);
}

export function placeLabels(requests: readonly LabelRequest[], options: PlaceOptions): PlacedLabel[] {
  // Greedy in priority order, then local improvement. When some label is stuck (no free spot) or
  // poorly placed (far, or nearer another node), retry with those labels first, and keep the best
  // attempt: fewest stuck, then lowest total cost.
  let order = [...requests].sort((a, b) => b.priority - a.priority || b.width - a.width || a.id.localeCompare(b.id));
  let best: { labels: PlacedLabel[]; stuck: number; score: number } | null = null;
  const tried = new Set<string>();
  const centre = options.centre ?? { x: 0, y: 0 };
  const crowded = requests.length > CROWDED;
  // Candidates depend on the request only, not on the order: built when first needed and kept
  // for the next attempts, of which a crowded graph has none.
  const cache = new Map<string, Candidate[]>();
  const cands = (r: LabelRequest) => {
    const known = cache.get(r.id);
    if (known) return known;
    const made = candidates(r, centre, options.maxLevel);
    if (!crowded) cache.set(r.id, made);
    return made;
  };
  const circles = circleIndex(options.circles, requests);
  for (let attempt = 0; attempt < (crowded ? 1 : 10); attempt++) {
    const key = order.map((r) => r.id).join();
    if (tried.has(key)) break;
    tried.add(key);
    const { labels, score, poor } = greedy(order, cands, circles, options, crowded);
    const stuck = labels.filter((l) => !l.free).length;
    if (!best || stuck < best.stuck || (stuck === best.stuck && score < best.score - 1e-9)) best = { labels, stuck, score };
    if (poor.size === 0) break;
    order = [...order.filter((r) => poor.has(r.id)), ...order.filter((r) => !poor.has(r.id))];
  }
  const byId = new Map((best?.labels ?? []).map((l) => [l.id, l]));
  return requests.flatMap((r) => {
    const l = byId.get(r.id);
    if (!l) return [];
    // A label nearer another node than its own would read as that node's: a leader line says
    // whose it is.
    return !l.leader && nearerOther({ x: r.x + l.dx, y: r.y + l.dy, width: l.width, height: l.height }, r, circles) ? [{ ...l, leader: true }] : [l];
  });
}

/** Is some other node nearer the box than its own node? */
export function nearerOther(box: Box, own: Circle, index: { readonly circles: readonly Circle[]; readonly grid: BoxGrid }): boolean {
  const mine = gap(box, own);
  let found = false;
  index.grid.near(box, Math.max(0, mine), (i) => {
    const c = index.circles[i]!;
    if (c.x === own.x && c.y === own.y) return false;
    found = gap(box, c) < mine;
    return found;
  });
  return found;
}

/** Above this many labels the view cannot hold them all without overlap, and the full search
 * (retries, improvement passes, a least-bad spot for each) costs seconds. Then: one greedy pass,
 * most-connected first; a label may cover other nodes (a cost, not a conflict, or hardly any
 * would fit) but never another label; a label with no free spot is left out (no PlacedLabel) and
 * leaves its room to the next. The nodes' accessible names still carry every name. */
export const CROWDED = 300;

/** What covering another node costs a label in a crowded graph: a few steps further out. */
const COVER = 2;

interface Choice {
  readonly c: Candidate;
  readonly penalty: number;
  readonly score: number;
}

/** The nodes in a grid, for the overlap and ambiguity tests, which only concern nearby nodes. */
interface CircleIndex {
  readonly circles: readonly Circle[];
  readonly grid: BoxGrid;
}

export function circleIndex(circles: readonly Circle[], requests: readonly LabelRequest[]): CircleIndex {
  const grid = boxGrid(cellSize(requests));
  circles.forEach((c, i) => grid.insert(i, { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }));
  return { circles, grid };
}

/** About a label's width plus height: a candidate box then covers a few cells. */
function cellSize(requests: readonly LabelRequest[]): number {
  const widths = requests.reduce((s, r) => s + r.width + r.height, 0);
  return Math.max(16, requests.length > 0 ? widths / requests.length : 16);
}

/** The labels placed so far, numbered by their rank in the order: a grid of their boxes. */
interface Placed {
  readonly boxes: (Box | undefined)[];
  readonly grid: BoxGrid;
}

/** The best spot for one label (rank `self` in the order), given the boxes already placed. In a
 * crowded graph only free spots count, and nodes under the label add to its score. */
function pick(
  req: LabelRequest,
  self: number,
  cands: readonly Candidate[],
  placed: Placed,
  circles: CircleIndex,
  options: PlaceOptions,
  crowded: boolean,
): Choice | null {
  let best: Choice | null = null;
  for (const c of cands) {
    // Candidates come cheapest first and the extra terms only add to the cost: once a free spot
    // is found, no later candidate can beat it.
    if (best && best.penalty === 0 && c.cost >= best.score) break;
    const limit = crowded ? 0 : best ? best.penalty : Infinity;
    const penalty = conflict(c.box, self, placed, crowded ? null : circles, options, limit, c.adjacent ? req : undefined);
    if (penalty > limit || (best && penalty > best.penalty)) continue;
    const covered = crowded ? COVER * covers(c.box, circles) : 0;
    const score = c.cost + covered + (penalty === 0 ? ambiguity(c.box, req, circles) : 0);
    if (!best || penalty < best.penalty || (penalty === best.penalty && score < best.score)) best = { c, penalty, score };
  }
  return best;
}

/** Greedy placement in `order`, then a few passes that move each label to its best spot given
 * all the others, which undoes most of the greedy order's accidents. */
function greedy(order: readonly LabelRequest[], cands: (req: LabelRequest) => Candidate[], circles: CircleIndex, options: PlaceOptions, crowded: boolean) {
  const chosen: (Choice | undefined)[] = [];
  const placed: Placed = { boxes: [], grid: boxGrid(cellSize(order)) };
  const choose = (rank: number, choice: Choice) => {
    chosen[rank] = choice;
    placed.boxes[rank] = choice.c.box;
    placed.grid.insert(rank, choice.c.box);
  };
  order.forEach((req, rank) => {
    const best = pick(req, rank, cands(req), placed, circles, options, crowded);
    if (best) choose(rank, best);
  });
  for (let pass = 0; pass < (crowded ? 0 : 4); pass++) {
    let changed = false;
    order.forEach((req, rank) => {
      const current = chosen[rank];
      const best = pick(req, rank, cands(req), placed, circles, options, crowded);
      if (!current || !best) return;
      if (best.penalty < current.penalty || (best.penalty === current.penalty && best.score < current.score - 1e-9)) {
        choose(rank, best);
        changed = true;
      }
    });
    if (!changed) break;
  }
  let score = 0;
  const poor = new Set<string>();
  const labels: PlacedLabel[] = order.flatMap((req, rank) => {
    const choice = chosen[rank];
    if (!choice) return [];
    score += choice.penalty + choice.score;
    const { box, anchor, leader } = choice.c;
    if (choice.penalty > 0 || choice.score >= POOR) poor.add(req.id);
    return [{ id: req.id, dx: box.x - req.x, dy: box.y - req.y, width: box.width, height: box.height, anchor, leader, free: choice.penalty === 0 }];
  });
  return { labels, score, poor };
}

/** A label closer to another node than to its own reads as that node's label: avoid it. */
function ambiguity(box: Box, own: Circle, index: CircleIndex): number {
  const mine = gap(box, own);
  let penalty = 0;
  // A node nearer than mine + 6 has its bounding box within that distance of the label's box.
  index.grid.near(box, mine + 6, (i) => {
    const c = index.circles[i]!;
    if (c.x === own.x && c.y === own.y) return;
    const other = gap(box, c);
    // Nearer another node than its own: the label would read as that node's. Far worse than a
    // spot further out with a leader line.
    if (other < mine) penalty += 30;
    else if (other < mine + 6) penalty += 8;
  });
  return penalty;
}

/** Distance from a box to a circle's edge (negative inside it). */
function gap(box: Box, c: Circle): number {
  const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
  return Math.hypot(nx - c.x, ny - c.y) - c.r;
}

/** How many nodes the box covers. */
function covers(box: Box, index: CircleIndex): number {
  let count = 0;
  index.grid.near(box, 0, (i) => {
    if (boxHitsCircle(box, index.circles[i]!)) count++;
  });
  return count;
}

/** How bad a spot is: 0 when free. Stops counting once past `limit`, a penalty that has already
 * lost. Nodes count only when `index` is given. */
function conflict(box: Box, self: number, placed: Placed, index: CircleIndex | null, options: PlaceOptions, limit: number, own?: Circle) {
  const { bounds, obstacles = [], pad = 2 } = options;
  let penalty = 0;
  if (!inside(box, bounds)) penalty += 1e6;
  if (penalty > limit) return penalty;
  // Overlapped labels are summed in rank order, as a plain loop over every placed label would:
  // the same floating-point sum, so the same choices, as before the grid.
  const hits: number[] = [];
  placed.grid.near(box, pad, (j) => {
    const other = placed.boxes[j];
    if (j === self || !other || !boxesOverlap(box, other, pad)) return false;
    hits.push(j);
    return limit === 0; // one hit is enough to lose
  });
  if (hits.length > 1) hits.sort((a, b) => a - b);
  for (const j of hits) {
    penalty += 1e4 + overlapArea(box, placed.boxes[j]!);
    if (penalty > limit) return penalty;
  }
  for (const o of obstacles) if (boxesOverlap(box, o, pad)) penalty += 1e3 + overlapArea(box, o);
  if (penalty > limit || !index) return penalty;
  let hit = 0;
  index.grid.near(box, 0, (i) => {
    if (boxHitsCircle(box, index.circles[i]!)) hit++;
  });
  // Added one by one, as before.
  for (let k = 0; k < hit; k++) penalty += 2e3;
  // Right next to its node yet nearer another, the label would read as that node's, and a leader
  // line that short would not show: not a free spot. (Further out, a leader says whose it is.)
  if (own && nearerOther(box, own, index)) penalty += WEDGED;
  return penalty;
}

/** What a spot nearer another node than the label's own costs: less than covering a node. */
const WEDGED = 500;

/** Pairs of boxes that intersect: what the tests assert is empty. */
export function overlappingPairs(boxes: readonly (Box & { readonly id: string })[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (boxesOverlap(a, b)) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** The crowded graph's one greedy pass (see CROWDED), a few labels at a time: `place` goes on in
 * priority order until `stop()` says the frame's time is up, and returns the labels it placed.
 * Run to the end, it places the labels placeLabels would for a crowded graph. */
export interface LabelPlacer {
  place(stop: () => boolean): PlacedLabel[];
  readonly done: boolean;
}

export function createLabelPlacer(requests: readonly LabelRequest[], options: PlaceOptions): LabelPlacer {
  const order = [...requests].sort((a, b) => b.priority - a.priority || b.width - a.width || a.id.localeCompare(b.id));
  const centre = options.centre ?? { x: 0, y: 0 };
  const circles = circleIndex(options.circles, requests);
  const placed: Placed = { boxes: [], grid: boxGrid(cellSize(order)) };
  let rank = 0;
  return {
    place(stop) {
      const out: PlacedLabel[] = [];
      while (rank < order.length) {
        const req = order[rank]!;
        const best = pick(req, rank, candidates(req, centre, options.maxLevel), placed, circles, options, true);
        if (best) {
          const { box, anchor, leader } = best.c;
          placed.boxes[rank] = box;
          placed.grid.insert(rank, box);
          const far = leader || nearerOther(box, req, circles);
          out.push({ id: req.id, dx: box.x - req.x, dy: box.y - req.y, width: box.width, height: box.height, anchor, leader: far, free: true });
        }
        rank++;
        if (stop()) break;
      }
      return out;
    },
    get done() {
      return rank >= order.length;
    },
  };
}
