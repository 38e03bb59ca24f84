import { describe, expect, it } from 'vitest';
import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { randomLcg } from 'd3-random';
import { forceGridCollide } from '../../src/graph/gridCollide';

type Node = SimulationNodeDatum & { x: number; y: number; vx: number; vy: number; r: number };

const node = (x: number, y: number, r = 10, vx = 0, vy = 0): Node => ({ x, y, vx, vy, r });
// With their index, as a simulation gives them (d3's collide reads it).
const copy = (nodes: readonly Node[]) => nodes.map((n, index) => ({ ...n, index }));

/** The velocities after one application of `force` to copies of `nodes`. */
function pushed(nodes: readonly Node[], make: () => { (alpha: number): void; initialize?: (n: Node[], random: () => number) => void }) {
  const ns = copy(nodes);
  const force = make();
  force.initialize?.(ns, randomLcg(7));
  force(1);
  return ns.map((n) => [n.vx, n.vy]);
}

const grid = () => forceGridCollide<Node>((n) => n.r);
const d3 = () => forceCollide<Node>((n) => n.r);

describe('collisions found in a grid', () => {
  it('push overlapping nodes apart as d3’s collide does, and leave the others alone', () => {
    const nodes = [
      // Two pairs that overlap (one with a velocity that brings it closer), apart from each other,
      // a node that touches none, one flung far away, and a small node against a big one.
      node(0, 0),
      node(12, 5, 10, -2, 1),
      node(200, 200),
      node(215, 196, 8),
      node(-300, 100),
      node(1e6, -1e6),
      node(500, 0, 30),
      node(520, 10, 5),
    ];
    const mine = pushed(nodes, grid);
    const theirs = pushed(nodes, d3);
    mine.forEach(([vx, vy], i) => {
      expect(vx).toBeCloseTo(theirs[i]![0]!, 12);
      expect(vy).toBeCloseTo(theirs[i]![1]!, 12);
    });
    expect(mine[0]![0]).toBeLessThan(0);
    expect(mine[4]).toEqual([0, 0]);
    expect(mine[5]).toEqual([0, 0]);
  });

  it('leaves a node with no place alone, and still pushes the others apart', () => {
    const nodes = [node(0, 0), node(Number.NaN, Number.NaN), node(5, 0)];
    const mine = pushed(nodes, grid);
    expect(mine[1]).toEqual([0, 0]);
    expect(mine[0]![0]).toBeLessThan(0);
    expect(mine[2]![0]).toBeGreaterThan(0);
  });

  it('tells coincident nodes apart, the same way each time with the same random source', () => {
    const nodes = [node(5, 5), node(5, 5)];
    const first = pushed(nodes, grid);
    expect(first[0]).not.toEqual([0, 0]);
    expect(first[0]![0]).toBeCloseTo(-first[1]![0]!, 12);
    expect(pushed(nodes, grid)).toEqual(first);
  });

  it('spreads a crowd as d3’s collide does: after a while no two nodes overlap much', () => {
    const random = randomLcg(3);
    const crowd = Array.from({ length: 300 }, () => node(random() * 200, random() * 200, 4 + random() * 4));
    const overlaps = (ns: readonly Node[]) => {
      let count = 0;
      for (let i = 0; i < ns.length; i++)
        for (let j = i + 1; j < ns.length; j++) {
          const a = ns[i]!;
          const b = ns[j]!;
          if (Math.hypot(a.x - b.x, a.y - b.y) < 0.8 * (a.r + b.r)) count++;
        }
      return count;
    };
    const settled = (make: typeof grid) => {
      const ns = copy(crowd);
      forceSimulation(ns).randomSource(randomLcg(1)).stop().force('collide', make()).tick(60);
      return ns;
    };
    expect(overlaps(crowd)).toBeGreaterThan(100);
    const mine = settled(grid);
    expect(overlaps(mine)).toBeLessThanOrEqual(overlaps(settled(d3)) + 2);
    expect(overlaps(mine)).toBeLessThan(5);
    // The same nodes give the same places.
    expect(settled(grid)).toEqual(mine);
  });
});
