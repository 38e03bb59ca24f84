// A large graph's first drawing: the layout worker seeds its rings and sends them first; the page
// draws from them, in tasks after the one that asked for the layout (no seeding of its own), then
// moves the nodes as the worker refines them, and settles where the in-thread layout does.
// jsdom has no Worker: a stand-in runs the worker's own handler in this realm, answering in later
// tasks as a worker would.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryByRole, waitFor } from '@testing-library/dom';
import { loadDataset } from '../../src/data/load';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { createLayoutHandler } from '../../src/graph/layoutHandler';
import { computeLayout, layoutInput, positionsOf } from '../../src/graph/layoutRun';
import { buildModel } from '../../src/graph/model';
import { seedLayout } from '../../src/graph/simulation';
import { selectGraphModel } from '../../src/state/selectors';
import { syntheticDataset } from '../../scripts/synthetic';

HTMLCanvasElement.prototype.getContext = () => null;

const dataset = (() => {
  const { json, notes } = syntheticDataset(320);
  const result = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error('synthetic data invalid');
  return result.dataset;
})();

/** The worker's work after its first report (the seeded rings), held until the test lets it go:
 * a graph of this size would otherwise be settled before its first drawing is made. */
const held: (() => void)[] = [];
let holding = true;
const release = () => {
  holding = false;
  for (const fn of held.splice(0)) setTimeout(fn, 0);
};

/** A Worker whose messages go to the layout handler, each answer delivered in a task of its own. */
class InRealmWorker extends EventTarget {
  private scheduled = 0;
  private readonly handle = createLayoutHandler({
    post: (reply) => setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: reply })), 0),
    schedule: (fn) => void (++this.scheduled > 1 && holding ? held.push(fn) : setTimeout(fn, 0)),
  });
  // Not copied: jsdom's structuredClone makes typed arrays of another realm, which the schema's
  // instanceof refuses (a browser's worker gets its own realm's).
  postMessage(message: unknown) {
    setTimeout(() => this.handle(message), 0);
  }
  terminate() {}
}

describe('a large graph’s first drawing', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', InRealmWorker);
    holding = true;
    held.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('comes from the worker’s seeded rings, after the layout is asked for, and settles where the in-thread layout does, then says it is at rest', async () => {
    const store = createStore<ViewState>({ ...initialViewState });
    const container = document.createElement('section');
    container.setAttribute('aria-label', 'Graphe des alliances');
    document.body.append(container);
    const model = selectGraphModel(dataset, store.get());
    // jsdom's fallback size: the space the view lays out in.
    const options = { width: 640, height: 480, layout: store.get().layout };
    const seeded = buildModel(dataset, store.get());
    seedLayout(seeded, options);
    const settled = computeLayout(layoutInput(seeded, options));

    const counts = new RegExp(`^Graphe de ${model.nodes.length} nœuds`);
    const onSettled = vi.fn();
    const view = createGraphView(container, { dataset, store, onSettled });
    const stage = container.querySelector('.graph-stage')!;
    // Asked for, not drawn yet: the page seeds nothing itself.
    expect(stage.getAttribute('aria-busy')).toBe('true');
    expect(queryByRole(container, 'img', { name: counts })).toBeNull();

    // The first drawing, caught as the canvas gets its name: every node where the worker seeded it.
    const canvas = container.querySelector('canvas')!;
    const firstDrawn = new Promise<Float64Array>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!counts.test(canvas.getAttribute('aria-label') ?? '')) return;
        observer.disconnect();
        resolve(positionsOf(model.nodes));
      });
      observer.observe(canvas, { attributes: true, attributeFilter: ['aria-label'] });
    });
    expect(await firstDrawn).toEqual(positionsOf(seeded.nodes));
    expect(stage.getAttribute('aria-busy')).toBe('true');
    // Drawn, not at rest: what waits for the layout (the map beside it) still waits.
    expect(onSettled).not.toHaveBeenCalled();

    release();
    await waitFor(() => expect(stage.hasAttribute('aria-busy')).toBe(false), { timeout: 50_000 });
    expect(positionsOf(model.nodes)).toEqual(settled);
    await waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(queryByRole(container, 'img', { name: counts })).not.toBeNull();
    view.destroy();
    view.destroy();
    expect(container.childElementCount).toBe(0);
  }, 60_000);
});
