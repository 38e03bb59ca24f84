// The page's first layout of a small graph: settled off the main thread (here, without a Worker,
// by the layout client's in-thread fallback), then drawn in a task of its own, with every node
// where the in-thread layout puts it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getAllByRole } from '@testing-library/dom';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';

const dataset = (() => {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
})();

function setup(onSettled?: () => void) {
  const store = createStore<ViewState>({ ...initialViewState });
  const container = document.createElement('section');
  container.setAttribute('aria-label', 'Graphe des alliances');
  document.body.append(container);
  const view = createGraphView(container, { dataset, store, ...(onSettled && { onSettled }) });
  return { store, container, view };
}

const nodes = (container: HTMLElement) => getAllByRole(container, 'button').filter((b) => b.getAttribute('data-node') !== null);
const positions = (container: HTMLElement) => Object.fromEntries(nodes(container).map((n) => [n.getAttribute('data-node'), n.getAttribute('transform')]));

/** What jsdom lacks for the view's first measured size: a ResizeObserver that reports once, and
 * elements with a size (the jsdom fallback's 640×480, so both ways lay out in the same space). */
function withMeasuredSize() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly callback: () => void) {}
      observe() {
        setTimeout(() => this.callback(), 0);
      }
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(640);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(480);
}

describe('the graph’s first layout', () => {
  let inThread: Record<string, string | null>;
  beforeEach(() => {
    const { container, view } = setup();
    inThread = positions(container);
    view.destroy();
    container.remove();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is drawn once settled, every node where the in-thread layout puts it, and its names placed', async () => {
    withMeasuredSize();
    const onSettled = vi.fn();
    const { container, view } = setup(onSettled);
    const stage = container.querySelector('.graph-stage')!;
    expect(onSettled).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(container.querySelectorAll('[data-node]').length).toBeGreaterThan(0));
    expect(stage.hasAttribute('aria-busy')).toBe(false);
    // At rest as it is drawn, once.
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(nodes(container)).toHaveLength(Object.keys(inThread).length);
    expect(positions(container)).toEqual(inThread);
    expect(container.querySelectorAll('[data-label-for]:not([visibility="hidden"])').length).toBeGreaterThan(0);
    view.destroy();
    view.destroy();
    expect(container.childElementCount).toBe(0);
  });

  it('draws nothing after the view is destroyed mid-way', async () => {
    withMeasuredSize();
    const { container, view } = setup();
    const stage = container.querySelector('.graph-stage')!;
    // Destroyed as soon as the layout is under way, before its drawing.
    const busy = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (stage.getAttribute('aria-busy') !== 'true') return;
        observer.disconnect();
        expect(stage.querySelectorAll('[data-node]')).toHaveLength(0);
        view.destroy();
        resolve();
      });
      observer.observe(stage, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    await busy;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.childElementCount).toBe(0);
    expect(stage.querySelectorAll('[data-node]')).toHaveLength(0);
  });
});
