// The one store of view state: get, set through pure updates, subscribe. Views never talk to each
// other; they read from and write to this.
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Applies a pure update; listeners run only when the state object changed. */
  update(change: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(change) {
      const previous = state;
      const next = change(previous);
      if (Object.is(next, previous)) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
