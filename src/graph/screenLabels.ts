// Labels of a canvas frame, pure: only nodes on screen, most important first (the selection, what
// it lights up, then by degree), each at the first of a few spots beside its node that overlaps no
// label already placed (a grid of placed boxes, boxGrid.ts, so each test looks at its neighbours
// only), at most `max` per frame and at most `budget` nodes looked at. Screen px throughout.
import { boxGrid } from './boxGrid';
import { boxesOverlap, boxHitsCircle, type Box, type Circle, type TextAnchor } from './labels';

export interface ScreenLabelRequest {
  readonly id: string;
  /** The node's centre and radius on screen. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly width: number;
  readonly height: number;
}

export interface ScreenLabel extends Box {
  readonly id: string;
  readonly anchor: TextAnchor;
}

export interface ScreenLabelOptions {
  readonly width: number;
  readonly height: number;
  /** Areas of the screen to leave free (the zoom buttons). */
  readonly reserved?: readonly Box[];
  readonly max: number;
  /** Most requests looked at, placed or not: the frame's bound. */
  readonly budget?: number;
  /** True once the frame's time for labels is spent (asked before each request): the labels placed
   * by then are the frame's, the most important first. Working out a label's words the first
   * time it is offered costs most on a slow machine, at 15,000 actors tens of ms. */
  readonly timeUp?: () => boolean;
  /** Space kept between two labels, px. */
  readonly pad?: number;
  /** Nodes on screen that a label should not cover: a spot over one is taken only when every
   * spot beside the node is (a label over a node beats no label). */
  readonly avoid?: readonly Circle[];
  /** Same for boxes (the ring names). */
  readonly avoidBoxes?: readonly Box[];
}

const GAP = 3;

function spots(q: ScreenLabelRequest): { box: Box; anchor: TextAnchor }[] {
  const { x, y, r, width: w, height: h } = q;
  return [
    { box: { x: x + r + GAP, y: y - h / 2, width: w, height: h }, anchor: 'start' },
    { box: { x: x - r - GAP - w, y: y - h / 2, width: w, height: h }, anchor: 'end' },
    { box: { x: x - w / 2, y: y + r + GAP, width: w, height: h }, anchor: 'middle' },
    { box: { x: x - w / 2, y: y - r - GAP - h, width: w, height: h }, anchor: 'middle' },
  ];
}

export function placeScreenLabels(requests: Iterable<ScreenLabelRequest>, options: ScreenLabelOptions): ScreenLabel[] {
  const { width, height, reserved = [], max, budget = Infinity, pad = 2, avoid = [], avoidBoxes = [], timeUp } = options;
  const placed: ScreenLabel[] = [];
  const grid = boxGrid(64);
  const nodes = boxGrid(64);
  avoid.forEach((c, i) => nodes.insert(i, { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r }));
  const free = (box: Box) => {
    if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) return false;
    if (reserved.some((b) => boxesOverlap(box, b, pad))) return false;
    let hit = false;
    grid.near(box, pad, (i) => (hit = boxesOverlap(box, placed[i]!, pad)));
    return !hit;
  };
  const coversNode = (box: Box) => {
    let hit = false;
    nodes.near(box, 0, (i) => (hit = boxHitsCircle(box, avoid[i]!)));
    return hit || avoidBoxes.some((b) => boxesOverlap(box, b));
  };
  let looked = 0;
  const iterator = requests[Symbol.iterator]();
  for (;;) {
    // Asked before the next request is made: making it is what costs (its words).
    if (placed.length >= max || looked >= budget || (looked > 0 && timeUp?.())) break;
    const next = iterator.next();
    if (next.done) break;
    const q = next.value;
    looked++;
    const open = spots(q).filter((s) => free(s.box));
    const spot = open.find((s) => !coversNode(s.box)) ?? open[0];
    if (!spot) continue;
    grid.insert(placed.length, spot.box);
    placed.push({ id: q.id, ...spot.box, anchor: spot.anchor });
  }
  return placed;
}

export interface RankedNode {
  readonly id: string;
  readonly type: string;
  readonly degree: number;
}

/** The order labels are offered in: the selected node, then the nodes it (or the pointer) lights
 * up, then actors before speakers and sessions, each by degree; ties by id, so it is stable. */
export function labelOrder(nodes: readonly RankedNode[], selected: string | null, lit: ReadonlySet<string> | null): number[] {
  const rank = (n: RankedNode) => (n.id === selected ? 2e9 : 0) + (lit?.has(n.id) ? 1e9 : 0) + (n.type === 'actor' ? 1e6 : 0) + n.degree;
  const ranks = nodes.map(rank);
  return nodes.map((_, i) => i).sort((a, b) => ranks[b]! - ranks[a]! || (nodes[a]!.id < nodes[b]!.id ? -1 : nodes[a]!.id > nodes[b]!.id ? 1 : 0));
}

/** labelOrder(nodes, selected, lit), from the order with nothing selected (`base`, from
 * labelOrder(nodes, null, null)) in linear time: the selected node, then the lit ones, then the
 * rest, each group in its base order. No sort on a click, however large the graph. */
export function promotedOrder(
  base: readonly number[],
  nodes: readonly { readonly node: RankedNode }[],
  selected: string | null,
  lit: ReadonlySet<string> | null,
): number[] {
  const first: number[] = [];
  const second: number[] = [];
  const rest: number[] = [];
  for (const i of base) {
    const id = nodes[i]!.node.id;
    if (id === selected) first.push(i);
    else if (lit?.has(id)) second.push(i);
    else rest.push(i);
  }
  return first.concat(second, rest);
}
