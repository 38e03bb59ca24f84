// Keeps a repeated piece of work to a share of the main thread: of the calls pushed, only the
// latest runs, and not before a pause of SHARE times as long as the last run took (at least
// MIN_GAP_MS). The layout's progress draws go through it: on a large graph in SVG a draw can take
// most of a second on a slow machine, and the user's clicks must come first.
const SHARE = 4;
const MIN_GAP_MS = 200;

export function createThrottle(now: () => number = () => performance.now()) {
  let latest: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let nextAt = 0;

  function run() {
    timer = null;
    const work = latest;
    latest = null;
    if (!work) return;
    const start = now();
    work();
    const took = now() - start;
    nextAt = now() + Math.max(MIN_GAP_MS, SHARE * took);
  }

  return {
    /** Runs `work` when the pause is over, in place of any work still waiting. */
    push(work: () => void) {
      latest = work;
      if (timer === null) timer = setTimeout(run, Math.max(0, nextAt - now()));
    },
    cancel() {
      latest = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
