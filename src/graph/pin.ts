// Pinned nodes, pure: where a node dropped by a drag stays (inside its own ring band, never on
// another scale's ring), and the pin mark drawn on it, the same path for SVG and canvas.
import { ringDistance } from './bands';
import type { Band } from './ringForce';

/** The point where a node of scale band `band` rests when dropped at (x, y): the same direction
 * from the centre, its ring distance clamped into the band (rings are ellipses of `aspect`). A
 * null band (the free layout, a node without a scale) keeps the drop point. */
export function pinInBand(x: number, y: number, band: Band | null, aspect: number): { x: number; y: number } {
  if (!band) return { x, y };
  const r = ringDistance(x, y, aspect);
  if (r < 1e-9) {
    // At the very centre: straight up onto the band's inner edge (a disc keeps the centre).
    return band.inner > 0 ? { x: 0, y: -band.inner / aspect } : { x, y };
  }
  const clamped = Math.min(band.outer, Math.max(band.inner, r));
  const k = clamped / r;
  return { x: x * k, y: y * k };
}

/** SVG path of a pin stuck in the top-right of a node of radius r: a round head and its needle. */
export function pinPath(r: number): string {
  const head = Math.max(3.5, r * 0.38);
  const hx = r * 0.75 + head * 0.6;
  const hy = -(r * 0.75 + head * 0.6);
  const tipX = r * 0.35;
  const tipY = -r * 0.35;
  const f = (v: number) => v.toFixed(2);
  return (
    `M${f(hx - head * 0.35)},${f(hy + head * 0.35)}L${f(tipX)},${f(tipY)}L${f(hx + head * 0.35)},${f(hy - head * 0.35)}Z` +
    `M${f(hx + head)},${f(hy)}A${f(head)},${f(head)} 0 1 1 ${f(hx - head)},${f(hy)}A${f(head)},${f(head)} 0 1 1 ${f(hx + head)},${f(hy)}Z`
  );
}
