import { describe, expect, it } from 'vitest';
import { inTasks, type Schedule } from '../../src/graph/taskSteps';

/** Tasks kept in a queue, run one at a time when the test says. */
function tasks() {
  const queue: { fn: () => void; live: boolean }[] = [];
  const schedule: Schedule = (fn) => {
    const task = { fn, live: true };
    queue.push(task);
    return () => {
      task.live = false;
    };
  };
  const runOne = () => {
    const task = queue.shift();
    if (task?.live) task.fn();
  };
  return { schedule, runOne, pending: () => queue.filter((t) => t.live).length };
}

describe('steps run in tasks of their own', () => {
  it('runs nothing at once, then one step per task, in order', () => {
    const { schedule, runOne, pending } = tasks();
    const seen: string[] = [];
    inTasks([() => void seen.push('words'), () => void seen.push('captions'), () => void seen.push('drawing')], schedule);
    expect(seen).toEqual([]);
    runOne();
    expect(seen).toEqual(['words']);
    runOne();
    runOne();
    expect(seen).toEqual(['words', 'captions', 'drawing']);
    expect(pending()).toBe(0);
  });

  it('drops the steps not yet run when cancelled, also from inside a step, and twice', () => {
    const { schedule, runOne, pending } = tasks();
    const seen: string[] = [];
    const cancel = inTasks([() => void seen.push('one'), () => void seen.push('two'), () => void seen.push('three')], schedule);
    runOne();
    cancel();
    cancel();
    runOne();
    expect(seen).toEqual(['one']);
    expect(pending()).toBe(0);

    const inside: string[] = [];
    const stop: { cancel: () => void } = { cancel: () => {} };
    stop.cancel = inTasks(
      [
        () => {
          inside.push('first');
          stop.cancel();
        },
        () => void inside.push('second'),
      ],
      schedule,
    );
    runOne();
    runOne();
    expect(inside).toEqual(['first']);
    expect(pending()).toBe(0);
  });

  it('runs the steps a step gives next, each in a task of its own, before the steps after it', () => {
    const { schedule, runOne, pending } = tasks();
    const seen: string[] = [];
    inTasks(
      [
        () => {
          seen.push('dress');
          return [() => void seen.push('part 1'), () => void seen.push('part 2')];
        },
        () => void seen.push('show'),
      ],
      schedule,
    );
    runOne();
    expect(seen).toEqual(['dress']);
    runOne();
    expect(seen).toEqual(['dress', 'part 1']);
    runOne();
    runOne();
    expect(seen).toEqual(['dress', 'part 1', 'part 2', 'show']);
    expect(pending()).toBe(0);
  });

  it('schedules nothing for no steps', () => {
    const { schedule, pending } = tasks();
    inTasks([], schedule);
    expect(pending()).toBe(0);
  });
});
