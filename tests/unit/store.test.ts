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
