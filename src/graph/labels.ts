// Label placement, pure: each node's label goes to the best free spot around it. Candidates are
// tried at 24 directions and growing distances (far ones get a leader line); a spot is free when
// its box overlaps no placed label, no node, no obstacle (ring captions) and stays in bounds.
// Greedy, most-connected nodes first; among free spots the nearest and least ambiguous wins (a
// label should sit closer to its own node than to any other); a node with no free spot gets the
// least-bad one.
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
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

interface Candidate {
  readonly box: Box;
  readonly anchor: TextAnchor;
  readonly leader: boolean;
  readonly cost: number;
}

function candidates(req: LabelRequest, centre: { x: number; y: number }): Candidate[] {
  const out: Candidate[] = [];
  const gap = 3;
  const step = req.height * 0.9;
  const outward = Math.atan2(req.y - centre.y, req.x - centre.x);
  const atCentre = Math.hypot(req.x - centre.x, req.y - centre.y) < 1;
  for (let level = 0; level < LEVELS; level++) {
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
        leader: level >= 2,
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
  for (let attempt = 0; attempt < 10; attempt++) {
    const key = order.map((r) => r.id).join();
    if (tried.has(key)) break;
    tried.add(key);
    const { labels, score, poor } = greedy(order, options);
    const stuck = labels.filter((l) => !l.free).length;
    if (!best || stuck < best.stuck || (stuck === best.stuck && score < best.score - 1e-9)) best = { labels, stuck, score };
    if (poor.size === 0) break;
    order = [...order.filter((r) => poor.has(r.id)), ...order.filter((r) => !poor.has(r.id))];
  }
  const byId = new Map((best?.labels ?? []).map((l) => [l.id, l]));
  return requests.flatMap((r) => byId.get(r.id) ?? []);
}

interface Choice {
  readonly c: Candidate;
  readonly penalty: number;
  readonly score: number;
}

/** The best spot for one label, given the boxes already placed. */
function pick(req: LabelRequest, cands: readonly Candidate[], placed: readonly Box[], options: PlaceOptions): Choice | null {
  const { bounds, obstacles = [], circles, pad = 2 } = options;
  let best: Choice | null = null;
  for (const c of cands) {
    const penalty = conflict(c.box, placed, circles, obstacles, bounds, pad);
    const score = c.cost + (penalty === 0 ? ambiguity(c.box, req, circles) : 0);
    if (!best || penalty < best.penalty || (penalty === best.penalty && score < best.score)) best = { c, penalty, score };
  }
  return best;
}

/** Greedy placement in `order`, then a few passes that move each label to its best spot given
 * all the others, which undoes most of the greedy order's accidents. */
function greedy(order: readonly LabelRequest[], options: PlaceOptions) {
  const centre = options.centre ?? { x: 0, y: 0 };
  const cands = new Map(order.map((r) => [r.id, candidates(r, centre)]));
  const chosen = new Map<string, Choice>();
  const boxesExcept = (id: string) => [...chosen].flatMap(([other, choice]) => (other === id ? [] : [choice.c.box]));
  for (const req of order) {
    const best = pick(req, cands.get(req.id) ?? [], boxesExcept(req.id), options);
    if (best) chosen.set(req.id, best);
  }
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const req of order) {
      const current = chosen.get(req.id);
      const best = pick(req, cands.get(req.id) ?? [], boxesExcept(req.id), options);
      if (!current || !best) continue;
      if (best.penalty < current.penalty || (best.penalty === current.penalty && best.score < current.score - 1e-9)) {
        chosen.set(req.id, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  let score = 0;
  const poor = new Set<string>();
  const labels: PlacedLabel[] = order.flatMap((req) => {
    const choice = chosen.get(req.id);
    if (!choice) return [];
    score += choice.penalty + choice.score;
    const { box, anchor, leader } = choice.c;
    if (choice.penalty > 0 || choice.score >= POOR) poor.add(req.id);
    return [{ id: req.id, dx: box.x - req.x, dy: box.y - req.y, width: box.width, height: box.height, anchor, leader, free: choice.penalty === 0 }];
  });
  return { labels, score, poor };
}

/** A label closer to another node than to its own reads as that node's label: avoid it. */
function ambiguity(box: Box, own: Circle, circles: readonly Circle[]): number {
  const gap = (c: Circle) => {
    const nx = Math.max(box.x, Math.min(c.x, box.x + box.width));
    const ny = Math.max(box.y, Math.min(c.y, box.y + box.height));
    return Math.hypot(nx - c.x, ny - c.y) - c.r;
  };
  const mine = gap(own);
  let penalty = 0;
  for (const c of circles) {
    if (c.x === own.x && c.y === own.y) continue;
    if (gap(c) < mine + 6) penalty += 8;
  }
  return penalty;
}

function conflict(box: Box, placed: readonly Box[], circles: readonly Circle[], obstacles: readonly Box[], bounds: Box, pad: number) {
  let penalty = 0;
  if (!inside(box, bounds)) penalty += 1e6;
  for (const other of placed) if (boxesOverlap(box, other, pad)) penalty += 1e4 + overlapArea(box, other);
  for (const o of obstacles) if (boxesOverlap(box, o, pad)) penalty += 1e3 + overlapArea(box, o);
  for (const c of circles) if (boxHitsCircle(box, c)) penalty += 2e3;
  return penalty;
}

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
