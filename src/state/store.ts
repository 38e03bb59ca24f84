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
  // An update made by a listener waits until every listener has seen the current change, so that
  // all of them see the same sequence of states, in order.
  const pending: ((state: S) => S)[] = [];
  let notifying = false;

  function apply(change: (state: S) => S) {
    const previous = state;
    const next = change(previous);
    if (Object.is(next, previous)) return;
    state = next;
    notifying = true;
    try {
      for (const listener of [...listeners]) listener(next, previous);
    } finally {
      notifying = false;
    }
  }

  return {
    get: () => state,
    update(change) {
      pending.push(change);
      if (notifying) return;
      while (pending.length > 0) apply(pending.shift()!);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
