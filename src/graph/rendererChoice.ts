// Which renderer draws a graph: SVG while it is small (crisp, one real element per node, exactly
// as the workshop has always looked), canvas once the nodes are too many for one DOM element each
// to zoom and pan at frame rate. `?renderer=svg|canvas` forces one (benchmarks, comparisons); the
// query is an edge, read through zod.
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';

export type RendererKind = 'svg' | 'canvas';
export type RendererChoice = RendererKind | 'auto';

/** Above this many nodes the graph is drawn on a canvas. */
export const CANVAS_THRESHOLD = 300;

export function chooseRenderer(nodeCount: number, choice: RendererChoice = 'auto'): RendererKind {
  if (choice !== 'auto') return choice;
  return nodeCount > CANVAS_THRESHOLD ? 'canvas' : 'svg';
}

const Choice = lazySchema(() => z.enum(['svg', 'canvas', 'auto']));

/** `?renderer=…` from a page query; 'auto' when absent or not one of the known values. */
export function rendererFromQuery(search: string): RendererChoice {
  const parsed = Choice.safeParse(new URLSearchParams(search).get('renderer'));
  return parsed.success ? parsed.data : 'auto';
}
