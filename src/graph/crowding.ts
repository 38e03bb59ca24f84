// How much work the layout can afford for a graph of this size in a view of this size. A workshop
// (tens of nodes) gets the full treatment; a graph of hundreds or thousands of nodes, which would
// otherwise freeze the page for seconds, gets fewer ticks and a collision radius that fits.

/** Up to this many nodes, the layout runs in full: 300 ticks, two collision passes. */
export const FULL_LAYOUT_NODES = 250;

/** Ticks from alpha 1 to alphaMin: d3's 300 up to FULL_LAYOUT_NODES nodes, then fewer, so the
 * work (nodes × ticks) stays about the same, but never below a floor that still untangles the
 * seeded rings. Seeding already puts nodes near their place, so the later ticks move them little. */
export function tickBudget(nodeCount: number): number {
  if (nodeCount <= FULL_LAYOUT_NODES) return 300;
  return Math.max(80, Math.round((300 * FULL_LAYOUT_NODES) / nodeCount));
}

/** Barnes–Hut accuracy of the charge force: d3's 0.9 up to FULL_LAYOUT_NODES nodes, then coarser
 * (far groups of nodes push as one from farther away), which halves its cost on large graphs. */
export const chargeTheta = (nodeCount: number): number => (nodeCount <= FULL_LAYOUT_NODES ? 0.9 : 1.2);

/** Collision passes per tick: the second one only tidies what the first left. */
export const collideIterations = (nodeCount: number): number => (nodeCount <= FULL_LAYOUT_NODES ? 2 : 1);

/** Factor (≤ 1) for the collision radii so that their disks cover no more than the area the nodes
 * are kept in. Past that they cannot all be apart anyway, and each node would collide with dozens
 * of others on every tick: the cost grows with the square of the crowding, for no visible gain.
 * 1 for any graph that fits, so such a graph is laid out exactly as before. */
export function collideScale(radii: readonly number[], area: number): number {
  const disks = radii.reduce((sum, r) => sum + Math.PI * r * r, 0);
  return disks > area && area > 0 ? Math.sqrt(area / disks) : 1;
}
