import { describe, expect, it } from 'vitest';
import { forceSimulation } from 'd3-force';
import { randomLcg } from 'd3-random';
import { buildModel } from '../../src/graph/model';
import { forceRing } from '../../src/graph/ringForce';
import { ringBands, ringDistance } from '../../src/graph/bands';
import { layoutGraph, localSimulation, spreadOrder } from '../../src/graph/simulation';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { tickBudget } from '../../src/graph/crowding';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();
const options = { width: 500, height: 420 };
const model = (showPeople = false, showSessions = false) => buildModel(dataset, { showPeople, showSessions, filters: noFilters });

describe('the ring force on its own', () => {
  it('brings every node into its band, from anywhere, with no NaN', () => {
    const bands = [
      { inner: 0, outer: 40, radius: 20 },
      { inner: 100, outer: 140, radius: 120 },
      { inner: 300, outer: 340, radius: 320 },
    ];
    const random = randomLcg(7);
    const nodes = Array.from({ length: 60 }, (_, i) => ({ band: i % 3, x: (random() - 0.5) * 900, y: (random() - 0.5) * 900 }));
    const sim = forceSimulation(nodes)
      .randomSource(randomLcg(1))
      .force(
        'ring',
        forceRing<(typeof nodes)[number]>((n) => bands[n.band] ?? null),
      )
      .stop();
    sim.tick(300);
    for (const n of nodes) {
      const r = Math.hypot(n.x, n.y);
      const band = bands[n.band];
      expect(Number.isNaN(r)).toBe(false);
      expect(r).toBeGreaterThanOrEqual((band?.inner ?? 0) - 0.5);
      expect(r).toBeLessThanOrEqual((band?.outer ?? 0) + 0.5);
    }
  });

  it('has d3-style chained accessors', () => {
    const force = forceRing().strength(0.2).wall(0.5).x(10).y(-3).aspect(1.3);
    expect(force.strength()({}, 0, [])).toBe(0.2);
    expect([force.wall(), force.x(), force.y(), force.aspect()]).toEqual([0.5, 10, -3, 1.3]);
    expect(force.band()({}, 0, [])).toBeNull();
  });
});

describe('ring bands', () => {
  it('are ordered local → global, touching, and end at the outer radius', () => {
    const bands = ringBands([5, 1, 1, 4, 3, 0, 2], { outer: 200, step: 28, spacing: 78 });
    expect(bands).toHaveLength(7);
    expect(bands[0]?.inner).toBe(0);
    expect(bands[6]?.outer).toBeCloseTo(200);
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i]?.inner).toBeCloseTo(bands[i - 1]?.outer ?? NaN);
      expect(bands[i]!.radius).toBeGreaterThan(bands[i - 1]!.radius);
    }
  });
});

describe('the workshop layout', () => {
  for (const [w, h] of [
    [500, 420],
    [860, 760],
  ] as const) {
    it(`puts each actor in its scale's band at ${w}×${h}, with people and sessions shown, no NaN`, () => {
      const m = model(true, true);
      const layout = layoutGraph(m, { ...options, width: w, height: h, layout: 'rings' });
      for (const node of m.nodes) {
        expect(Number.isFinite(node.x)).toBe(true);
        expect(Number.isFinite(node.y)).toBe(true);
        const r = ringDistance(node.x ?? NaN, node.y ?? NaN, layout.aspect);
        expect(r).toBeLessThanOrEqual(layout.outer + 0.5);
        if (node.scaleIndex === null) continue;
        const band = layout.bands[node.scaleIndex]!;
        expect(r, node.id).toBeGreaterThanOrEqual(band.inner - 0.5);
        expect(r, node.id).toBeLessThanOrEqual(band.outer + 0.5);
      }
    });
  }

  it('gives identical positions on two runs, in both layouts', () => {
    for (const layout of ['rings', 'free'] as const) {
      const a = model(true, false);
      const b = model(true, false);
      layoutGraph(a, { ...options, layout });
      layoutGraph(b, { ...options, layout });
      expect(a.nodes.map((n) => [n.id, n.x, n.y])).toEqual(b.nodes.map((n) => [n.id, n.x, n.y]));
    }
  });

  it('settles within its tick budget, every node placed at a finite position', () => {
    const m = model(true, true);
    const { ticks } = layoutGraph(m, { ...options, layout: 'rings' });
    expect(ticks).toBeGreaterThan(0);
    expect(ticks).toBeLessThanOrEqual(tickBudget(m.nodes.length));
    for (const n of m.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
  });
});

describe('a drag in a large graph (localSimulation)', () => {
  // 400 synthetic actors laid out as the app lays them out, then one hub dragged 80 units aside.
  const { json, notes } = syntheticDataset(400);
  const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!loaded.ok) throw new Error('synthetic data invalid');
  const large = buildModel(loaded.dataset, { showPeople: false, showSessions: false, filters: noFilters });
  const laidOut = layoutGraph(large, { width: 900, height: 700, layout: 'rings' });
  const hub = [...large.nodes].sort((a, b) => b.degree - a.degree)[0]!;
  const ties = new Set(large.neighbours.get(hub.id));
  const moving = new Set([hub.id, ...ties]);
  const before = new Map(large.nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));

  const drag = localSimulation(large, moving, 'rings', laidOut);
  hub.fx = hub.x! + 80;
  hub.fy = hub.y!;
  drag.alpha(0.3);
  for (let i = 0; i < 60; i++) drag.tick();
  const after = new Map(large.nodes.map((n) => [n.id, { x: n.x!, y: n.y! }]));
  hub.fx = hub.fy = null;

  it('moves the node held and its neighbours, and no other node of the graph', () => {
    expect(ties.size).toBeGreaterThan(2);
    const moved = large.nodes.filter((n) => Math.hypot(after.get(n.id)!.x - before.get(n.id)!.x, after.get(n.id)!.y - before.get(n.id)!.y) > 1e-9);
    expect(moved.map((n) => n.id)).toContain(hub.id);
    for (const n of moved) expect(moving.has(n.id)).toBe(true);
    expect(moved.length).toBeGreaterThan(1);
  });

  it('draws the neighbours along towards where the node was dropped, none to a NaN', () => {
    for (const id of moving) expect(Number.isFinite(after.get(id)!.x) && Number.isFinite(after.get(id)!.y)).toBe(true);
    // On average, over the most connected nodes each dragged one way then the other from where the
    // layout left it: each neighbour is also held by its ring, its other ties and the nodes it
    // meets, so one drag alone may leave its neighbours where they are.
    const along: number[] = [];
    for (const held of [...large.nodes].sort((a, b) => b.degree - a.degree).slice(0, 4))
      for (const shift of [80, -80]) {
        for (const n of large.nodes) Object.assign(n, before.get(n.id), { vx: 0, vy: 0 });
        const neighbours = [...(large.neighbours.get(held.id) ?? [])];
        const local = localSimulation(large, new Set([held.id, ...neighbours]), 'rings', laidOut);
        held.fx = held.x! + shift;
        held.fy = held.y!;
        local.alpha(0.3);
        for (let i = 0; i < 60; i++) local.tick();
        held.fx = held.fy = null;
        const dx = neighbours.reduce((sum, id) => sum + large.nodeById.get(id)!.x! - before.get(id)!.x, 0) / neighbours.length;
        along.push(dx * Math.sign(shift));
      }
    expect(along.reduce((sum, a) => sum + a, 0) / along.length).toBeGreaterThan(1);
  });
});

describe('the order actors are spread around their rings in', () => {
  it('puts each component’s best-connected actor in its middle, its neighbours on either side, largest component first', () => {
    const { json, notes } = syntheticDataset(3000, { relations: 2600 });
    const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (path) => notes.get(path) });
    if (!loaded.ok) throw new Error('the synthetic dataset is invalid');
    const model = buildModel(loaded.dataset, { showPeople: false, showSessions: false, filters: noFilters });
    const order = spreadOrder(model);
    const actors = model.nodes.filter((n) => n.type === 'actor');
    expect(new Set(order.map((n) => n.id))).toEqual(new Set(actors.map((n) => n.id)));
    // The first component, as the order lays it out: every actor reachable from its first one.
    const reach = new Set<string>();
    const stack = [order[0]!.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reach.has(id)) continue;
      reach.add(id);
      for (const n of model.neighbours.get(id) ?? []) if (model.nodeById.get(n)?.type === 'actor') stack.push(n);
    }
    const first = order.slice(0, reach.size);
    expect(first.every((n) => reach.has(n.id))).toBe(true);
    const hub = [...first].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
    const at = first.indexOf(hub);
    expect(Math.abs(at - (first.length - 1) / 2)).toBeLessThanOrEqual(1);
    // Its nearest neighbours in the order are its own neighbours, one on each side.
    const ties = new Set(model.neighbours.get(hub.id));
    expect(ties.has(first[at - 1]!.id) || ties.has(first[at + 1]!.id)).toBe(true);
  });
});
