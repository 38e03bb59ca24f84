// A force that does not run in full on every tick, for large graphs whose ticks are costly: a
// wrapper around a d3 force (written like d3's own: a closure with `initialize`), counting the
// ticks it is called on since it was initialised. Same calls in the same order give the same pushes, so a
// layout stays deterministic however its ticks are sliced.
import type { Force, SimulationNodeDatum } from 'd3-force';

/** A force whose result is the same whatever order it comes in among the others. */
type Inner<N extends SimulationNodeDatum> = Force<N, never>;

/**
 * `inner` computed in full on the ticks `full` says (counted from 0 since it was initialised; the
 * first one always); on the others, each node gets the change of velocity `inner` gave it on the last full tick again,
 * scaled by how alpha has fallen since. For a force that reads positions only (not velocities)
 * and scales with alpha, such as d3's forceManyBody: nodes move little from one tick to the next,
 * so the push they would get is nearly the one they got.
 */
export function forceReplayed<N extends SimulationNodeDatum>(inner: Inner<N>, full: (tick: number) => boolean): Force<N, never> {
  let nodes: N[] = [];
  let dvx = new Float64Array(0);
  let dvy = new Float64Array(0);
  let tick = 0;
  /** Alpha on the last full tick; 0 before the first one. */
  let fullAlpha = 0;

  function force(alpha: number) {
    const n = nodes.length;
    if (full(tick++) || fullAlpha === 0) {
      for (let i = 0; i < n; i++) {
        const node = nodes[i]!;
        dvx[i] = node.vx ?? 0;
        dvy[i] = node.vy ?? 0;
      }
      inner(alpha);
      for (let i = 0; i < n; i++) {
        const node = nodes[i]!;
        dvx[i] = (node.vx ?? 0) - dvx[i]!;
        dvy[i] = (node.vy ?? 0) - dvy[i]!;
      }
      fullAlpha = alpha;
      return;
    }
    const k = alpha / fullAlpha;
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      node.vx = (node.vx ?? 0) + dvx[i]! * k;
      node.vy = (node.vy ?? 0) + dvy[i]! * k;
    }
  }

  force.initialize = (initial: N[], random: () => number) => {
    nodes = initial;
    dvx = new Float64Array(initial.length);
    dvy = new Float64Array(initial.length);
    tick = 0;
    fullAlpha = 0;
    inner.initialize?.(initial, random);
  };
  return force;
}
