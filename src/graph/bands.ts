// The geometry of the "local → global" rings: one band per scale, local at the centre. A band is
// `step` wide (a thin EMPTY_BAND share of it when no node is at that scale), with its middle far
// enough out for its nodes to stand `spacing` apart along it; the whole is then scaled so the
// outermost band ends at `outer`.
import type { Band } from './ringForce';

export interface BandOptions {
  /** Radius where the outermost band ends. */
  readonly outer: number;
  /** Least distance between two consecutive ring radii, before scaling. */
  readonly step: number;
  /** Wanted distance between neighbouring nodes along a ring, before scaling. */
  readonly spacing: number;
}

/** How wide a ring with no node is, as a share of `step`: drawn (N scales, N rings, so the
 * sequence reads whole) but thin, so the rings that hold actors get the room. */
export const EMPTY_BAND = 0.4;

/** Bands for `counts[i]` nodes at scale i (the dataset's scales, local first). Always one band per
 * scale: N scales, N rings; a ring with no node is a thin one (EMPTY_BAND). */
export function ringBands(counts: readonly number[], options: BandOptions): Band[] {
  const { outer, step, spacing } = options;
  const n = counts.length;
  const raw: Band[] = [];
  let edge = 0;
  for (let i = 0; i < n; i++) {
    const count = counts[i] ?? 0;
    const width = count === 0 ? step * EMPTY_BAND : step;
    const needed = count > 1 ? (count * spacing) / (2 * Math.PI) : 0;
    if (i === 0) {
      // The centre disc: its nodes at the middle, or on a circle long enough for them.
      const radius = needed;
      edge = Math.max(width / 2, radius + width / 2);
      raw.push({ inner: 0, outer: edge, radius });
      continue;
    }
    const inner = edge;
    const radius = Math.max(inner + width / 2, needed);
    edge = radius + width / 2;
    raw.push({ inner, outer: edge, radius });
  }
  const f = edge > 0 ? outer / edge : 1;
  return raw.map((b, i) => ({ inner: b.inner * f, outer: i === n - 1 ? outer : b.outer * f, radius: b.radius * f }));
}

/** Distance from the centre as the ring force measures it (rings are ellipses of this aspect). */
export const ringDistance = (x: number, y: number, aspect: number): number => Math.hypot(x, y * aspect);
