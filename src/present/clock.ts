// Elapsed time for the console, with the clock passed in (pure arithmetic and formatting; the
// ticking is the console's).
export type Now = () => number;

/** "4:05" under an hour, "1:02:09" past it; negative or broken times read as 0:00. */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Two stopwatches: since the start (or the last reset), and since the last step change. */
export function createStopwatch(now: Now) {
  let started = now();
  let stepStarted = started;
  return {
    reset() {
      started = now();
      stepStarted = started;
    },
    stepChanged() {
      stepStarted = now();
    },
    read() {
      const t = now();
      return { total: t - started, onStep: t - stepStarted };
    },
  };
}
