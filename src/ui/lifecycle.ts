// The ending every view shares: what a view sets up (store subscriptions, event listeners,
// timers, child views) is handed to one lifecycle as it is made, and destroy() undoes all of it,
// once. A second destroy() does nothing, and `destroyed` tells late callbacks (a layout coming
// back, a chunk loaded on demand) that the view is gone.

/** Anything with add/removeEventListener: DOM nodes, windows, media queries, workers, channels. */
interface Listenable<E> {
  addEventListener(type: string, listener: (event: E) => void, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: string, listener: (event: E) => void, options?: boolean | EventListenerOptions): void;
}

export interface Lifecycle {
  /** Aborted by destroy(): pass it where a signal is taken (listeners, fetches). */
  readonly signal: AbortSignal;
  /** True once destroy() has begun. */
  readonly destroyed: boolean;
  /** Keeps a disposer (an unsubscribe, a clearTimeout, a remove) to run on destroy. */
  add(dispose: () => void): void;
  /** Adds a listener that destroy() removes. */
  on<E>(target: Listenable<E>, type: string, listener: (event: E) => void, options?: boolean | AddEventListenerOptions): void;
  /** Keeps a child view (anything with destroy()) and returns it. */
  own<T extends { destroy(): void }>(child: T): T;
  /** Runs every disposer once, in the order they were added; later calls do nothing. */
  destroy(): void;
}

export function createLifecycle(): Lifecycle {
  const controller = new AbortController();
  const disposers: (() => void)[] = [];
  let destroyed = false;

  function add(dispose: () => void) {
    // Too late to keep it: undo it at once, as destroy() would have.
    if (destroyed) dispose();
    else disposers.push(dispose);
  }

  return {
    signal: controller.signal,
    get destroyed() {
      return destroyed;
    },
    add,
    on(target, type, listener, options) {
      target.addEventListener(type, listener, options);
      const capture = typeof options === 'boolean' ? options : (options?.capture ?? false);
      add(() => target.removeEventListener(type, listener, capture));
    },
    own(child) {
      add(() => child.destroy());
      return child;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Every disposer runs even if one throws; the first error is rethrown at the end.
      const errors: unknown[] = [];
      for (const dispose of disposers.splice(0)) {
        try {
          dispose();
        } catch (error) {
          errors.push(error);
        }
      }
      controller.abort();
      if (errors.length > 0) throw errors[0];
    },
  };
}
