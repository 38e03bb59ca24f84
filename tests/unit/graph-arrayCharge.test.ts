import { describe, expect, it } from 'vitest';
import { forceManyBody, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import { forceArrayCharge } from '../../src/graph/arrayCharge';

type Node = SimulationNodeDatum & { x: number; y: number; vx: number; vy: number };

function crowd(count: number, seed: number): Node[] {
  const random = randomLcg(seed);
  return Array.from({ length: count }, (_, index) => ({ index, x: random() * 400 - 200, y: random() * 300 - 150, vx: 0, vy: 0 }));
}

/** The velocities one application of `force` at alpha 0.7 gives copies of `nodes`. */
function pushes(nodes: readonly Node[], force: { (alpha: number): void; initialize?: (n: Node[], random: () => number) => void }) {
  const ns = nodes.map((n) => ({ ...n }));
  force.initialize?.(ns, randomLcg(5));
  force(0.7);
  return ns.map((n) => [n.vx, n.vy] as const);
}

const d3 = (theta: number, distanceMax = Infinity) => forceManyBody<Node>().strength(-30).theta(theta).distanceMax(distanceMax);

describe('the charge in typed arrays', () => {
  it('pushes each node as d3’s many-body force does when every pair is counted (theta near 0), with a reach and without', () => {
    const nodes = crowd(200, 1);
    for (const distanceMax of [Infinity, 120]) {
      const mine = pushes(nodes, forceArrayCharge<Node>({ strength: -30, theta: 1e-6, distanceMax }));
      const theirs = pushes(nodes, d3(1e-6, distanceMax));
      mine.forEach(([vx, vy], i) => {
        expect(vx).toBeCloseTo(theirs[i]![0], 9);
        expect(vy).toBeCloseTo(theirs[i]![1], 9);
      });
    }
  });

  it('is as close to the exact pushes as d3’s own approximation, at the theta large graphs use', () => {
    const nodes = crowd(2000, 2);
    const exact = pushes(nodes, d3(1e-6));
    const error = (got: readonly (readonly [number, number])[]) =>
      got.reduce((sum, [vx, vy], i) => sum + Math.hypot(vx - exact[i]![0], vy - exact[i]![1]), 0) /
      exact.reduce((sum, [vx, vy]) => sum + Math.hypot(vx, vy), 0);
    const mine = error(pushes(nodes, forceArrayCharge<Node>({ strength: -30, theta: 1.2, distanceMax: Infinity })));
    expect(mine).toBeLessThan(0.05);
    expect(mine).toBeLessThan(2 * error(pushes(nodes, d3(1.2))));
  });

  it('leaves a node with no place alone, and still pushes the others apart', () => {
    const nodes = [
      { index: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { index: 1, x: Number.NaN, y: Number.NaN, vx: 0, vy: 0 },
      { index: 2, x: 5, y: 0, vx: 0, vy: 0 },
    ];
    const got = pushes(nodes, forceArrayCharge<Node>({ strength: -30, theta: 0.9, distanceMax: Infinity }));
    expect(got[1]).toEqual([0, 0]);
    expect(got[0]![0]).toBeLessThan(0);
    expect(got[2]![0]).toBeGreaterThan(0);
  });

  it('tells nodes at one place apart, the same way each time, and pushes nothing on a node alone', () => {
    const together = [
      { index: 0, x: 3, y: 3, vx: 0, vy: 0 },
      { index: 1, x: 3, y: 3, vx: 0, vy: 0 },
      { index: 2, x: 3, y: 3, vx: 0, vy: 0 },
    ];
    const force = () => forceArrayCharge<Node>({ strength: -30, theta: 0.9, distanceMax: Infinity });
    const first = pushes(together, force());
    expect(first.every(([vx, vy]) => vx !== 0 && vy !== 0 && Number.isFinite(vx) && Number.isFinite(vy))).toBe(true);
    expect(pushes(together, force())).toEqual(first);
    expect(pushes([{ index: 0, x: 1, y: 2, vx: 0, vy: 0 }], force())).toEqual([[0, 0]]);
  });
});
