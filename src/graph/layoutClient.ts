// The main thread's side of the layout worker: one request at a time, each with a new id; a newer
// request cancels the one before, and replies are checked with zod and dropped unless they answer
// the request in flight (a stale reply for an older dataset, filter or size never lands). Where
// there is no Worker (jsdom, or the worker failed to load) the same layout runs in-thread.
import { LayoutReplySchema, PROTOCOL_VERSION, type LayoutInput, type LayoutRequest } from './layoutProtocol';
import { computeLayout } from './layoutRun';

export interface LayoutCallbacks {
  /** Positions part way (node i at [2i, 2i + 1]). */
  progress(positions: Float64Array, tick: number, total: number): void;
  /** The settled positions. */
  done(positions: Float64Array): void;
}

/** What the client needs of a Worker (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export const layoutWorker = (): WorkerLike | null =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

export function createLayoutClient(makeWorker: () => WorkerLike | null = layoutWorker) {
  let worker: WorkerLike | null | undefined;
  let sequence = 0;
  let pending: { id: number; input: LayoutInput; callbacks: LayoutCallbacks } | null = null;

  /** Runs the pending request in-thread: the worker could not. */
  function fallBack() {
    const p = pending;
    pending = null;
    if (p) p.callbacks.done(computeLayout(p.input));
  }

  function onMessage(event: Event) {
    const parsed = LayoutReplySchema.safeParse((event as MessageEvent<unknown>).data);
    if (!parsed.success) return;
    const reply = parsed.data;
    if (!pending || reply.id !== pending.id) return;
    if (reply.type === 'progress') {
      pending.callbacks.progress(reply.positions, reply.tick, reply.total);
    } else if (reply.type === 'done') {
      const { callbacks } = pending;
      pending = null;
      callbacks.done(reply.positions);
    } else {
      fallBack();
    }
  }

  function onError() {
    shutDown();
    worker = null;
    fallBack();
  }

  function shutDown() {
    if (!worker) return;
    worker.removeEventListener('message', onMessage);
    worker.removeEventListener('error', onError);
    worker.terminate();
  }

  function connect(): WorkerLike | null {
    if (worker !== undefined) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', onMessage);
    worker?.addEventListener('error', onError);
    return worker;
  }

  function cancel() {
    if (!pending) return;
    worker?.postMessage({ type: 'cancel', version: PROTOCOL_VERSION, id: pending.id });
    pending = null;
  }

  return {
    /** Lays `input` out, superseding any request in flight; returns a function that cancels it.
     * Without a worker, `done` is called before this returns. */
    run(input: LayoutInput, callbacks: LayoutCallbacks): () => void {
      cancel();
      const id = ++sequence;
      const target = connect();
      pending = { id, input, callbacks };
      if (!target) {
        fallBack();
        return () => {};
      }
      target.postMessage({ type: 'layout', version: PROTOCOL_VERSION, id, input });
      return () => {
        if (pending?.id === id) cancel();
      };
    },
    /** Starts the worker ahead of the first request, so that its script is fetched and run
     * while the page is put together rather than after: the first layout's answer comes sooner. */
    warm(): void {
      connect();
    },
    destroy() {
      cancel();
      shutDown();
      worker = null;
    },
  };
}
