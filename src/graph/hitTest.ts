// Which node is under a point, by a quadtree over the nodes' positions (d3-quadtree), not by the
// DOM: a canvas has no element per node. Built once per set of positions; a query looks at the
// few nodes near the point only.
import { quadtree, type Quadtree } from 'd3-quadtree';

export interface HitNode {
  readonly id: string;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly radius: number;
}

export interface HitIndex {
  /** The node whose shape (its radius plus `slack`) holds the point, the nearest one if several,
   * or null. Coordinates in layout units. */
  find(x: number, y: number, slack?: number): string | null;
}

export function hitIndex(nodes: readonly HitNode[]): HitIndex {
  const tree: Quadtree<HitNode> = quadtree<HitNode>()
    .x((n) => n.x ?? 0)
    .y((n) => n.y ?? 0)
    .addAll([...nodes]);
  const maxRadius = nodes.reduce((m, n) => Math.max(m, n.radius), 0);
  return {
    find(x, y, slack = 0) {
      let best: HitNode | null = null;
      let bestGap = Infinity;
      const reach = maxRadius + slack;
      // Visit only the quads that can hold a node within reach of the point.
      tree.visit((quad, x0, y0, x1, y1) => {
        if (x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach) return true;
        if (!quad.length) {
          for (let leaf: typeof quad | undefined = quad; leaf; leaf = (leaf as { next?: typeof quad }).next) {
            const n = (leaf as { data: HitNode }).data;
            const d = Math.hypot((n.x ?? 0) - x, (n.y ?? 0) - y);
            // Nearest by distance to the edge of the shape, so a small node beside a big one can
            // still be picked.
            const gap = d - n.radius;
            if (gap <= slack && gap < bestGap) {
              best = n;
              bestGap = gap;
            }
          }
        }
        return false;
      });
      return (best as HitNode | null)?.id ?? null;
    },
  };
}
