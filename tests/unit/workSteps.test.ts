import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../src/ui/workSteps';

function* counted(log: string[]): Generator<void, number, void> {
  log.push('step');
  yield;
  log.push('step');
  return 2;
}

describe('runInSlices', () => {
  it('starts in the task that asks, unless asked to start later', async () => {
    const log: string[] = [];
    const pause = () => {
      log.push('pause');
      return Promise.resolve();
    };
    const now = runInSlices(counted(log), pause);
    expect(log).toEqual(['step', 'step']);
    expect(await now).toBe(2);

    log.length = 0;
    const later = runInSlices(counted(log), pause, { later: true });
    expect(log).toEqual(['pause']);
    expect(await later).toBe(2);
    expect(log).toEqual(['pause', 'step', 'step']);
  });

  it('runs nothing when cancelled before a later start', async () => {
    const log: string[] = [];
    const result = await runInSlices(counted(log), () => Promise.resolve(), { later: true, cancelled: () => true });
    expect(result).toBeNull();
    expect(log).toEqual([]);
  });
});
