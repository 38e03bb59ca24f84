// Keeps nodes out of a few rectangles (the ring captions), so captions stay readable. A d3-style
// force: a closure with chained accessors. Each node is pushed out of the nearer side edge, along
// the tangent of its circle around the centre (0,0): it slides along its ring rather than leave it.
import type { Force, SimulationNodeDatum } from 'd3-force';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface KeepOutForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  rects(): readonly Rect[];
  rects(rects: readonly Rect[]): this;
  radius(): (node: N) => number;
  radius(radius: (node: N) => number): this;
  filter(): (node: N) => boolean;
  filter(filter: (node: N) => boolean): this;
}

export function forceKeepOut<N extends SimulationNodeDatum>(initial: readonly Rect[] = []): KeepOutForce<N> {
  let nodes: readonly N[] = [];
  let rects = initial;
  let radiusOf: (node: N) => number = () => 0;
  let filterOf: (node: N) => boolean = () => true;

  function force() {
    for (const node of nodes) {
      if (!filterOf(node)) continue;
      const r = radiusOf(node);
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      for (const rect of rects) {
        if (x + r <= rect.x || x - r >= rect.x + rect.width || y + r <= rect.y || y - r >= rect.y + rect.height) continue;
        const left = x + r - rect.x;
        const right = rect.x + rect.width - (x - r);
        const push = left < right ? -left : right;
        const d = Math.hypot(x, y) || 1;
        // Tangent (−y, x)/d, turned to point the way of the push; its x part is at least 0.3.
        let tx = -y / d;
        let ty = x / d;
        if (Math.sign(tx) !== Math.sign(push)) {
          tx = -tx;
          ty = -ty;
        }
        const scale = Math.abs(push) / Math.max(0.3, Math.abs(tx));
        node.vx = (node.vx ?? 0) + tx * scale;
        node.vy = (node.vy ?? 0) + ty * scale;
      }
    }
  }
  force.initialize = (all: N[]) => {
    nodes = all;
  };

  function rectsAccessor(): readonly Rect[];
  function rectsAccessor(value: readonly Rect[]): KeepOutForce<N>;
  function rectsAccessor(value?: readonly Rect[]) {
    if (value === undefined) return rects;
    rects = value;
    return api;
  }
  function radiusAccessor(): (node: N) => number;
  function radiusAccessor(value: (node: N) => number): KeepOutForce<N>;
  function radiusAccessor(value?: (node: N) => number) {
    if (value === undefined) return radiusOf;
    radiusOf = value;
    return api;
  }
  function filterAccessor(): (node: N) => boolean;
  function filterAccessor(value: (node: N) => boolean): KeepOutForce<N>;
  function filterAccessor(value?: (node: N) => boolean) {
    if (value === undefined) return filterOf;
    filterOf = value;
    return api;
  }

  const api: KeepOutForce<N> = Object.assign(force, { rects: rectsAccessor, radius: radiusAccessor, filter: filterAccessor });
  return api;
}
