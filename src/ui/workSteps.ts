// Pure: running work written as a generator that yields between small steps, either at once or in
// slices of a few milliseconds between which the page draws and answers. One implementation of
// the work serves both: the map's first features are made in slices before the map exists, a
// later change at once (map/features.ts); a graph's captions and scene are dressed at once or a
// step per task (graph/captions.ts, graph/scene.ts, graph/taskSteps.ts).

/** Runs every step at once and returns the result. */
export function runAll<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps in slices of about `sliceMs`, awaiting `pause()` between slices; resolves with the
 * result, or with null if `cancelled()` says so at a pause. `later`: the first slice too after a
 * pause (not in the task that asks, such as the one that mounts a view). */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  pause: () => Promise<unknown>,
  options: { sliceMs?: number; cancelled?: () => boolean; later?: boolean } = {},
): Promise<T | null> {
  const { sliceMs = 8, cancelled = () => false, later = false } = options;
  if (later) {
    await pause();
    if (cancelled()) return null;
  }
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
  }
}
