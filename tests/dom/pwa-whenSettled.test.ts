// The offline copy's set-up waits for the load to be over: the load event, then an idle moment when
// nothing on the page says it is busy (the graph laid out, the map drawn), or a deadline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '../../src/pwa/whenSettled';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** requestIdleCallback held: the callbacks wait in the array until the test runs them. */
function stubIdle(): (() => void)[] {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  vi.stubGlobal('cancelIdleCallback', () => {});
  return idle;
}

/** A part of the page that says it is busy until `done()`. */
function busyPart() {
  const part = document.createElement('section');
  part.setAttribute('aria-busy', 'true');
  document.body.append(part);
  return { done: () => part.removeAttribute('aria-busy') };
}

describe('work kept until the load is over', () => {
  it('waits while a part of the page is busy, and runs at the first idle moment after', () => {
    const idle = stubIdle();
    const graph = busyPart();
    const map = busyPart();
    const run = vi.fn();
    whenSettled(run);
    // jsdom's document is loaded: the first idle moment is awaited at once.
    expect(idle).toHaveLength(1);
    idle.shift()!();
    graph.done();
    expect(run).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    idle.shift()!();
    expect(run).not.toHaveBeenCalled();
    map.done();
    idle.shift()!();
    expect(run).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(0);
  });

  it('runs at its deadline when a part stays busy (a map waiting for its tab), once', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    busyPart();
    const run = vi.fn();
    whenSettled(run, { deadlineMs: 3000 });
    await vi.advanceTimersByTimeAsync(2900);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the load event when the document is still loading, and runs nothing once cancelled', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const run = vi.fn();
    whenSettled(run);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).not.toHaveBeenCalled();
    readyState.mockReturnValue('complete');
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(600);
    expect(run).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    const cancel = whenSettled(never);
    cancel();
    cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(never).not.toHaveBeenCalled();
    readyState.mockRestore();
  });
});
