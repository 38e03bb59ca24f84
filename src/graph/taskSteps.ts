// Work cut into steps, each run in a task of its own (a 0 ms timer by default): between two steps
// the page draws and answers input. The first drawing of a graph laid out in the worker goes this
// way (its words and ring captions, then its drawing), so that no step holds the page for long.

/** Runs `fn` in a later task; returns what cancels it. */
export type Schedule = (fn: () => void) => () => void;

export const nextTask: Schedule = (fn) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/** Runs `steps` in order, the first in the next task and each of the others in a task after the
 * one before. Returns a function that drops the steps not yet run (safe to call twice, and from
 * inside a step). */
export function inTasks(steps: readonly (() => void)[], schedule: Schedule = nextTask): () => void {
  let at = 0;
  let stopped = false;
  let pending: (() => void) | null = null;
  const next = () => {
    pending = schedule(() => {
      pending = null;
      steps[at++]?.();
      if (!stopped && at < steps.length) next();
    });
  };
  if (steps.length > 0) next();
  return () => {
    stopped = true;
    pending?.();
    pending = null;
  };
}
