// The geometry of the "local → global" rings: one band per scale, local at the centre. A ring is
// at least `step` wider than the one inside it, and large enough for its nodes to stand
// `spacing` apart along it; the whole is then scaled so the outermost band ends at `outer`.
import type { Band } from './ringForce';

export interface BandOptions {
  /** Radius where the outermost band ends. */
  readonly outer: number;
  /** Least distance between two consecutive ring radii, before scaling. */
  readonly step: number;
  /** Wanted distance between neighbouring nodes along a ring, before scaling. */
  readonly spacing: number;
}

/** Bands for `counts[i]` nodes at scale i (the dataset's scales, local first). Always one band per
 * scale: N scales, N rings. */
export function ringBands(counts: readonly number[], options: BandOptions): Band[] {
  const { outer, step, spacing } = options;
  const n = counts.length;
  const radii: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = counts[i] ?? 0;
    const needed = count > 1 ? (count * spacing) / (2 * Math.PI) : 0;
    const previous = radii[i - 1];
    radii.push(Math.max(previous === undefined ? 0 : previous + step, needed));
  }
  const last = radii[n - 1] ?? 0;
  const beforeLast = radii[n - 2] ?? 0;
  const rim = last + Math.max(step, last - beforeLast) / 2;
  const f = rim > 0 ? outer / rim : 1;
  const r = radii.map((v) => v * f);
  return r.map((radius, i) => ({
    inner: i === 0 ? 0 : (radius + (r[i - 1] ?? 0)) / 2,
    outer: i === n - 1 ? outer : (radius + (r[i + 1] ?? radius)) / 2,
    radius,
  }));
}

/** Distance from the centre as the ring force measures it (rings are ellipses of this aspect). */
export const ringDistance = (x: number, y: number, aspect: number): number => Math.hypot(x, y * aspect);
