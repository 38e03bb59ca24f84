import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { buildModel, type GraphModel } from '../../src/graph/model';
import { createLayoutClient, type WorkerLike } from '../../src/graph/layoutClient';
import { createLayoutHandler } from '../../src/graph/layoutHandler';
import { LayoutReplySchema, LayoutRequestSchema, PROTOCOL_VERSION, type LayoutReply, type LayoutRequest } from '../../src/graph/layoutProtocol';
import { computeLayout, layoutInput, modelFromInput, positionsOf } from '../../src/graph/layoutRun';
import { layoutGraph, prepareLayout, restTicks, seedLayout, type LayoutOptions } from '../../src/graph/simulation';
import { noFilters } from '../../src/state/viewState';
import { syntheticDataset } from '../../scripts/synthetic';
import { workshop } from './graph-helpers';

const options: LayoutOptions = { width: 867, height: 787, layout: 'rings' };
const workshopModel = (showPeople = true, showSessions = true) => buildModel(workshop(), { showPeople, showSessions, filters: noFilters });

function syntheticModel(size: number): GraphModel {
  const { json, notes } = syntheticDataset(size);
  const loaded = loadDataset(json, { file: 'synthetic', readNote: (p) => notes.get(p) });
  if (!loaded.ok) throw new Error('synthetic data invalid');
  return buildModel(loaded.dataset, { showPeople: false, showSessions: true, filters: noFilters });
}

/** Runs a handler to the end: every scheduled slice in turn, with a clock that moves 60 ms per
 * reading, so a long layout is cut into several slices. */
function drive(requests: unknown[], between?: (handle: (data: unknown) => void, replies: LayoutReply[]) => void) {
  const replies: LayoutReply[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const handle = createLayoutHandler({
    post: (reply) => replies.push(reply),
    schedule: (fn) => queue.push(fn),
    now: () => (clock += 60),
  });
  for (const r of requests) handle(r);
  while (queue.length > 0) {
    queue.shift()!();
    between?.(handle, replies);
  }
  return replies;
}

const request = (id: number, model: GraphModel, o: LayoutOptions = options): Extract<LayoutRequest, { type: 'layout' }> => ({
  type: 'layout',
  version: PROTOCOL_VERSION,
  id,
  input: layoutInput(model, o),
});

describe('the layout in and out of the worker', () => {
  it('gives the same positions, bit for bit, for the workshop in both layouts and with a pin', { timeout: 60_000 }, () => {
    for (const layout of ['rings', 'free'] as const) {
      const pins = new Map([['actor:' + workshop().actors[0]!.id, { x: 40, y: -30 }]]);
      const o = { ...options, layout, pins };
      const inThread = workshopModel();
      layoutGraph(inThread, o);
      const expected = positionsOf(inThread.nodes);
      expect(computeLayout(layoutInput(workshopModel(), o))).toEqual(expected);
      const replies = drive([request(1, workshopModel(), o)]);
      const done = replies.find((r) => r.type === 'done');
      expect(done?.type === 'done' && done.positions).toEqual(expected);
    }
  });

  it('streams positions while it works on a large graph, then settles where the in-thread layout does', { timeout: 120_000 }, () => {
    const model = syntheticModel(600);
    const inThread = syntheticModel(600);
    const { ticks } = layoutGraph(inThread, options);
    const replies = drive([request(7, model)]);
    const progress = replies.filter((r) => r.type === 'progress');
    const done = replies.at(-1);
    expect(progress.length).toBeGreaterThan(1);
    // Each report is further on than the one before.
    const ticksSeen = progress.map((r) => (r.type === 'progress' ? r.tick : 0));
    expect([...ticksSeen].sort((a, b) => a - b)).toEqual(ticksSeen);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.id).toBe(7);
    expect(done.ticks).toBe(ticks);
    expect(done.positions).toEqual(positionsOf(inThread.nodes));
    // Positions come as a typed array, one x and y per node, and differ from the first report.
    expect(done.positions).toBeInstanceOf(Float64Array);
    expect(done.positions.length).toBe(model.nodes.length * 2);
    expect(progress[0]?.type === 'progress' && progress[0].positions).not.toEqual(done.positions);
  });
});

describe('the worker’s first report', () => {
  it('is the seeded rings, before any tick, exactly where seedLayout puts them in-thread, pins included', { timeout: 60_000 }, () => {
    const model = syntheticModel(600);
    const pinned = model.nodes[3]!.id;
    const o = { ...options, pins: new Map([[pinned, { x: 12, y: -34 }]]) };
    const inThread = syntheticModel(600);
    seedLayout(inThread, o);
    const replies = drive([request(4, model, o)]);
    const first = replies[0];
    expect(first).toMatchObject({ type: 'progress', id: 4, tick: 0 });
    expect(first?.type === 'progress' && first.positions).toEqual(positionsOf(inThread.nodes));
    // The pinned node is where it is held.
    const at = model.nodes.findIndex((n) => n.id === pinned);
    expect(first?.type === 'progress' && [first.positions[2 * at], first.positions[2 * at + 1]]).toEqual([12, -34]);
  });

  it('says how many ticks the layout will take, as many as it then takes', { timeout: 60_000 }, () => {
    for (const size of [40, 600]) {
      const model = syntheticModel(size);
      const replies = drive([request(5, model, options)]);
      const first = replies[0];
      const done = replies.at(-1);
      expect(done?.type).toBe('done');
      expect(first?.type === 'progress' && done?.type === 'done' && first.total).toBe(done?.type === 'done' && done.ticks);
      expect(restTicks(model.nodes.length)).toBe(prepareLayout(syntheticModel(size), options).ticks);
    }
  });

  it('comes from a request that carries every node and link of the model as they are', () => {
    const model = syntheticModel(300);
    const { model: rebuilt } = modelFromInput(layoutInput(model, options));
    expect(rebuilt.nodes).toEqual(model.nodes.map(({ id, type, scaleIndex, degree, radius }) => ({ id, type, scaleIndex, degree, radius })));
    expect(rebuilt.links).toEqual(model.links.map(({ from, to, family }) => ({ from, to, family })));
    expect(rebuilt.scaleCount).toBe(model.scaleCount);
    for (const n of model.nodes) expect(rebuilt.neighbours.get(n.id)).toEqual(model.neighbours.get(n.id));
    // Made once per model: a second request (another size) carries the same columns.
    const again = layoutInput(model, { ...options, width: 500 });
    expect(again.ids).toBe(layoutInput(model, options).ids);
    expect(again.width).toBe(500);
  });
});

describe('the worker protocol', () => {
  it('rejects malformed requests with an error reply, and lays nothing out', () => {
    const good = request(3, workshopModel(false, false));
    const bad: unknown[] = [
      { ...good, version: 99 },
      { ...good, type: 'shuffle' },
      { ...good, id: -1 },
      { ...good, input: { ...good.input, width: Number.NaN } },
      // A node of no known type; a link of no known family; a link to a node not sent; columns
      // of different lengths; a radius that is no number.
      { ...good, input: { ...good.input, types: good.input.types.map((t, i) => (i === 0 ? 7 : t)) } },
      { ...good, input: { ...good.input, families: good.input.families.map((f, i) => (i === 0 ? 42 : f)) } },
      { ...good, input: { ...good.input, ends: good.input.ends.map((e, i) => (i === 1 ? good.input.ids.length : e)) } },
      { ...good, input: { ...good.input, ids: good.input.ids.slice(1) } },
      { ...good, input: { ...good.input, radii: good.input.radii.map((r, i) => (i === 0 ? Number.NaN : r)) } },
      'layout please',
      null,
    ];
    for (const b of bad) expect(LayoutRequestSchema.safeParse(b).success).toBe(false);
    const replies = drive(bad);
    expect(replies).toHaveLength(bad.length);
    expect(replies.every((r) => r.type === 'error')).toBe(true);
    expect(replies[0]).toMatchObject({ type: 'error', id: 3 });
  });

  it('rejects replies whose positions are not a typed array', () => {
    const reply = { type: 'done', version: PROTOCOL_VERSION, id: 1, ticks: 3, positions: [1, 2, 3, 4] };
    expect(LayoutReplySchema.safeParse(reply).success).toBe(false);
    expect(LayoutReplySchema.safeParse({ ...reply, positions: new Float64Array(4) }).success).toBe(true);
  });

  it('stops a request that a newer one supersedes, and one that is cancelled', { timeout: 60_000 }, () => {
    const model = syntheticModel(400);
    const superseded = drive([request(1, model), request(2, workshopModel())]);
    expect(superseded.filter((r) => r.id === 1)).toEqual([]);
    expect(superseded.at(-1)).toMatchObject({ type: 'done', id: 2 });
    const cancelled = drive([request(5, model)], (handle, replies) => {
      if (replies.length === 1) handle({ type: 'cancel', version: PROTOCOL_VERSION, id: 5 });
    });
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.type).toBe('progress');
  });
});

/** A worker that keeps what it is sent and answers only when told. */
function fakeWorker() {
  const sent: LayoutRequest[] = [];
  const listeners = new Map<string, ((e: Event) => void)[]>();
  const worker: WorkerLike = {
    postMessage: (m) => void sent.push(m),
    addEventListener: (type, fn) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    removeEventListener: (type, fn) =>
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((f) => f !== fn),
      ),
    terminate: () => listeners.clear(),
  };
  const reply = (data: unknown) => listeners.get('message')?.forEach((fn) => fn(new MessageEvent('message', { data })));
  const fail = () => listeners.get('error')?.forEach((fn) => fn(new Event('error')));
  return { worker, sent, reply, fail };
}

describe('the layout client', () => {
  const input = () => layoutInput(workshopModel(false, false), options);

  it('drops stale and malformed replies, and takes the one for the request in flight', () => {
    const fake = fakeWorker();
    const client = createLayoutClient(() => fake.worker);
    const seen: string[] = [];
    client.run(input(), { progress: () => seen.push('old progress'), done: () => seen.push('old done') });
    client.run(input(), { progress: (_p, tick) => seen.push(`progress ${tick}`), done: (p) => seen.push(`done ${p.length}`) });
    const [first, cancel, second] = fake.sent;
    expect(first?.type).toBe('layout');
    expect(cancel).toMatchObject({ type: 'cancel', id: first?.id });
    expect(second?.type).toBe('layout');
    const positions = new Float64Array(4);
    fake.reply({ type: 'done', version: PROTOCOL_VERSION, id: first!.id, ticks: 300, positions });
    fake.reply({ type: 'done', version: PROTOCOL_VERSION, id: second!.id, ticks: 300, positions: [0, 0] });
    fake.reply({ type: 'progress', version: PROTOCOL_VERSION, id: second!.id, tick: 10, total: 300, positions });
    expect(seen).toEqual(['progress 10']);
    fake.reply({ type: 'done', version: PROTOCOL_VERSION, id: second!.id, ticks: 300, positions });
    fake.reply({ type: 'done', version: PROTOCOL_VERSION, id: second!.id, ticks: 300, positions });
    expect(seen).toEqual(['progress 10', 'done 4']);
    client.destroy();
    client.destroy();
  });

  it('starts its worker ahead when warmed, once, and sends the first request to that worker', () => {
    const fake = fakeWorker();
    const made = vi.fn(() => fake.worker);
    const client = createLayoutClient(made);
    client.warm();
    client.warm();
    expect(made).toHaveBeenCalledTimes(1);
    expect(fake.sent).toEqual([]);
    let got: Float64Array | null = null;
    client.run(input(), { progress: () => {}, done: (p) => (got = p) });
    expect(made).toHaveBeenCalledTimes(1);
    expect(fake.sent.map((m) => m.type)).toEqual(['layout']);
    const positions = new Float64Array(4);
    fake.reply({ type: 'done', version: PROTOCOL_VERSION, id: fake.sent[0]!.id, ticks: 300, positions });
    expect(got).toBe(positions);
    client.destroy();
  });

  it('lays out in-thread, with the same positions, where there is no worker or it fails', () => {
    const expected = computeLayout(input());
    const without = createLayoutClient(() => null);
    let got: Float64Array | null = null;
    without.run(input(), { progress: () => {}, done: (p) => (got = p) });
    expect(got).toEqual(expected);

    const fake = fakeWorker();
    const failing = createLayoutClient(() => fake.worker);
    let after: Float64Array | null = null;
    failing.run(input(), { progress: () => {}, done: (p) => (after = p) });
    expect(after).toBeNull();
    fake.fail();
    expect(after).toEqual(expected);
  });
});
