// Keeps a repeated piece of work to a share of the main thread: of the calls pushed, only the
// latest runs, and not before a pause of SHARE times as long as the last run took (at least
// MIN_GAP_MS). The layout's progress draws go through it: on a large graph a draw can take most of
// a second on a slow machine (in SVG its script, on a canvas the frame that rasters it), and the
// user's clicks must come first.
const SHARE = 4;
const MIN_GAP_MS = 200;

export function createThrottle(now: () => number = () => performance.now()) {
  let latest: (() => unknown) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** A run whose work is not over yet (it returned a promise). */
  let running = false;
  let nextAt = 0;

  function later() {
    if (latest && timer === null && !running) timer = setTimeout(run, Math.max(0, nextAt - now()));
  }

  function run() {
    timer = null;
    const work = latest;
    latest = null;
    if (!work) return;
    const start = now();
    const done = () => {
      running = false;
      nextAt = now() + Math.max(MIN_GAP_MS, SHARE * (now() - start));
      later();
    };
    const result = work();
    if (result instanceof Promise) {
      running = true;
      void result.then(done, done);
    } else done();
  }

  return {
    /** Runs `work` when the pause is over, in place of any work still waiting. Work that returns a
     * promise counts as running until it settles (a drawing whose cost comes in the next frame). */
    push(work: () => unknown) {
      latest = work;
      later();
    },
    cancel() {
      latest = null;
      // A run still waiting for its promise no longer holds up the next work pushed.
      running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
