// Arrow-key moves, pure: from a node, the arrow picks the neighbour that lies most nearly in its
// direction; when no neighbour lies that way, the nearest node that way, so that every node,
// including other components of the graph, can be reached by keyboard. The arrows alone miss a few
// nodes (one that is never the best move from any other): Page Down and Page Up step through every
// node in the model's order.
import type { GraphModel } from './model';

export const ARROWS = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
} as const;

export type ArrowKey = keyof typeof ARROWS;

export const isArrowKey = (key: string): key is ArrowKey => key in ARROWS;

interface Point {
  readonly id: string;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
}

/** Within ±75° of the arrow; closer and straighter is better. */
export function pointInDirection(from: Point, points: readonly Point[], key: ArrowKey): string | null {
  const [ux, uy] = ARROWS[key];
  let best: { id: string; score: number } | null = null;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = (p.x ?? 0) - (from.x ?? 0);
    const dy = (p.y ?? 0) - (from.y ?? 0);
    const d = Math.hypot(dx, dy);
    if (d < 1e-6) continue;
    const cos = (dx * ux + dy * uy) / d;
    if (cos < Math.cos((75 * Math.PI) / 180)) continue;
    const score = d * (1 + 2 * (1 - cos));
    if (!best || score < best.score || (score === best.score && p.id < best.id)) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

export function nextNode(model: GraphModel, fromId: string, key: ArrowKey): string | null {
  const from = model.nodeById.get(fromId);
  if (!from) return null;
  const neighbours = [...(model.neighbours.get(fromId) ?? [])].flatMap((id) => model.nodeById.get(id) ?? []);
  return pointInDirection(from, neighbours, key) ?? pointInDirection(from, model.nodes, key);
}

export const isStepKey = (key: string): key is 'PageDown' | 'PageUp' => key === 'PageDown' || key === 'PageUp';

/** The next (Page Down) or previous (Page Up) node in the model's order, wrapping around. */
export function stepNode(model: GraphModel, fromId: string, key: 'PageDown' | 'PageUp'): string | null {
  const at = model.nodes.findIndex((n) => n.id === fromId);
  if (at < 0 || model.nodes.length < 2) return null;
  const n = model.nodes.length;
  return model.nodes[(at + (key === 'PageDown' ? 1 : n - 1)) % n]!.id;
}
