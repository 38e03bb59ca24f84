// Waiting for the browser's next frame: a task queued from a requestAnimationFrame callback runs
// once that frame's style, layout, paint (and a canvas's raster) are done.

/** Runs `fn` once the next frame is painted; at once where there are no frames (tests, jsdom
 * without them). */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') fn();
  else requestAnimationFrame(() => setTimeout(fn, 0));
}

/** The same, as a promise. */
export const afterNextFrame = (): Promise<void> => new Promise((resolve) => afterNextPaint(resolve));
