import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/ui/nextTask';

describe('a pause of one task', () => {
  it('lets what is already queued run first, and does not wait for a timer', async () => {
    const order: string[] = [];
    queueMicrotask(() => order.push('microtask'));
    const paused = nextTask().then(() => order.push('after the pause'));
    order.push('now');
    await paused;
    expect(order).toEqual(['now', 'microtask', 'after the pause']);
    // Many in a row end: nothing is left waiting.
    for (let i = 0; i < 50; i++) await nextTask();
  });
});
