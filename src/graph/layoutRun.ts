// The layout as a pure function of a message's input, the same in the worker and on the main
// thread: the input becomes bare nodes and links, simulation.ts seeds and ticks them exactly as
// it does the graph model's nodes, and the positions come back as a typed array. `runLayout`
// ticks in slices and reports after each one; slices add up to the same ticks as settle(), so
// the positions are the same, bit for bit, however the work is sliced.
import type { GraphModel } from './model';
import type { LayoutInput } from './layoutProtocol';
import { DEFAULT_SEED, prepareLayout, type LayoutModel, type LayoutNode, type LayoutOptions } from './simulation';

type Node = LayoutNode & { -readonly [K in keyof LayoutNode]: LayoutNode[K] };

/** What the worker needs of a model laid out in a space of this size. */
export function layoutInput(model: GraphModel, options: LayoutOptions): LayoutInput {
  return {
    nodes: model.nodes.map(({ id, type, scaleIndex, degree, radius }) => ({ id, type, scaleIndex, degree, radius })),
    links: model.links.map(({ from, to, family }) => ({ from, to, family })),
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
  const nodes: Node[] = input.nodes.map((n) => ({ ...n }));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map(nodes.map((n) => [n.id, new Set<string>()]));
  for (const l of input.links) {
    neighbours.get(l.from)?.add(l.to);
    neighbours.get(l.to)?.add(l.from);
  }
  const pins = new Map(input.pins.map((p) => [p.id, { x: p.x, y: p.y }]));
  return {
    model: { nodes, links: input.links, nodeById, neighbours, scaleCount: input.scaleCount },
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

/** A layout to tick in slices: seeded now, settled after `total` ticks. */
export function startLayout(input: LayoutInput): LayoutRun {
  const { model, options } = modelFromInput(input);
  const { simulation, ticks: total } = prepareLayout(model, options);
  simulation.alpha(1);
  let tick = 0;
  return {
    step(stop) {
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
    total,
    positions: () => positionsOf(model.nodes),
  };
}

/** The settled layout of an input, in one go. */
export function computeLayout(input: LayoutInput): Float64Array<ArrayBuffer> {
  const run = startLayout(input);
  run.step(() => false);
  return run.positions();
}
