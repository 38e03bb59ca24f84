// Calls start() once, when the map is needed: when its container comes near the screen
// (IntersectionObserver), or when the browser is idle after the page's first drawing (idle: true).
// Until then MapLibre's chunk (≈290 kB gzip) and its worker (≈150 kB) are not fetched, so the graph
// draws first. With `after` (the graph's first drawing), a map already on screen waits for it too,
// and for two frames (the drawing on screen), then for the browser's next idle moment (at most a
// moment): the graph is seen, and the map's setup does not hold up that drawing nor the first
// clicks. Returns a function that cancels whatever is still pending; safe to call twice.
import { PHONE_QUERY } from '../ui/phoneQuery';

export interface WhenNeededOptions {
  /** Also start when the browser is idle after `after` has settled. */
  readonly idle: boolean;
  /** What must be drawn first (by default, the next two frames: the page's first drawing). */
  readonly after?: Promise<unknown>;
  /** How long to wait for `after` at most, in ms: a drawing that never comes does not keep the map away. */
  readonly afterDeadlineMs?: number;
  /** How far ahead of the screen the container starts the map (CSS margin, as IntersectionObserver). */
  readonly rootMargin?: string;
}

/** On screen, after the first drawing: the longest wait for an idle moment. */
const ON_SCREEN_IDLE_MS = 500;
/** Off screen: the longest wait for an idle moment. */
const OFF_SCREEN_IDLE_MS = 5000;

const nextFrames = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') resolve();
    else requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

/** The longest wait for the two frames after the first drawing (a hidden page has none). */
const FRAMES_DEADLINE_MS = 250;

/** The next two frames, or FRAMES_DEADLINE_MS, whichever is first. */
const nextFramesOrDeadline = () => Promise.race([nextFrames(), new Promise<void>((resolve) => setTimeout(resolve, FRAMES_DEADLINE_MS))]);

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
  /** Runs go when the browser is next idle, or after timeoutMs. */
  const whenIdle = (timeoutMs: number) => {
    if (done) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(go, { timeout: timeoutMs });
      cleanups.push(() => cancelIdleCallback(handle));
    } else {
      // Safari has no requestIdleCallback: a short delay stands in for it.
      const handle = window.setTimeout(go, Math.min(timeoutMs, 1500));
      cleanups.push(() => clearTimeout(handle));
    }
  };
  let drawn: Promise<unknown> | null = null;
  /** The first drawing, or the deadline. */
  const firstDrawing = () => {
    if (drawn) return drawn;
    const { after } = options;
    if (!after) return (drawn = nextFrames());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.afterDeadlineMs ?? 3000)));
    cleanups.push(() => clearTimeout(timer));
    // Then two frames: the drawing is on screen before the map's WebGL work starts. Where WebGL is
    // done in software (SwiftShader), making the first context holds the GPU process, which also
    // puts the page's frames on screen, for half a second to two: the graph, drawn in the page,
    // waited for it before it was seen.
    return (drawn = Promise.race([after, deadline])
      .finally(() => clearTimeout(timer))
      .then(nextFramesOrDeadline));
  };

  if (typeof IntersectionObserver !== 'function') {
    // Nothing can tell when the map is on screen: start now, or once the graph is drawn.
    if (options.after) void firstDrawing().then(go);
    else queueMicrotask(go);
    return cancel;
  }
  let onScreen = false;
  const observer = new IntersectionObserver(
    (entries) => {
      if (onScreen || !entries.some((entry) => entry.isIntersecting)) return;
      onScreen = true;
      if (!options.after) go();
      else void firstDrawing().then(() => whenIdle(ON_SCREEN_IDLE_MS));
    },
    { rootMargin: options.rootMargin ?? '25% 0px' },
  );
  observer.observe(target);
  cleanups.push(() => observer.disconnect());

  if (options.idle) void firstDrawing().then(() => whenIdle(OFF_SCREEN_IDLE_MS));
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
