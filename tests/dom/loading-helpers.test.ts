// Small helpers on the way to a drawing: when the map is started, how often progress draws, the
// language kept between visits, whether WebGL 2 is there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNeeded, idleLoadWanted } from '../../src/map/whenNeeded';
import { createThrottle } from '../../src/graph/throttle';
import { readLanguage, writeLanguage } from '../../src/state/persist';
import { hasWebGL2, webGL2Available, type ProbeWorker } from '../../src/map/webgl';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** An IntersectionObserver the test drives: `show()` brings the observed element on screen. */
function stubIntersection() {
  const observers: { callback: IntersectionObserverCallback; disconnected: boolean }[] = [];
  class FakeObserver {
    entry: { callback: IntersectionObserverCallback; disconnected: boolean };
    constructor(callback: IntersectionObserverCallback) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    observers,
    show: (on: boolean) => {
      for (const o of observers) if (!o.disconnected) o.callback([{ isIntersecting: on } as IntersectionObserverEntry], {} as IntersectionObserver);
    },
  };
}

describe('starting the map when it is needed', () => {
  it('starts once, when its container comes near the screen', () => {
    const { show, observers } = stubIntersection();
    const start = vi.fn();
    whenNeeded(document.body, start, { idle: false });
    show(false);
    expect(start).not.toHaveBeenCalled();
    show(true);
    show(true);
    expect(start).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('starts when the browser is idle after the first drawing, unless cancelled first', async () => {
    stubIntersection();
    const idle = stubIdle();
    instantFrames();
    const start = vi.fn();
    const { after, drawn } = firstDrawing();
    whenNeeded(document.body, start, { idle: true, after });
    expect(idle).toHaveLength(0);
    drawn();
    await settled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(start).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    const cancel = whenNeeded(document.body, never, { idle: true, after: Promise.resolve() });
    cancel();
    cancel();
    await Promise.resolve();
    await Promise.resolve();
    expect(never).not.toHaveBeenCalled();
  });

  it("on screen, waits for the graph's first drawing, then for an idle moment", async () => {
    const { show } = stubIntersection();
    const idle = stubIdle();
    instantFrames();
    const start = vi.fn();
    const { after, drawn } = firstDrawing();
    whenNeeded(document.body, start, { idle: false, after });
    show(true);
    await settled();
    expect(idle).toHaveLength(0);
    expect(start).not.toHaveBeenCalled();
    drawn();
    await settled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('after the first drawing, waits for two frames (the drawing on screen) before the idle moment', async () => {
    const { show } = stubIntersection();
    const idle = stubIdle();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
    const start = vi.fn();
    const { after, drawn } = firstDrawing();
    whenNeeded(document.body, start, { idle: false, after });
    show(true);
    drawn();
    await settled();
    expect(frames).toHaveLength(1);
    expect(idle).toHaveLength(0);
    frames.shift()!();
    await settled();
    expect(idle).toHaveLength(0);
    frames.shift()!();
    await settled();
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait for frames that do not come (a hidden page) past a moment', async () => {
    vi.useFakeTimers();
    const { show } = stubIntersection();
    const idle = stubIdle();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const start = vi.fn();
    whenNeeded(document.body, start, { idle: false, after: Promise.resolve() });
    show(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a first drawing that never comes past its deadline', async () => {
    vi.useFakeTimers();
    const { show } = stubIntersection();
    vi.stubGlobal('requestIdleCallback', undefined);
    const start = vi.fn();
    whenNeeded(document.body, start, { idle: false, after: new Promise(() => {}), afterDeadlineMs: 1000 });
    show(true);
    await vi.advanceTimersByTimeAsync(900);
    expect(start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once where nothing can tell whether it is on screen', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const start = vi.fn();
    whenNeeded(document.body, start, { idle: false });
    await Promise.resolve();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('does not fetch the map when idle on a phone, nor when the browser asks to save data', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('max-width') }));
    expect(idleLoadWanted()).toBe(false);
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(idleLoadWanted()).toBe(true);
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    expect(idleLoadWanted()).toBe(false);
  });
});

describe('a throttle for progress draws', () => {
  it('runs only the latest work pushed, and waits after a long run', () => {
    vi.useFakeTimers();
    let clock = 0;
    const throttle = createThrottle(() => clock);
    const ran: string[] = [];
    throttle.push(() => ran.push('first'));
    throttle.push(() => {
      ran.push('second');
      clock += 100; // a run of 100 ms
    });
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['second']);
    throttle.push(() => ran.push('third'));
    // Four times the last run must pass before the next one.
    vi.advanceTimersByTime(399);
    expect(ran).toEqual(['second']);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['second', 'third']);
    throttle.push(() => ran.push('cancelled'));
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['second', 'third']);
  });
});

describe('a throttle for progress draws whose cost comes later', () => {
  it('counts a run until its promise settles, and runs nothing meanwhile', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const throttle = createThrottle(() => clock);
    const ran: string[] = [];
    let finish = () => {};
    throttle.push(() => {
      ran.push('drawn');
      // The frame that rasters the drawing ends 300 ms later.
      return new Promise<void>((resolve) => (finish = resolve));
    });
    vi.advanceTimersByTime(0);
    throttle.push(() => ran.push('next'));
    vi.advanceTimersByTime(5000);
    expect(ran).toEqual(['drawn']);
    clock += 300;
    finish();
    await vi.advanceTimersByTimeAsync(0);
    // Four times the 300 ms before the next one.
    await vi.advanceTimersByTimeAsync(1199);
    expect(ran).toEqual(['drawn']);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['drawn', 'next']);
    vi.useRealTimers();
  });
});

describe('the language kept between visits', () => {
  it('reads back what was written, and ignores what it cannot read', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    expect(readLanguage(storage)).toBeUndefined();
    writeLanguage(storage, 'en');
    expect(readLanguage(storage)).toBe('en');
    kept.set('maillage:lang', 'klingon');
    expect(readLanguage(storage)).toBeUndefined();
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readLanguage(blocked)).toBeUndefined();
    expect(() => writeLanguage(blocked, 'fr')).not.toThrow();
    expect(readLanguage(undefined)).toBeUndefined();
  });
});

describe('WebGL 2', () => {
  it('is reported missing where the canvas gives no context or throws, and present where it does', () => {
    const original = HTMLCanvasElement.prototype.getContext;
    try {
      HTMLCanvasElement.prototype.getContext = () => null;
      expect(hasWebGL2()).toBe(false);
      HTMLCanvasElement.prototype.getContext = () => {
        throw new Error('blocked');
      };
      expect(hasWebGL2()).toBe(false);
      const lose = vi.fn();
      HTMLCanvasElement.prototype.getContext = (() => fakeGL(lose, true)) as never;
      expect(hasWebGL2()).toBe(true);
      // The probe's context is given back at once: browsers allow only a few.
      expect(lose).toHaveBeenCalledTimes(1);
      // A context whose shaders do not link cannot draw the map.
      HTMLCanvasElement.prototype.getContext = (() => fakeGL(lose, false)) as never;
      expect(hasWebGL2()).toBe(false);
      expect(lose).toHaveBeenCalledTimes(2);
    } finally {
      HTMLCanvasElement.prototype.getContext = original;
    }
  });

  it("takes a worker's yes without a check in the page, and checks in the page when the worker says no, fails or cannot run", async () => {
    const inPage = vi.fn(() => true);
    const answering = (reply: 'yes' | 'no' | 'error') => {
      const worker = fakeWorker(reply);
      return { worker, make: () => worker };
    };
    const yes = answering('yes');
    await expect(webGL2Available(yes.make, inPage)).resolves.toBe(true);
    expect(inPage).not.toHaveBeenCalled();
    expect(yes.worker.terminate).toHaveBeenCalledTimes(1);

    const no = answering('no');
    await expect(webGL2Available(no.make, inPage)).resolves.toBe(true);
    expect(inPage).toHaveBeenCalledTimes(1);
    expect(no.worker.terminate).toHaveBeenCalledTimes(1);

    await expect(webGL2Available(answering('error').make, () => false)).resolves.toBe(false);
    await expect(
      webGL2Available(
        () => null,
        () => true,
      ),
    ).resolves.toBe(true);
    await expect(
      webGL2Available(
        () => {
          throw new Error('blocked by the CSP');
        },
        () => false,
      ),
    ).resolves.toBe(false);
  });
});

/** Lets every pending promise callback run. */
/** requestIdleCallback held: the callbacks wait in the array until the test runs them. */
function stubIdle(): (() => void)[] {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  vi.stubGlobal('cancelIdleCallback', () => idle.splice(0));
  return idle;
}

/** Frames that come at once. */
function instantFrames() {
  vi.stubGlobal('requestAnimationFrame', (fn: (t: number) => void) => {
    fn(0);
    return 0;
  });
}

/** The graph's first drawing, as a promise the test resolves with `drawn`. */
function firstDrawing(): { after: Promise<void>; drawn: () => void } {
  let drawn!: () => void;
  const after = new Promise<void>((resolve) => (drawn = resolve));
  return { after, drawn };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A WebGL 2 context as far as the probe uses it: shaders that link or not. */
function fakeGL(lose: () => void, links: boolean) {
  return {
    VERTEX_SHADER: 1,
    FRAGMENT_SHADER: 2,
    LINK_STATUS: 3,
    createProgram: () => ({}),
    createShader: () => ({}),
    shaderSource: () => {},
    compileShader: () => {},
    attachShader: () => {},
    linkProgram: () => {},
    getProgramParameter: () => links,
    deleteShader: () => {},
    deleteProgram: () => {},
    getExtension: () => ({ loseContext: lose }),
  };
}

/** A worker that answers as told, on the next turn. */
function fakeWorker(reply: 'yes' | 'no' | 'error') {
  const listeners = new Map<string, (event: Event) => void>();
  setTimeout(() => {
    if (reply === 'error') listeners.get('error')?.(new Event('error'));
    else listeners.get('message')?.(new MessageEvent('message', { data: { ok: reply === 'yes' } }));
  }, 0);
  const worker = { addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener), terminate: vi.fn(() => {}) };
  return worker satisfies ProbeWorker;
}
