// A large graph's rings come first: drawn from the view's first size while its model is still
// being made (view.ts drawRingsAhead, makeModelInTasks), with the legend the model will give, the
// stage busy and the canvas claiming no
// count of nodes; the nodes come over them once the model is made. jsdom has no canvas: a
// recording 2D context stands in; the model's slices (which pause through a MessageChannel,
// ui/nextTask.ts) are held until the test lets them go.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/dom';
import { loadDataset } from '../../src/data/load';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { madeGraphModel } from '../../src/state/selectors';
import { syntheticDataset } from '../../scripts/synthetic';
import { madeModel } from './helpers';

const dataset = (() => {
  const { json, notes } = syntheticDataset(320);
  const result = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error('synthetic data invalid');
  return result.dataset;
})();

/** Drawing calls by name, per canvas. */
const calls = new Map<HTMLCanvasElement, string[]>();
function recordingContext(canvas: HTMLCanvasElement) {
  const names: string[] = [];
  calls.set(canvas, names);
  const state: Record<string, unknown> = { globalAlpha: 1, fillStyle: '#000', canvas };
  return new Proxy(state, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      if (prop === 'measureText') return (text: string) => ({ width: text.length * 7 });
      return () => void names.push(prop);
    },
    set(target, prop: string, value) {
      target[prop] = value;
      return true;
    },
  });
}

/** Messages to self (nextTask's pauses) held until `letGo`, then delivered each in a task. */
const heldMessages: (() => void)[] = [];
let holding = true;
const letGo = () => {
  holding = false;
  for (const deliver of heldMessages.splice(0)) setTimeout(deliver, 0);
};
class HeldChannel {
  readonly port1: { onmessage: (() => void) | null; close(): void } = { onmessage: null, close() {} };
  readonly port2 = {
    postMessage: () => {
      const deliver = () => this.port1.onmessage?.();
      if (holding) heldMessages.push(deliver);
      else setTimeout(deliver, 0);
    },
  };
}

const originalContext = HTMLCanvasElement.prototype.getContext;
const originalPath = (globalThis as { Path2D?: unknown }).Path2D;

describe('a large graph’s rings, while its model is made', () => {
  beforeEach(() => {
    holding = true;
    heldMessages.length = 0;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement) {
      return recordingContext(this) as unknown as CanvasRenderingContext2D;
    } as unknown as typeof HTMLCanvasElement.prototype.getContext;
    (globalThis as { Path2D?: unknown }).Path2D = class {
      addPath() {}
    };
    vi.stubGlobal('MessageChannel', HeldChannel);
    // The view's first size, reported as a browser does: in the next frame, once the page is
    // laid out, after that frame's animation callbacks.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe() {
          requestAnimationFrame(() => this.callback());
        }
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
  });
  afterEach(() => {
    HTMLCanvasElement.prototype.getContext = originalContext;
    (globalThis as { Path2D?: unknown }).Path2D = originalPath;
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    calls.clear();
    document.body.replaceChildren();
  });

  it('draws the rings before the model is made, then the nodes over them', async () => {
    const store = createStore<ViewState>({ ...initialViewState });
    const container = document.createElement('section');
    document.body.append(container);
    const view = createGraphView(container, { dataset, store, modelInTasksFrom: 1 });
    const stage = container.querySelector('.graph-stage')!;
    const canvas = container.querySelector('canvas')!;
    const drawn = () => calls.get(canvas) ?? [];

    // One ring (an ellipse) per scale of the vocabulary, drawn while the model waits.
    await waitFor(() => expect(drawn().filter((name) => name === 'ellipse').length).toBeGreaterThanOrEqual(dataset.resolvedVocabulary.scales.length));
    expect(madeGraphModel(dataset, store.get())).toBeNull();
    expect(stage.getAttribute('aria-busy')).toBe('true');
    // The legend is there with them: the drawing's room is what it will be once the nodes come.
    expect(container.querySelectorAll('.graph-legend-body li').length).toBeGreaterThan(0);
    // No count of nodes claimed for a drawing that has none yet.
    expect(canvas.getAttribute('aria-label') ?? '').not.toMatch(/\d+ nœuds/);

    letGo();
    const model = await madeModel(dataset, store);
    const counts = new RegExp(`^Graphe de ${model.nodes.length} nœuds`);
    await waitFor(() => expect(canvas.getAttribute('aria-label') ?? '').toMatch(counts), { timeout: 30_000 });
    await waitFor(() => expect(stage.hasAttribute('aria-busy')).toBe(false), { timeout: 30_000 });
    view.destroy();
  }, 60_000);
});
