// The layout as a pure function of a message's input, the same in the worker and on the main
// thread: the input becomes bare nodes and links, simulation.ts seeds and ticks them exactly as
// it does the graph model's nodes, and the positions come back as a typed array. `runLayout`
// ticks in slices and reports after each one; slices add up to the same ticks as settle(), so
// the positions are the same, bit for bit, however the work is sliced.
import type { GraphModel } from './model';
import { NODE_TYPES, type LayoutInput } from './layoutProtocol';
import { LINK_FAMILIES } from '../vocabulary/visual';
import { DEFAULT_SEED, restTicks, seedThenPrepare, type Layout, type LayoutModel, type LayoutNode, type LayoutOptions } from './simulation';
import { adjacencyOf } from './adjacency';

type Node = LayoutNode & { -readonly [K in keyof LayoutNode]: LayoutNode[K] };

/** A model's nodes and links in a request's columns (layoutProtocol.ts). */
type Columns = Pick<LayoutInput, 'ids' | 'types' | 'scales' | 'degrees' | 'radii' | 'ends' | 'families'>;

/** Made once per model (a model's nodes and links never change; each request copies them). */
const columnsOf = new WeakMap<GraphModel, Columns>();

/** The columns of `model`, made once: the view makes them ahead, in a task of their own, before
 * a large graph's first layout is asked for. */
export function layoutColumns(model: GraphModel): Columns {
  const known = columnsOf.get(model);
  if (known) return known;
  const { nodes, links } = model;
  const n = nodes.length;
  const ids: string[] = new Array<string>(n);
  const types = new Uint8Array(n);
  const scales = new Int16Array(n);
  const degrees = new Float64Array(n);
  const radii = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i]!;
    ids[i] = node.id;
    types[i] = NODE_TYPES.indexOf(node.type);
    scales[i] = node.scaleIndex ?? -1;
    degrees[i] = node.degree;
    radii[i] = node.radius;
  }
  // The model's own ends where it has them (buildModel's), else looked up by id. A link to a node
  // not in the model (none in a model buildModel makes) ends at an index past the nodes: the
  // schema refuses it, as the layout would.
  const ends = model.ends?.length === 2 * links.length ? model.ends : endsOf(model);
  const families = new Uint8Array(links.length);
  const familyAt = new Map(LINK_FAMILIES.map((f, i) => [f, i]));
  for (let j = 0; j < links.length; j++) families[j] = familyAt.get(links[j]!.family) ?? -1;
  const columns = { ids, types, scales, degrees, radii, ends, families };
  columnsOf.set(model, columns);
  return columns;
}

/** Each link's ends as positions in the model's nodes, looked up by id. */
function endsOf({ nodes, links }: GraphModel): Uint32Array<ArrayBuffer> {
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  const ends = new Uint32Array(2 * links.length);
  links.forEach((l, j) => {
    ends[2 * j] = indexOf.get(l.from) ?? nodes.length;
    ends[2 * j + 1] = indexOf.get(l.to) ?? nodes.length;
  });
  return ends;
}

/** What the worker needs of a model laid out in a space of this size, in columns (layoutProtocol.ts). */
export function layoutInput(model: GraphModel, options: LayoutOptions): LayoutInput {
  return {
    ...layoutColumns(model),
    scaleCount: model.scaleCount,
    width: options.width,
    height: options.height,
    layout: options.layout,
    seed: options.seed ?? DEFAULT_SEED,
    pins: [...(options.pins ?? new Map<string, { x: number; y: number }>())].map(([id, p]) => ({ id, x: p.x, y: p.y })),
  };
}

/** Bare nodes and links from a message, with neighbours in link order, as buildModel makes them. */
export function modelFromInput(input: LayoutInput): { model: LayoutModel<Node>; options: LayoutOptions } {
  const nodes: Node[] = input.ids.map((id, i) => {
    const scale = input.scales[i]!;
    return { id, type: NODE_TYPES[input.types[i]!]!, scaleIndex: scale < 0 ? null : scale, degree: input.degrees[i]!, radius: input.radii[i]! };
  });
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const links = Array.from(input.families, (f, j) => ({
    from: input.ids[input.ends[2 * j]!]!,
    to: input.ids[input.ends[2 * j + 1]!]!,
    family: LINK_FAMILIES[f]!,
  }));
  const neighbours = adjacencyOf(input.ids, links);
  const pins = new Map(input.pins.map((p) => [p.id, { x: p.x, y: p.y }]));
  return {
    model: { nodes, links, nodeById, neighbours, scaleCount: input.scaleCount },
    options: { width: input.width, height: input.height, layout: input.layout, seed: input.seed, pins },
  };
}

export function positionsOf(nodes: readonly LayoutNode[]): Float64Array<ArrayBuffer> {
  const out = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    out[2 * i] = n.x ?? 0;
    out[2 * i + 1] = n.y ?? 0;
  });
  return out;
}

/** Writes positions (in `nodes`' order) onto the nodes; pinned nodes stay where they are held. */
export function applyPositions(nodes: readonly LayoutNode[], positions: Float64Array): void {
  if (positions.length !== nodes.length * 2) return;
  nodes.forEach((n, i) => {
    if (n.fx != null && n.fy != null) return;
    n.x = positions[2 * i]!;
    n.y = positions[2 * i + 1]!;
    n.vx = 0;
    n.vy = 0;
  });
}

export interface LayoutRun {
  /** Ticks until `stop()` says to stop (checked between ticks) or the layout is settled; true
   * when settled. */
  step(stop: () => boolean): boolean;
  readonly tick: number;
  readonly total: number;
  positions(): Float64Array<ArrayBuffer>;
}

/** A layout to tick in slices: seeded now (its positions ready to report), its simulation built
 * at the first step, settled after `total` ticks. */
export function startLayout(input: LayoutInput): LayoutRun {
  const { model, options } = modelFromInput(input);
  const prepared = seedThenPrepare(model, options);
  let simulation: Layout<Node>['simulation'] | null = null;
  let tick = 0;
  return {
    step(stop) {
      if (!simulation) simulation = prepared().simulation.alpha(1);
      const total = prepared().ticks;
      while (tick < total) {
        simulation.tick(1);
        tick++;
        if (stop()) break;
      }
      return tick >= total;
    },
    get tick() {
      return tick;
    },
    get total() {
      return simulation ? prepared().ticks : restTicks(model.nodes.length);
    },
    positions: () => positionsOf(model.nodes),
  };
}

/** The settled layout of an input, in one go. */
export function computeLayout(input: LayoutInput): Float64Array<ArrayBuffer> {
  const run = startLayout(input);
  run.step(() => false);
  return run.positions();
}
