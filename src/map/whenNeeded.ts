// Calls start() once, when the map is needed: when its container comes near the screen
// (IntersectionObserver), or when the browser is idle after the page's first drawing (idle: true).
// Until then MapLibre's chunk (≈290 kB gzip) and its worker (≈150 kB) are not fetched, so the graph
// draws first. Returns a function that cancels whatever is still pending; safe to call twice.
import { PHONE_QUERY } from '../ui/phoneQuery';

export interface WhenNeededOptions {
  /** Also start when the browser is idle after `after` has settled. */
  readonly idle: boolean;
  /** What must be drawn first (by default, the next two frames: the page's first drawing). */
  readonly after?: Promise<unknown>;
  /** How far ahead of the screen the container starts the map (CSS margin, as IntersectionObserver). */
  readonly rootMargin?: string;
}

const nextFrames = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') resolve();
    else requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

export function whenNeeded(target: Element, start: () => void, options: WhenNeededOptions): () => void {
  let done = false;
  const cleanups: Array<() => void> = [];
  const cancel = () => {
    done = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const go = () => {
    if (done) return;
    cancel();
    start();
  };

  if (typeof IntersectionObserver !== 'function') {
    // Nothing can tell when the map is on screen: start now.
    queueMicrotask(go);
    return cancel;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) go();
    },
    { rootMargin: options.rootMargin ?? '25% 0px' },
  );
  observer.observe(target);
  cleanups.push(() => observer.disconnect());

  if (options.idle) {
    let idleHandle: number | undefined;
    void (options.after ?? nextFrames()).then(() => {
      if (done) return;
      if (typeof requestIdleCallback === 'function') {
        idleHandle = requestIdleCallback(go, { timeout: 5000 });
        cleanups.push(() => cancelIdleCallback(idleHandle ?? 0));
      } else {
        // Safari has no requestIdleCallback: a short delay after the first drawing stands in for it.
        idleHandle = window.setTimeout(go, 1500);
        cleanups.push(() => clearTimeout(idleHandle));
      }
    });
  }
  return cancel;
}

/** Whether to fetch the map when idle even if it is not on screen: not on a phone-sized screen
 * (the map is behind its tab there and mobile data is dear; it starts when its tab is opened),
 * nor when the browser asks to save data. */
export function idleLoadWanted(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return false;
  return !(window.matchMedia?.(PHONE_QUERY).matches ?? false);
}
