// Layout without a DOM: the graph model + a size → a d3-force simulation, settled to rest before
// the first paint. Randomness comes from a seeded LCG, so the same data and size give the same
// picture on every load, and a talk and its screenshots match.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';
import type { GraphLayout } from '../state/viewState';
import { ringBands } from './bands';
import { chargeTheta, collideIterations, collideScale, FULL_LAYOUT_NODES, tickBudget } from './crowding';
import { forceArrayCharge } from './arrayCharge';
import { forceGridCollide } from './gridCollide';
import type { GraphLink, GraphNode } from './model';
import type { Neighbours } from './adjacency';
import { forceRing, type Band } from './ringForce';

/** What the layout reads of a node: the graph model's nodes have it, and so do the bare nodes a
 * worker rebuilds from a message (layoutInput.ts). */
export interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly type: GraphNode['type'];
  readonly scaleIndex: number | null;
  readonly degree: number;
  readonly radius: number;
}

/** What the layout reads of a model. */
export interface LayoutModel<N extends LayoutNode = LayoutNode> {
  readonly nodes: N[];
  readonly links: readonly Pick<GraphLink, 'from' | 'to' | 'family'>[];
  readonly nodeById: ReadonlyMap<string, N>;
  readonly neighbours: Neighbours;
  /** How many scales (rings) the dataset has: its own vocabulary's, or the seven built-in ones. */
  readonly scaleCount: number;
}

export type SimLink<N extends LayoutNode = GraphNode> = SimulationLinkDatum<N> & { readonly side: boolean };
export type GraphSimulation<N extends LayoutNode = GraphNode> = Simulation<N, SimLink<N>>;

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  readonly layout: GraphLayout;
  readonly seed?: number;
  /** Nodes the user pinned, by node id, in layout coordinates (centre = 0,0). */
  readonly pins?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

/** The rings a layout keeps nodes in, for a space of this size. */
export interface LayoutFrame {
  /** One band per scale; in the free layout they are still computed, but not drawn. */
  readonly bands: readonly Band[];
  /** Horizontal radius of the ellipse every node is kept in. */
  readonly outer: number;
  /** Width / height of the rings (1 = circles). */
  readonly aspect: number;
}

export interface Layout<N extends LayoutNode = GraphNode> extends LayoutFrame {
  readonly simulation: GraphSimulation<N>;
  readonly ticks: number;
}

export const DEFAULT_SEED = 0x3a11a9e;

/** d3's alphaMin, which no simulation here changes. */
const ALPHA_MIN = 0.001;

/** Room kept between the outermost band and the edge of the view, for the biggest node. */
const EDGE = 22;

/** Rings are ellipses as wide as the view allows, but no flatter than this: flat enough that a
 * wide view (the graph alone on a 1280×720 projector) is filled, not left with empty sides. */
const MAX_ASPECT = 2.8;

/** Horizontal radius and aspect of the outermost ring for a view of this size. */
export function ringShape(width: number, height: number): { outer: number; aspect: number } {
  const rx = Math.max(60, width / 2 - EDGE);
  const ry = Math.max(60, height / 2 - EDGE);
  const aspect = Math.min(MAX_ASPECT, Math.max(1 / MAX_ASPECT, rx / ry));
  return { outer: Math.min(rx, ry * aspect), aspect };
}

/** The bands for `model` in a space of this size. Cheap: no node moves. */
export function layoutFrame(model: LayoutModel, options: Pick<LayoutOptions, 'width' | 'height'>): LayoutFrame {
  // One pass over the nodes (one per scale took 17 ms at 15,000 actors).
  const counts = new Array<number>(model.scaleCount).fill(0);
  for (const n of model.nodes) if (n.scaleIndex !== null && n.scaleIndex >= 0 && n.scaleIndex < counts.length) counts[n.scaleIndex]!++;
  return frameOfCounts(counts, options);
}

/** The bands for so many nodes on each scale (counts[i]: scale i's), in a space of this size:
 * layoutFrame's, from counts made elsewhere (the rings drawn before a large graph's model is made). */
export function frameOfCounts(counts: readonly number[], options: Pick<LayoutOptions, 'width' | 'height'>): LayoutFrame {
  const { outer, aspect } = ringShape(options.width, options.height);
  return { bands: ringBands(counts, { outer: outer, step: 28, spacing: 78 }), outer, aspect };
}

/** Puts every node at its starting place (actors on their ring at a seeded angle, pinned nodes
 * where they were pinned): the first drawing, before any tick. Returns the random source, where
 * the simulation carries on from. */
export function seedLayout<N extends LayoutNode>(
  model: LayoutModel<N>,
  options: LayoutOptions,
  frame: LayoutFrame = layoutFrame(model, options),
): () => number {
  const random = randomLcg(options.seed ?? DEFAULT_SEED);
  seedPositions(model, options.layout === 'rings' ? frame.bands : null, frame.outer, frame.aspect, random);
  pinNodes(model.nodes, options.pins);
  return random;
}

/** Pinned nodes held where they were pinned, the others free: what seedLayout does besides
 * placing them, for nodes whose seeded places come from elsewhere (the worker). */
export function pinNodes(nodes: readonly LayoutNode[], pins: LayoutOptions['pins']): void {
  for (const node of nodes) {
    const pin = pins && pins.size > 0 ? pins.get(node.id) : undefined;
    // A node that never had a pin is left as it is (free): no property added to each of a large
    // graph's nodes.
    if (!pin && node.fx == null && node.fy == null) continue;
    node.fx = pin?.x ?? null;
    node.fy = pin?.y ?? null;
    if (pin) {
      node.x = pin.x;
      node.y = pin.y;
    }
  }
}

/** Seeds `model` and builds its simulation, stopped at alpha 1, not ticked: `settle` (or the
 * same ticks in slices) lays it out. */
export function prepareLayout<N extends LayoutNode>(model: LayoutModel<N>, options: LayoutOptions): Layout<N> {
  return seedThenPrepare(model, options)();
}

/** prepareLayout in two parts: `model` seeded now, its simulation built when the function returned
 * is first called (the same simulation, from where the seeding left the random source). The layout
 * worker reports the seeded rings before building the simulation, which takes as long again. */
export function seedThenPrepare<N extends LayoutNode>(model: LayoutModel<N>, options: LayoutOptions): () => Layout<N> {
  const frame = layoutFrame(model, options);
  const random = seedLayout(model, options, frame);
  let layout: Layout<N> | null = null;
  return () => {
    if (layout) return layout;
    const simulation = forcesFor(model, options.layout, frame, random);
    return (layout = { simulation, ...frame, ticks: ticksToRest(simulation) });
  };
}

/** ticksToRest of the simulation prepareLayout builds for so many nodes, without building it. */
export const restTicks = (nodeCount: number): number =>
  // The same arithmetic as ticksToRest on the decay forcesFor (or d3, for 300 ticks) sets.
  Math.ceil(Math.log(ALPHA_MIN) / Math.log(1 - (1 - Math.pow(ALPHA_MIN, 1 / tickBudget(nodeCount)))));

/** The simulation for nodes already where they are (laid out elsewhere, e.g. in the worker):
 * what a drag reheats. Nothing moves until it is ticked. */
export function simulationFor<N extends LayoutNode>(
  model: LayoutModel<N>,
  options: LayoutOptions,
  frame: LayoutFrame = layoutFrame(model, options),
): Layout<N> {
  const simulation = forcesFor(model, options.layout, frame, randomLcg(options.seed ?? DEFAULT_SEED));
  return { simulation, ...frame, ticks: ticksToRest(simulation) };
}

/**
 * A simulation of the `moving` nodes only (a node held and its neighbours): what a drag reheats in
 * a large graph, a few dozen nodes a tick instead of thousands. Each tie is a spring at the length
 * it has now, so nothing moves until the held node does, and then its neighbours follow it without
 * closing in on it (the whole graph's pushes, which keep ties long, take no part). The nodes tied
 * to the moving ones hold their end of the spring where they stand (fixed copies); nodes keep
 * their ring band and do not overlap each other. Nothing moves until it is ticked.
 */
export function localSimulation<N extends LayoutNode>(
  model: LayoutModel<N>,
  moving: ReadonlySet<string>,
  layout: GraphLayout,
  frame: LayoutFrame,
): GraphSimulation<N> {
  const byId = new Map<string, N>();
  for (const id of moving) {
    const n = model.nodeById.get(id);
    if (n) byId.set(id, n);
  }
  const links: (SimLink<N> & { readonly length: number })[] = [];
  for (const l of model.links) {
    if (!moving.has(l.from) && !moving.has(l.to)) continue;
    for (const end of [l.from, l.to]) {
      if (byId.has(end)) continue;
      const n = model.nodeById.get(end);
      // A copy of what it is, and of where it is (a model's node keeps both in its model's table,
      // not in fields a spread would copy).
      if (n)
        byId.set(end, {
          ...n,
          id: n.id,
          type: n.type,
          scaleIndex: n.scaleIndex,
          degree: n.degree,
          radius: n.radius,
          x: n.x,
          y: n.y,
          fx: n.x,
          fy: n.y,
          vx: 0,
          vy: 0,
        });
    }
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    links.push({
      source: l.from,
      target: l.to,
      side: l.family === 'speaker' || l.family === 'presents',
      length: Math.hypot((b.x ?? 0) - (a.x ?? 0), (b.y ?? 0) - (a.y ?? 0)),
    });
  }
  const simulation: GraphSimulation<N> = forceSimulation<N, SimLink<N>>([...byId.values()])
    .stop()
    .force('collide', collideFor<N>(model.nodes, frame))
    .force(
      'link',
      forceLink<N, SimLink<N>>(links)
        .id((n) => n.id)
        .distance((l) => (l as (typeof links)[number]).length)
        .strength((l) => (l.side ? 0.7 : 0.25)),
    )
    .force('ring', ringFor<N>(layout, frame));
  return simulation;
}

/** Nodes kept apart by their radius and some air, less where the graph is crowded (crowding.ts).
 * `grid`: found in a grid (gridCollide.ts), for the whole of a large graph; else d3's quadtree. */
function collideFor<N extends LayoutNode>(crowd: readonly LayoutNode[], frame: LayoutFrame, grid = false): Force<N, never> {
  const { outer, aspect } = frame;
  const unit = Math.sqrt(outer * (outer / aspect)) / 200;
  const collideRadius = (n: LayoutNode) => n.radius + 12 * unit;
  const scale = collideScale(crowd.map(collideRadius), Math.PI * outer * (outer / aspect));
  if (grid) return forceGridCollide<N>((n) => collideRadius(n) * scale);
  return forceCollide<N>((n) => collideRadius(n) * scale).iterations(collideIterations(crowd.length));
}

/** Rings: each node in its scale's band. Free: every node inside the outer ellipse. */
function ringFor<N extends LayoutNode>(layout: GraphLayout, frame: LayoutFrame) {
  const { bands, outer, aspect } = frame;
  if (layout !== 'rings')
    return forceRing<N>({ inner: 0, outer: outer * 0.85, radius: 0 })
      .strength(0)
      .wall(0.8)
      .aspect(aspect);
  const whole: Band = { inner: 0, outer, radius: 0 };
  return forceRing<N>((n) => (n.scaleIndex === null ? whole : within(bands[n.scaleIndex] ?? whole, n.radius, aspect)))
    .strength((n) => (n.scaleIndex === null ? 0 : 0.5))
    .wall(0.8)
    .aspect(aspect);
}

/** Builds the simulation for `model` (whose nodes it positions) and ticks it to rest. */
export function layoutGraph<N extends LayoutNode>(model: LayoutModel<N>, options: LayoutOptions): Layout<N> {
  const prepared = prepareLayout(model, options);
  return { ...prepared, ticks: settle(prepared.simulation) };
}

function forcesFor<N extends LayoutNode>(model: LayoutModel<N>, layout: GraphLayout, frame: LayoutFrame, random: () => number): GraphSimulation<N> {
  const { outer, aspect } = frame;
  const unit = Math.sqrt(outer * (outer / aspect)) / 200;
  const links: SimLink<N>[] = model.links.map((l) => ({ source: l.from, target: l.to, side: l.family === 'speaker' || l.family === 'presents' }));
  const count = model.nodes.length;
  const ticks = tickBudget(count);
  const simulation: GraphSimulation<N> = forceSimulation<N, SimLink<N>>(model.nodes)
    .randomSource(random)
    .stop()
    .force('collide', collideFor<N>(model.nodes, frame, count > FULL_LAYOUT_NODES));
  const theta = chargeTheta(count);
  /** d3's many-body force; on a large graph, the same in typed arrays (arrayCharge.ts). */
  const charge = (strength: number, distanceMax: number): Force<N, never> =>
    count <= FULL_LAYOUT_NODES
      ? forceManyBody<N>().theta(theta).strength(strength).distanceMax(distanceMax)
      : forceArrayCharge<N>({ strength, theta, distanceMax });
  // d3's own decay (300 ticks) unless the graph is large; set only then, so small graphs keep it.
  if (ticks !== 300) simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));

  if (layout === 'rings') {
    simulation
      .force(
        'link',
        forceLink<N, SimLink<N>>(links)
          .id((n) => n.id)
          .distance((l) => (l.side ? 40 : 60) * unit)
          .strength((l) => (l.side ? 0.7 : 0.25)),
      )
      .force('charge', charge(-160 * unit, outer))
      .force('ring', ringFor<N>(layout, frame));
  } else {
    simulation
      .force(
        'link',
        forceLink<N, SimLink<N>>(links)
          .id((n) => n.id)
          .distance((l) => (l.side ? 45 : 80) * unit),
      )
      .force('charge', charge(-320 * unit, outer * 1.5))
      .force('x', forceX<N>(0).strength(0.07))
      .force('y', forceY<N>(0).strength(0.07))
      .force('bounds', ringFor<N>(layout, frame));
  }
  return simulation;
}

/** The part of a band where a node of this radius lies wholly inside it (ring distances stretch
 * by the aspect one way), so that no node straddles two bands and the middle of each band stays
 * free for its caption; the band's middle line when the band is too thin for that. */
export function within(band: Band, radius: number, aspect: number): Band {
  const m = (radius + 2) * Math.max(1, aspect);
  let inner = band.inner === 0 ? 0 : band.inner + m;
  let outer = band.outer - m;
  if (inner > outer) inner = outer = (band.inner + band.outer) / 2;
  return { inner, outer, radius: Math.min(outer, Math.max(inner, band.radius)) };
}

/** Ticks from alpha 1 until alpha falls below alphaMin. */
export const ticksToRest = <N extends LayoutNode>(simulation: GraphSimulation<N>): number =>
  Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));

/** Ticks a stopped simulation until alpha falls below alphaMin; returns the number of ticks.
 * The same as ticking it in slices that add up to the same count (layoutRun.ts does). */
export function settle<N extends LayoutNode>(simulation: GraphSimulation<N>): number {
  const n = ticksToRest(simulation);
  simulation.alpha(1);
  simulation.tick(n);
  return n;
}

/** Actors in breadth-first order from the most connected, component by component (largest
 * first), each component laid out from its hub outwards on both sides: linked actors come out next
 * to each other, so seeding angles in this order starts the rings with few crossings. */
export function spreadOrder<N extends LayoutNode>(model: LayoutModel<N>): N[] {
  const actors = model.nodes.filter((n) => n.type === 'actor');
  const byDegree = (a: N, b: N) => b.degree - a.degree || a.id.localeCompare(b.id);
  const seen = new Set<string>();
  const components: N[][] = [];
  for (const start of [...actors].sort(byDegree)) {
    if (seen.has(start.id)) continue;
    const component: N[] = [];
    const queue = [start];
    seen.add(start.id);
    // A moving head rather than queue.shift(), which is O(queue) per call.
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      component.push(node);
      const next = [...(model.neighbours.get(node.id) ?? [])]
        .map((id) => model.nodeById.get(id))
        .filter((n): n is N => n?.type === 'actor' && !seen.has(n.id))
        .sort(byDegree);
      for (const n of next) {
        seen.add(n.id);
        queue.push(n);
      }
    }
    // Alternately after and before what is there: the even ones reversed, then the odd ones (one
    // unshift per node was quadratic: a quarter of a second at 15,000 actors).
    const before: N[] = [];
    const after: N[] = [];
    component.forEach((node, i) => (i % 2 === 1 ? after : before).push(node));
    components.push([...before.reverse(), ...after]);
  }
  return components.sort((a, b) => b.length - a.length).flat();
}

function largestComponentSize(order: readonly LayoutNode[], model: LayoutModel): number {
  // The first component of spreadOrder is the largest: count until a node unreachable from it.
  const reach = new Set<string>();
  const stack = order[0] ? [order[0].id] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reach.has(id)) continue;
    reach.add(id);
    for (const n of model.neighbours.get(id) ?? []) if (model.nodeById.get(n)?.type === 'actor') stack.push(n);
  }
  return reach.size;
}

/** Starting positions: actors on their ring at angles in spread order (with a seeded jitter), the
 * others next to what they link. */
function seedPositions<N extends LayoutNode>(model: LayoutModel<N>, bands: readonly Band[] | null, outer: number, aspect: number, random: () => number) {
  const order = spreadOrder(model);
  // The largest component centred at the bottom.
  const first = model.neighbours.size === 0 ? 0 : Math.max(1, largestComponentSize(order, model));
  order.forEach((node, i) => {
    const band = bands && node.scaleIndex !== null ? bands[node.scaleIndex] : undefined;
    if (band) {
      const angle = ((i - (first - 1) / 2 + random() * 0.5) / order.length) * 2 * Math.PI + Math.PI / 2;
      node.x = band.radius * Math.cos(angle);
      node.y = (band.radius * Math.sin(angle)) / aspect;
    } else {
      // Free layout: a phyllotaxis (as d3 does) in spread order, so the largest component's hub
      // starts in the middle with its neighbours around it.
      const r = outer * 0.45 * Math.sqrt((i + 0.5) / order.length);
      const angle = i * Math.PI * (3 - Math.sqrt(5)) + random() * 0.2;
      node.x = r * Math.cos(angle);
      node.y = (r * Math.sin(angle)) / aspect;
    }
    node.vx = 0;
    node.vy = 0;
  });
  for (const node of model.nodes) {
    if (node.type === 'actor') continue;
    const linked = [...(model.neighbours.get(node.id) ?? [])].map((id) => model.nodeById.get(id)).filter((n): n is N => n?.type === 'actor');
    const cx = linked.reduce((s, n) => s + (n.x ?? 0), 0) / Math.max(1, linked.length);
    const cy = linked.reduce((s, n) => s + (n.y ?? 0), 0) / Math.max(1, linked.length);
    node.x = cx + (random() - 0.5) * 20;
    node.y = cy + (random() - 0.5) * 20;
    node.vx = 0;
    node.vy = 0;
  }
}
