// A large graph's model is made over several tasks after the view is put together (view.ts
// makeModelInTasks): the view shows its words at once, then the graph, drawn and usable as
// before; a view destroyed meanwhile makes nothing more and draws nothing. jsdom has no Worker:
// the layout runs in-thread once the model is made.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getByRole, waitFor } from '@testing-library/dom';
import { loadDataset } from '../../src/data/load';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { madeGraphModel } from '../../src/state/selectors';
import { syntheticDataset } from '../../scripts/synthetic';
import { madeModel } from './helpers';

const fresh = () => {
  const { json, notes } = syntheticDataset(320);
  const result = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error('synthetic data invalid');
  return result.dataset;
};

const mount = (dataset = fresh()) => {
  const store = createStore<ViewState>({ ...initialViewState });
  const container = document.createElement('section');
  document.body.append(container);
  const view = createGraphView(container, { dataset, store, modelInTasksFrom: 1 });
  return { dataset, store, container, view, stage: container.querySelector('.graph-stage')! };
};

describe('a large graph’s model, made over several tasks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('leaves the mount with the view’s words and a busy stage, then draws the graph, which answers', async () => {
    const { dataset, store, container, view, stage } = mount();
    // Not made in the mount's task: the toolbar is there, the graph is on its way.
    expect(madeGraphModel(dataset, store.get())).toBeNull();
    expect(stage.getAttribute('aria-busy')).toBe('true');
    expect(getByRole(container, 'button', { name: /Anneaux|Rings/ })).toBeTruthy();
    expect(container.querySelectorAll('.graph-legend-body li')).toHaveLength(0);

    const model = await madeModel(dataset, store);
    // Drawn: the canvas is named with the graph's counts, and the legend lists its kinds.
    const counts = new RegExp(`^Graphe de ${model.nodes.length} nœuds`);
    await waitFor(() => expect(getByRole(container, 'img', { name: counts })).toBeTruthy(), { timeout: 30_000 });
    await waitFor(() => expect(stage.hasAttribute('aria-busy')).toBe(false), { timeout: 30_000 });
    expect(container.querySelectorAll('.graph-legend-body li').length).toBeGreaterThan(0);

    // Usable: the keyboard's Tab stop is a node's button, and pressing it selects that actor.
    const tabStop = container.querySelector<HTMLButtonElement>('button[data-node][tabindex="0"]');
    expect(tabStop).not.toBeNull();
    const id = tabStop!.getAttribute('data-node')!;
    tabStop!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(store.get().selection).toEqual({ type: 'actor', id: model.nodeById.get(id)!.ref });
    view.destroy();
  }, 60_000);

  it('makes and draws nothing more once destroyed', async () => {
    // A 2D context that counts what is drawn with it (jsdom has none).
    const drawn: string[] = [];
    const context = new Proxy({} as Record<string, unknown>, {
      get: (target, prop: string) => (prop in target ? target[prop] : () => void drawn.push(prop)),
      set: (target, prop: string, value) => ((target[prop] = value), true),
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
    const { dataset, store, container, view } = mount();
    view.destroy();
    expect(container.childElementCount).toBe(0);
    const before = drawn.length;
    // Long enough for the model's slices and the drawing that would have followed.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(madeGraphModel(dataset, store.get())).toBeNull();
    expect(drawn.slice(before)).toEqual([]);
  });
});
