// The one store of view state: get, set through pure updates, subscribe. Views never talk to each
// other; they read from and write to this.
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Applies a pure update; listeners run only when the state object changed. */
  update(change: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
}

export interface StoreOptions {
  /**
   * Told once per error thrown by a listener or an update. The store goes on: every other listener
   * still sees every state, in order. Defaults to console.error.
   */
  onError?: (error: unknown) => void;
}

export function createStore<S>(initial: S, options: StoreOptions = {}): Store<S> {
  const onError = options.onError ?? ((error: unknown) => console.error('Maillage store:', error));
  let state = initial;
  const listeners = new Set<Listener<S>>();
  // An update made by a listener waits until every listener has seen the current change, so that
  // all of them see the same sequence of states, in order.
  const pending: ((state: S) => S)[] = [];
  let notifying = false;

  /** Runs a listener or an update in isolation: its error is reported and nothing else stops. */
  function isolated<T>(run: () => T, fallback: T): T {
    try {
      return run();
    } catch (error) {
      try {
        onError(error);
      } catch {
        // A failing reporter must not stop the store either.
      }
      return fallback;
    }
  }

  function apply(change: (state: S) => S) {
    const previous = state;
    const next = isolated(() => change(previous), previous);
    if (Object.is(next, previous)) return;
    state = next;
    notifying = true;
    try {
      for (const listener of [...listeners]) {
        if (listeners.has(listener)) isolated(() => listener(next, previous), undefined);
      }
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
