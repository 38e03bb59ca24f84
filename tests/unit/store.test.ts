import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store';

describe('the store', () => {
  it('notifies on change only', () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update((s) => s);
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([1]);
  });

  it('lets every listener see a change before an update made by a listener', () => {
    const store = createStore({ n: 0 });
    const first: number[] = [];
    const second: [number, number][] = [];
    store.subscribe((s) => {
      first.push(s.n);
      if (s.n === 1) store.update((x) => ({ n: x.n + 10 }));
    });
    store.subscribe((s, prev) => second.push([prev.n, s.n]));
    store.update(() => ({ n: 1 }));
    expect(first).toEqual([1, 11]);
    expect(second).toEqual([
      [0, 1],
      [1, 11],
    ]);
    expect(store.get().n).toBe(11);
  });

  it('stops notifying a listener once it unsubscribes', () => {
    const store = createStore({ n: 0 });
    const seen: number[] = [];
    const off = store.subscribe((s) => seen.push(s.n));
    store.update(() => ({ n: 1 }));
    off();
    store.update(() => ({ n: 2 }));
    expect(seen).toEqual([1]);
  });
});

describe('the store with a failing listener', () => {
  it('lets every other listener see every state in order, and reports each error once', () => {
    const errors: unknown[] = [];
    const store = createStore({ n: 0 }, { onError: (e) => errors.push(e) });
    const before: number[] = [];
    const after: [number, number][] = [];
    store.subscribe((s) => before.push(s.n));
    store.subscribe((s) => {
      if (s.n === 1) store.update((x) => ({ n: x.n + 1 })); // queued before the throw below
      throw new Error(`broken at ${s.n}`);
    });
    store.subscribe((s, prev) => after.push([prev.n, s.n]));
    store.update(() => ({ n: 1 }));
    expect(before).toEqual([1, 2]);
    expect(after).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['broken at 1', 'broken at 2']);
    // Nothing is left queued to fire on a later, unrelated update.
    store.update(() => ({ n: 10 }));
    expect(before).toEqual([1, 2, 10]);
    expect(store.get().n).toBe(10);
  });

  it('reports an update that throws and keeps the state and the queue as they were', () => {
    const errors: unknown[] = [];
    const store = createStore({ n: 0 }, { onError: (e) => errors.push(e) });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update(() => {
      throw new Error('bad update');
    });
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(1);
  });
});
