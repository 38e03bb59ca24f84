// How many links or nodes the next step of a drawing made in slices paints (canvasPaint.ts
// paintSteps), from what the last step cost: a step is aimed at STEP_TARGET_MS, raster included,
// whatever the machine. A fixed count tuned to one machine made steps of 40–100 ms on a busy
// software canvas (250 long translucent links), and of a fraction of a millisecond on a fast one.
// Pure: the canvas renderer measures, this decides.

export interface StepPace {
  /** What a step should take (ms). */
  readonly targetMs: number;
  /** Fewest and most items a step paints. */
  readonly min: number;
  readonly max: number;
  /** A step grows at most this many times over the last one: a cheap step (its links off screen)
   * says little about the next one's cost. */
  readonly growth: number;
}

/** A batch of links or nodes is stroked in parts of this many (canvasPaint.ts StepCount.chunk): a
 * step ends where a part does, so the fewest items a step paints. */
export const PART_ITEMS = 64;
export const STEP_TARGET_MS = 8;
export const STEP_PACE: StepPace = { targetMs: STEP_TARGET_MS, min: PART_ITEMS, max: 4096, growth: 2 };

/** The size of the first step of a renderer's first drawing, before anything is measured. */
export const FIRST_STEP_ITEMS = 64;

/**
 * The next step's size, from the last one's: `size` the size it was given, `painted` how many items
 * it looked at (fewer when it ended where the links end), `ms` what it took. A step with no items
 * (the rings) tells nothing: the size stays.
 */
export function nextStepItems(size: number, painted: number, ms: number, pace: StepPace = STEP_PACE): number {
  const clamp = (n: number) => Math.max(pace.min, Math.min(pace.max, Math.round(n)));
  if (!(painted > 0) || !Number.isFinite(ms)) return clamp(size);
  const wanted = ms > 0 ? (pace.targetMs * painted) / ms : Infinity;
  return clamp(Math.min(wanted, Math.max(size, painted) * pace.growth));
}
