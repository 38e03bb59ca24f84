import { describe, expect, it } from 'vitest';
import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { forceReplayed } from '../../src/graph/forceSchedule';

type Node = SimulationNodeDatum & { x: number; y: number; vx: number; vy: number };

const nodes = (): Node[] => [
  { x: 0, y: 0, vx: 0, vy: 0 },
  { x: 10, y: 0, vx: 0, vy: 0 },
  { x: 3, y: 8, vx: 0, vy: 0 },
  { x: -6, y: 4, vx: 0, vy: 0 },
];
const random = () => 0.5;
const velocities = (ns: readonly Node[]) => ns.map((n) => [n.vx, n.vy]);

/** The push d3's charge gives `ns` at this alpha, from where they are. */
function chargePush(ns: Node[], alpha: number) {
  const copy = ns.map((n) => ({ ...n, vx: 0, vy: 0 }));
  const charge = forceManyBody<Node>().strength(-30);
  charge.initialize(copy, random);
  charge(alpha);
  return velocities(copy);
}

describe('a force replayed between full ticks', () => {
  it('gives the full force on the ticks it is computed, and the same push scaled by alpha on the others', () => {
    const ns = nodes();
    let calls = 0;
    const inner = forceManyBody<Node>().strength(-30);
    const counted = Object.assign((alpha: number) => void (calls++, inner(alpha)), { initialize: inner.initialize });
    const force = forceReplayed<Node>(counted, (tick) => tick % 2 === 0);
    force.initialize?.(ns, random);

    // Tick 0: computed, the same push as the charge itself.
    force(0.9);
    expect(calls).toBe(1);
    const full = chargePush(nodes(), 0.9);
    velocities(ns).forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo(full[i]![0]!, 12);
      expect(vy).toBeCloseTo(full[i]![1]!, 12);
    });

    // Tick 1 (nodes moved, velocities reset): not computed, the last push at the new alpha.
    for (const n of ns) {
      n.x += 1;
      n.vx = 0;
      n.vy = 0;
    }
    force(0.6);
    expect(calls).toBe(1);
    velocities(ns).forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo((full[i]![0]! * 0.6) / 0.9, 12);
      expect(vy).toBeCloseTo((full[i]![1]! * 0.6) / 0.9, 12);
    });

    // Tick 2: computed again, from where the nodes are now, on top of what they already had.
    for (const n of ns) {
      n.vx = 1;
      n.vy = -1;
    }
    force(0.4);
    expect(calls).toBe(2);
    const again = chargePush(ns, 0.4);
    velocities(ns).forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo(1 + again[i]![0]!, 12);
      expect(vy).toBeCloseTo(-1 + again[i]![1]!, 12);
    });
  });

  it('starts afresh when initialised again: the first tick is computed', () => {
    let calls = 0;
    const force = forceReplayed<Node>(
      () => void calls++,
      () => false,
    );
    force.initialize?.(nodes(), random);
    force(1);
    force(0.5);
    expect(calls).toBe(1);
    force.initialize?.(nodes(), random);
    force(0.4);
    expect(calls).toBe(2);
  });
});
