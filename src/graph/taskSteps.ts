// Work cut into steps, each run in a task of its own (a 0 ms timer by default): between two steps
// the page draws and answers input. The first drawing of a graph laid out in the worker goes this
// way (its words and ring captions, what the renderer needs of them, then its drawing), so that
// no step holds the page for long.

/** Runs `fn` in a later task; returns what cancels it. */
export type Schedule = (fn: () => void) => () => void;

/** A step may give more steps, run next (each in a task of its own) before the steps after it. */
export type Step = () => void | readonly Step[];

export const nextTask: Schedule = (fn) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/** Runs `steps` in order, the first in the next task and each of the others in a task after the
 * one before. Returns a function that drops the steps not yet run (safe to call twice, and from
 * inside a step). */
export function inTasks(steps: readonly Step[], schedule: Schedule = nextTask): () => void {
  const queue = [...steps];
  let stopped = false;
  let pending: (() => void) | null = null;
  const next = () => {
    pending = schedule(() => {
      pending = null;
      const more = queue.shift()?.();
      if (more) queue.unshift(...more);
      if (!stopped && queue.length > 0) next();
    });
  };
  if (queue.length > 0) next();
  return () => {
    stopped = true;
    pending?.();
    pending = null;
  };
}
