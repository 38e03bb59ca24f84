// The canvas renderer during a pan or zoom: each frame shows the last full drawing moved, copied
// aside once when the gesture starts (not after every drawing: at 5,000 actors a copy per tick
// made a node drag crawl), and the graph is drawn in full again once the gesture rests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCanvasRenderer, SETTLE_MS, type CanvasRendererOptions } from '../../src/graph/canvasRenderer';
import { buildModel } from '../../src/graph/model';
import { buildScene } from '../../src/graph/scene';
import { noFilters } from '../../src/state/viewState';
import { workshop } from '../unit/graph-helpers';

interface Call {
  readonly canvas: HTMLCanvasElement;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** A 2D context that does nothing but write down what it was asked, per canvas. */
function recordingContexts() {
  const calls: Call[] = [];
  const original = HTMLCanvasElement.prototype.getContext;
  const contexts = new WeakMap<HTMLCanvasElement, unknown>();
  function getContext(canvas: HTMLCanvasElement) {
    let context = contexts.get(canvas);
    if (!context) {
      const store: Record<string | symbol, unknown> = {};
      context = new Proxy(store, {
        get(target, key) {
          if (key in target) return target[key];
          if (key === 'canvas') return canvas;
          return (...args: unknown[]) => {
            calls.push({ canvas, method: String(key), args });
            if (key === 'measureText') return { width: 7 * String(args[0]).length };
            if (key === 'getTransform') return { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
            return { addColorStop() {} };
          };
        },
        set(target, key, value) {
          target[key] = value;
          return true;
        },
      });
      contexts.set(canvas, context);
    }
    return context;
  }
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    return getContext(this);
  } as typeof HTMLCanvasElement.prototype.getContext;
  return { calls, restore: () => (HTMLCanvasElement.prototype.getContext = original) };
}

/** jsdom has no Path2D: a path that takes any figure and draws nothing (the context records its use). */
class StubPath2D {
  constructor() {
    return new Proxy(this, { get: (target, key) => (key in target ? target[key as keyof StubPath2D] : () => undefined) });
  }
}

/** Time passes on fake clocks: the frames come in order whatever the machine's load. */
const frames = (ms: number) => vi.advanceTimersByTime(ms);
/** Long enough for the renderer's next frame. */
const NEXT_FRAME_MS = 40;

/** A canvas renderer of the workshop's scene whose 2D contexts record what they are asked. */
function recordedRenderer(onRestore: (restore: () => void) => void, options: CanvasRendererOptions = {}) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  const hadPath2D = 'Path2D' in globalThis;
  if (!hadPath2D) Object.assign(globalThis, { Path2D: StubPath2D });
  const recording = recordingContexts();
  onRestore(() => {
    recording.restore();
    if (!hadPath2D) delete (globalThis as { Path2D?: unknown }).Path2D;
  });
  const dataset = workshop();
  const size = { width: 600, height: 400 };
  const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
  const { scene } = buildScene(dataset, model, { ...size, layout: 'rings', lang: 'fr' });
  const parent = document.createElement('div');
  document.body.append(parent);
  const renderer = createCanvasRenderer(parent, size.width, size.height, options);
  const shown = parent.querySelector('canvas')!;
  renderer.setScene(scene, { surface: 'Graphe', pinned: 'épinglé', inSelection: 'dans la sélection', summary: '', list: '' });
  const end = () => {
    renderer.destroy();
    parent.remove();
  };
  return { calls: recording.calls, model, scene, renderer, shown, end };
}

describe('the canvas during a pan', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });

  it('moves the last drawing, copied once per gesture, then draws in full when the gesture rests', () => {
    const { calls, renderer, shown, end } = recordedRenderer((r) => (restore = r));
    const onScreen = (from: number, method: string) => calls.slice(from).filter((c) => c.canvas === shown && c.method === method);
    const copies = (from: number) => calls.slice(from).filter((c) => c.canvas !== shown && c.method === 'drawImage');

    frames(NEXT_FRAME_MS);
    expect(onScreen(0, 'fill').length).toBeGreaterThan(0);
    // A tick of the layout (a node dragged) draws again, and copies nothing.
    let mark = calls.length;
    renderer.draw();
    frames(NEXT_FRAME_MS);
    expect(onScreen(mark, 'fill').length).toBeGreaterThan(0);
    expect(copies(0)).toHaveLength(0);

    // The pan's first frame: one copy of the drawing, shown 30 px to the right; no node drawn.
    mark = calls.length;
    renderer.setTransform({ x: 30, y: 0, k: 1 });
    frames(NEXT_FRAME_MS);
    expect(copies(mark)).toHaveLength(1);
    expect(copies(mark)[0]!.args[0]).toBe(shown);
    const moved = onScreen(mark, 'drawImage');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.args.slice(1, 3)).toEqual([30, 0]);
    expect(onScreen(mark, 'fill')).toHaveLength(0);

    // The next frame of the same gesture moves the same copy further, and copies nothing more.
    mark = calls.length;
    renderer.setTransform({ x: 55, y: 10, k: 1 });
    frames(NEXT_FRAME_MS);
    expect(copies(mark)).toHaveLength(0);
    expect(onScreen(mark, 'drawImage').map((c) => c.args.slice(1, 3))).toEqual([[55, 10]]);

    // At rest: the whole graph drawn again, at its new place.
    mark = calls.length;
    frames(SETTLE_MS + NEXT_FRAME_MS);
    expect(onScreen(mark, 'fill').length).toBeGreaterThan(0);
    expect(onScreen(mark, 'drawImage')).toHaveLength(0);
    end();
  });

  it('while a few nodes move, draws the rest once and only those nodes each frame', () => {
    const { calls, model, scene, renderer, shown, end } = recordedRenderer((r) => (restore = r));
    frames(NEXT_FRAME_MS);

    const held = scene.nodes[0]!.node;
    const moving = new Set([held.id, ...(model.neighbours.get(held.id) ?? [])]);
    let mark = calls.length;
    renderer.setMoving?.(moving, held.id);
    frames(NEXT_FRAME_MS);
    const aside = calls.slice(mark).filter((c) => c.canvas !== shown && c.method === 'fill');
    expect(aside.length).toBeGreaterThan(0);
    // The rings are drawn in the still part only (one ellipse per scale band), never over it.
    const ellipses = (from: number, onShown: boolean) => calls.slice(from).filter((c) => (c.canvas === shown) === onShown && c.method === 'ellipse');
    expect(ellipses(mark, false).length).toBe(scene.rings.length);
    expect(ellipses(mark, true)).toHaveLength(0);

    // Three ticks: each frame shows the still part and draws over it; the still part is not drawn again.
    for (let tick = 0; tick < 3; tick++) {
      held.x = (held.x ?? 0) + 5;
      mark = calls.length;
      renderer.draw();
      frames(NEXT_FRAME_MS);
      const onShown = calls.slice(mark).filter((c) => c.canvas === shown);
      expect(onShown.filter((c) => c.method === 'drawImage').map((c) => c.args[0])).toEqual([
        calls.find((c) => c.canvas !== shown && c.method === 'fill')!.canvas,
      ]);
      expect(onShown.filter((c) => c.method === 'fill').length).toBeGreaterThan(0);
      expect(calls.slice(mark).filter((c) => c.canvas !== shown && c.method === 'fill')).toHaveLength(0);
    }

    // At rest: one full drawing again, rings and all, with no copy.
    mark = calls.length;
    renderer.setMoving?.(null);
    frames(NEXT_FRAME_MS);
    expect(ellipses(mark, true).length).toBe(scene.rings.length);
    expect(calls.slice(mark).filter((c) => c.canvas === shown && c.method === 'drawImage')).toHaveLength(0);
    end();
  });
});

describe('a large graph’s drawing, made aside in slices', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });

  // The workshop's scene stands for a large one: every graph is drawn in slices here, each slice
  // one step of the drawing (rings, links, nodes and labels).
  const sliced = () => recordedRenderer((r) => (restore = r), { slicedFrom: 0, sliceMs: 0 });

  it('gives the page back between slices, and shows the drawing only once it is complete', async () => {
    const { calls, renderer, shown, end } = sliced();
    const on = (canvas: HTMLCanvasElement, method: string) => calls.filter((c) => c.canvas === canvas && c.method === method);
    const aside = () => calls.filter((c) => c.canvas !== shown);
    let drawn = false;
    void renderer.drawn?.().then(() => (drawn = true));

    // The first frame: the first slice begins the drawing aside; nothing is on the canvas yet.
    vi.advanceTimersToNextTimer();
    expect(aside().length).toBeGreaterThan(0);
    expect(on(shown, 'drawImage')).toHaveLength(0);
    let slices = 1;
    while (on(shown, 'drawImage').length === 0 && slices < 50) {
      vi.advanceTimersToNextTimer();
      slices++;
    }
    // Several tasks, each ending with the canvas rastering what it was asked (getImageData).
    expect(slices).toBeGreaterThanOrEqual(3);
    const back = aside()[0]!.canvas;
    expect(on(back, 'getImageData').length).toBeGreaterThanOrEqual(slices - 1);
    expect(on(back, 'fill').length).toBeGreaterThan(0);
    // Complete: shown on the canvas in one copy, where it was drawn; whoever waited knows.
    const shownCopies = on(shown, 'drawImage');
    expect(shownCopies).toHaveLength(1);
    expect(shownCopies[0]!.args[0]).toBe(back);
    expect(shownCopies[0]!.args.slice(1, 3)).toEqual([0, 0]);
    await Promise.resolve();
    expect(drawn).toBe(true);
    // The canvas itself never had a node painted on it.
    expect(on(shown, 'fill')).toHaveLength(0);
    end();
  });

  // What waits for the graph to be idle (the map, which starts once the graph is at rest) starts
  // after the graph's own work: the drawing, another asked for meanwhile, the keyboard's list.
  it('is idle once its drawings are shown and its list of nodes for keyboards follows the view', async () => {
    const { calls, renderer, shown, end } = sliced();
    const copies = () => calls.filter((c) => c.canvas === shown && c.method === 'drawImage');
    const listed = () => shown.parentElement!.querySelectorAll('[data-node]').length;
    let idle = false;
    void renderer.idle?.().then(() => (idle = true));
    const settle = async () => {
      await Promise.resolve();
      await Promise.resolve();
    };
    const advance = async () => {
      vi.advanceTimersToNextTimer();
      await settle();
    };
    for (let i = 0; i < 50 && copies().length === 0; i++) await advance();
    // Shown, and the list not yet following it: not idle.
    expect(copies()).toHaveLength(1);
    expect(idle).toBe(false);
    // Asked now, the same: the list is still to follow.
    let askedLate = false;
    void renderer.idle?.().then(() => (askedLate = true));
    await settle();
    expect(askedLate).toBe(false);
    // A change now: its drawing comes before the graph is idle too.
    renderer.draw();
    for (let i = 0; i < 50 && !idle; i++) await advance();
    expect(idle).toBe(true);
    expect(askedLate).toBe(true);
    expect(copies().length).toBeGreaterThan(1);
    expect(listed()).toBeGreaterThan(0);
    // Idle already: asked again, it answers at once.
    let again = false;
    void renderer.idle?.().then(() => (again = true));
    await settle();
    expect(again).toBe(true);
    end();
  });

  it('keeps the last picture on the canvas while the next drawing is made after a resize', () => {
    const { calls, renderer, shown, end } = sliced();
    const copies = () => calls.filter((c) => c.canvas === shown && c.method === 'drawImage');
    vi.advanceTimersToNextTimer();
    while (copies().length === 0) vi.advanceTimersToNextTimer();
    const drawn = copies()[0]!.args[0];
    // The window is resized: the canvas is cleared, and shows the last drawing at once, before
    // the new one (made aside in slices) is complete.
    renderer.resize(640, 420);
    vi.advanceTimersToNextTimer();
    const meanwhile = copies().slice(1);
    expect(meanwhile.length).toBeGreaterThanOrEqual(1);
    expect(meanwhile[0]!.args[0]).toBe(drawn);
    end();
  });

  it('shows a drawing finished during a pan where the view has gone, then draws again there', () => {
    const { calls, renderer, shown, end } = sliced();
    const copies = () => calls.filter((c) => c.canvas === shown && c.method === 'drawImage');
    vi.advanceTimersToNextTimer();
    expect(copies()).toHaveLength(0);
    // The view is panned 40 px while the drawing is being made.
    renderer.setTransform({ x: 40, y: 0, k: 1 });
    while (copies().length === 0) vi.advanceTimersToNextTimer();
    expect(copies().at(-1)!.args.slice(1, 3)).toEqual([40, 0]);
    // Once the pan rests, the graph is drawn again at its new place, and shown where it was drawn.
    const before = copies().length;
    frames(SETTLE_MS + NEXT_FRAME_MS);
    for (let i = 0; i < 50 && calls.filter((c) => c.canvas === shown && c.method === 'drawImage').length === before; i++) vi.advanceTimersToNextTimer();
    const last = copies().at(-1)!;
    expect(copies().length).toBeGreaterThan(before);
    expect(last.args.slice(1, 3)).toEqual([0, 0]);
    end();
  });
});
