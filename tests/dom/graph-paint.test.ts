// What the canvas renderer paints, read from a recording 2D context (jsdom has no canvas): names
// written where a person reads them, nodes filled, and a selection dimming everything it does not
// light.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getByRole, waitFor } from '@testing-library/dom';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly alpha: number;
  readonly fill: string;
}

/** A 2D context that keeps every drawing call with the alpha and fill it was made with. */
function recordingContext(canvas: HTMLCanvasElement) {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1, fillStyle: '#000', canvas };
  const ctx = new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (text: string) => ({ width: text.length * 7 });
      return (...args: unknown[]) => {
        calls.push({ name: prop, args, alpha: Number(target.globalAlpha), fill: String(target.fillStyle) });
      };
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  });
  return { ctx, calls };
}

const contexts = new Map<HTMLCanvasElement, Call[]>();
const original = HTMLCanvasElement.prototype.getContext;
const originalPath = (globalThis as { Path2D?: unknown }).Path2D;

beforeEach(() => {
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
    const { ctx, calls } = recordingContext(this);
    contexts.set(this, calls);
    return ctx as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext;
  (globalThis as { Path2D?: unknown }).Path2D = class {
    addPath() {}
  };
});
afterEach(() => {
  HTMLCanvasElement.prototype.getContext = original;
  (globalThis as { Path2D?: unknown }).Path2D = originalPath;
  contexts.clear();
});

function setup(state: Partial<ViewState> = {}) {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  const store = createStore<ViewState>({ ...initialViewState, ...state });
  const container = document.createElement('section');
  document.body.append(container);
  const view = createGraphView(container, { dataset: result.dataset, store, renderer: 'canvas' });
  const canvas = getByRole(container, 'img', { name: /^Graphe de \d+ nœuds/ }) as HTMLCanvasElement;
  const calls = () => contexts.get(canvas) ?? [];
  return { store, view, canvas, calls, dataset: result.dataset };
}

const written = (calls: readonly Call[]) => calls.filter((c) => c.name === 'fillText').map((c) => String(c.args[0]));

describe('the canvas renderer', () => {
  it('paints the scale bands with their captions, the nodes, and names a person can read', async () => {
    const { calls, view } = setup();
    await waitFor(() => expect(calls().some((c) => c.name === 'fill')).toBe(true));
    const texts = written(calls());
    // The scale rings are captioned (letter by letter along their arc, or whole).
    expect(calls().some((c) => c.name === 'ellipse')).toBe(true);
    // Some actor of the workshop is named on the canvas, in full.
    expect(texts.join('')).toMatch(/Réseau|Collectif|Association|Fédération|Plateforme|Coordination/);
    view.destroy();
  });

  it('writes each ring’s caption letter by letter, the same on every painting, in the language shown', async () => {
    const { calls, view, store } = setup();
    await waitFor(() => expect(calls().some((c) => c.name === 'fill')).toBe(true));
    /** The letters written one at a time (the curved captions), in order, with where each went. */
    const letters = () => {
      const all = calls();
      return all.flatMap((c, i) =>
        c.name === 'fillText' && String(c.args[0]).length === 1 ? [`${String(c.args[0])}@${JSON.stringify(all[i - 3]?.args)}`] : [],
      );
    };
    const first = letters();
    expect(first.map((l) => l[0]).join('')).toMatch(/Régional/);
    // Painted again: the same letters in the same places.
    calls().length = 0;
    store.update((s) => ({ ...s }));
    view.update(store.get());
    await waitFor(() => expect(letters().length).toBeGreaterThan(0));
    expect(letters()).toEqual(first);
    // In English, the English words.
    calls().length = 0;
    store.update((s) => ({ ...s, lang: 'en' }));
    await waitFor(() =>
      expect(
        letters()
          .map((l) => l[0])
          .join(''),
      ).toMatch(/Regional/),
    );
    expect(
      letters()
        .map((l) => l[0])
        .join(''),
    ).not.toMatch(/Régional/);
    view.destroy();
  });

  it('dims what a selection does not light, and rings the selected node', async () => {
    const { calls, store, view, dataset } = setup();
    await waitFor(() => expect(calls().some((c) => c.name === 'fill')).toBe(true));
    expect(
      calls()
        .filter((c) => c.name === 'fill')
        .every((c) => c.alpha === 1),
    ).toBe(true);
    const before = calls().length;
    store.update((s) => ({ ...s, selection: { type: 'actor', id: dataset.actors[0]!.id } }));
    await waitFor(() =>
      expect(
        calls()
          .slice(before)
          .some((c) => c.name === 'fill' && c.alpha === 0.25),
      ).toBe(true),
    );
    const after = calls().slice(before);
    // Lit nodes stay at full strength, and the selected one gets a ring (an arc around it).
    expect(after.some((c) => c.name === 'fill' && c.alpha === 1)).toBe(true);
    expect(after.some((c) => c.name === 'arc')).toBe(true);
    view.destroy();
  });

  it('stops painting once destroyed', async () => {
    const { calls, store, view, dataset } = setup();
    await waitFor(() => expect(calls().some((c) => c.name === 'fill')).toBe(true));
    view.destroy();
    view.destroy();
    const before = calls().length;
    store.update((s) => ({ ...s, selection: { type: 'actor', id: dataset.actors[1]!.id } }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls().length).toBe(before);
  });
});
