// Label placement for a large graph, in slices: each animation frame places labels (most
// important first) for at most FRAME_BUDGET_MS, then hands the frame back, so placing thousands
// of labels never blocks a frame. A new start (the view zoomed, the layout settled, the selection
// changed) drops the slices of the one before.
import type { LabelPlacer, PlacedLabel } from './labels';

/** A frame is ~16 ms; the browser needs the rest for style, layout and paint. */
export const FRAME_BUDGET_MS = 6;

export interface FrameClock {
  request(fn: () => void): number;
  cancel(handle: number): void;
  now(): number;
}

export const browserClock = (): FrameClock =>
  typeof requestAnimationFrame === 'function'
    ? { request: (fn) => requestAnimationFrame(fn), cancel: (h) => cancelAnimationFrame(h), now: () => performance.now() }
    : { request: (fn) => Number(setTimeout(fn, 16)), cancel: (h) => clearTimeout(h), now: () => performance.now() };

export function createLabelScheduler(clock: FrameClock = browserClock()) {
  let handle: number | null = null;

  function cancel() {
    if (handle !== null) clock.cancel(handle);
    handle = null;
  }

  return {
    /** Places `placer`'s labels over the next frames; `onSlice` gets each frame's labels. */
    start(placer: LabelPlacer, onSlice: (labels: PlacedLabel[], done: boolean) => void) {
      cancel();
      const step = () => {
        handle = null;
        const until = clock.now() + FRAME_BUDGET_MS;
        const labels = placer.place(() => clock.now() >= until);
        if (!placer.done) handle = clock.request(step);
        onSlice(labels, placer.done);
      };
      handle = clock.request(step);
    },
    cancel,
  };
}
