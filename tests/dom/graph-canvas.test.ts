import { describe, expect, it } from 'vitest';
import { fireEvent, getAllByRole, getByRole, queryAllByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadDataset } from '../../src/data/load';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { LISTED_ON_SCREEN } from '../../src/graph/canvasRenderer';
import { buildModel } from '../../src/graph/model';
import { syntheticDataset } from '../../scripts/synthetic';
import type { Dataset } from '../../src/data/dataset';

// jsdom has no canvas: its getContext only reports that it is not implemented, then returns null.
// Null, quietly, is what the renderer expects there (it paints nothing and keeps every DOM part).
HTMLCanvasElement.prototype.getContext = () => null;

function load(actors: number): Dataset {
  const { json, notes } = syntheticDataset(actors);
  const result = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error('synthetic data invalid');
  return result.dataset;
}

function setup(dataset: Dataset, state: Partial<ViewState> = {}) {
  const store = createStore<ViewState>({ ...initialViewState, ...state });
  const container = document.createElement('section');
  container.setAttribute('aria-label', 'Graphe des alliances');
  document.body.append(container);
  const view = createGraphView(container, { dataset, store });
  return { store, container, view };
}

const ACTOR_NAME = /^Acteur \d+ de \w+, .+, (local|intercommunal|départemental|régional|national|continental|mondial)$/;

describe('a large graph, drawn on a canvas', () => {
  const large = load(320);

  it('is one image named by its counts, with no SVG element per node', () => {
    const { container } = setup(large);
    // 320 actors, no speakers or sessions shown by default; every relation of the data is a link.
    const image = getByRole(container, 'img', { name: new RegExp(`^Graphe de 320 nœuds et ${large.relations.length} liens`) });
    expect(image.tagName).toBe('CANVAS');
    expect(container.querySelectorAll('svg [data-node]')).toHaveLength(0);
  }, 60_000);

  it('lists the nodes that matter off screen, by name, with exactly one of them reachable by Tab', () => {
    const { container } = setup(large);
    const list = getByRole(container, 'list', { name: 'Nœuds du graphe' });
    const buttons = within(list).getAllByRole('button');
    // Not one button per node: the Tab stop and the most prominent nodes on screen.
    expect(buttons.length).toBeGreaterThan(1);
    expect(buttons.length).toBeLessThanOrEqual(LISTED_ON_SCREEN + 1);
    expect(buttons.every((b) => ACTOR_NAME.test(b.getAttribute('aria-label') ?? ''))).toBe(true);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(list.classList.contains('visually-hidden')).toBe(true);
  }, 60_000);

  it('lets the arrow and Page keys reach every node, each named when it gets focus', () => {
    const { container } = setup(large);
    const list = getByRole(container, 'list', { name: 'Nœuds du graphe' });
    const listedAtFirst = new Set(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-node')),
    );
    const button = (id: string) => [...list.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('data-node') === id);
    const start = within(list)
      .getAllByRole('button')
      .find((b) => b.tabIndex === 0)!;
    // Every node the keys lead to from the Tab stop, one key at a time from each node reached.
    const reached = new Map<string, string>([[start.getAttribute('data-node')!, start.getAttribute('aria-label')!]]);
    const queue = [...reached.keys()];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp']) {
        button(from)!.focus();
        fireEvent.keyDown(document.activeElement!, { key });
        const now = document.activeElement as HTMLElement;
        const id = now.getAttribute('data-node');
        if (id === null || reached.has(id)) continue;
        // The focused node is a named button, and the Tab stop.
        reached.set(id, now.getAttribute('aria-label') ?? '');
        expect(now.tabIndex).toBe(0);
        queue.push(id);
      }
    }
    expect(reached.size).toBe(320);
    expect([...reached.values()].every((name) => ACTOR_NAME.test(name))).toBe(true);
    // Most of them had no button before the keyboard came to them.
    expect([...reached.keys()].filter((id) => !listedAtFirst.has(id)).length).toBeGreaterThan(320 / 2);
  }, 60_000);

  it('moves focus to a neighbour with the arrow keys, selects with Enter and clears with Escape', async () => {
    const { container, store } = setup(large);
    const user = userEvent.setup();
    const list = getByRole(container, 'list', { name: 'Nœuds du graphe' });
    const start = getAllByRole(list, 'button').find((b) => b.tabIndex === 0)!;
    start.focus();
    const from = start.getAttribute('data-node')!;
    const neighbours = new Set(buildModel(large, store.get()).neighbours.get(from));
    expect(neighbours.size).toBeGreaterThan(0);
    // Each arrow from the start: every move lands on another node, at least one on a neighbour.
    const landed: string[] = [];
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      getAllByRole(list, 'button')
        .find((b) => b.getAttribute('data-node') === from)!
        .focus();
      await user.keyboard(`{${key}}`);
      landed.push(document.activeElement?.getAttribute('data-node') ?? '');
    }
    // The start (the most connected node) may sit on the outer rim, with no node beyond it one way:
    // that arrow stays put; every other lands on another actor.
    const moved = landed.filter((id) => id !== '' && id !== from);
    expect(moved.length).toBeGreaterThanOrEqual(3);
    expect(moved.every((id) => id.startsWith('actor:'))).toBe(true);
    if (document.activeElement?.getAttribute('data-node') === from) {
      const keys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'];
      await user.keyboard(`{${keys[landed.findIndex((id) => id !== '' && id !== from)]}}`);
    }
    expect(landed.some((id) => neighbours.has(id))).toBe(true);
    const focused = document.activeElement as HTMLElement;
    const expected = focused.getAttribute('data-node')!;
    expect(focused.getAttribute('aria-label')).toMatch(ACTOR_NAME);
    // The roving Tab stop follows the focus.
    expect(focused.tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);
    await user.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'actor', id: expected.replace(/^actor:/, '') });
    expect(focused.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    expect(store.get().selection).toBeNull();
    expect(focused.getAttribute('aria-pressed')).toBe('false');
  }, 60_000);

  it('names the nodes that the selection lights up, and changes only the buttons whose state changes', () => {
    const { container, store } = setup(large);
    const list = getByRole(container, 'list', { name: 'Nœuds du graphe' });
    const model = buildModel(large, store.get());
    const hub = [...model.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target as Element)));
    observer.observe(list, { attributes: true, subtree: true });
    store.update((s) => ({ ...s, selection: { type: 'actor', id: hub.ref } }));
    const records = observer.takeRecords();
    records.forEach((r) => changed.add(r.target as Element));
    observer.disconnect();
    const named = within(list).getAllByRole('button', { name: /, dans la sélection$/ });
    expect(named.length).toBeGreaterThan(0);
    expect(within(list).getByRole('button', { pressed: true }).getAttribute('data-node')).toBe(hub.id);
    expect(changed.size).toBeLessThan(320 / 4);
  }, 60_000);
});

describe('the workshop', () => {
  it('stays in SVG, one focusable element per node and no canvas', () => {
    const result = loadBundledDataset();
    if (!result.ok) throw new Error('bundled data invalid');
    const { container } = setup(result.dataset);
    expect(container.querySelector('canvas')).toBeNull();
    expect(queryAllByRole(container, 'img')).toHaveLength(0);
    const nodes = getAllByRole(container, 'button').filter((b) => b.getAttribute('data-node') !== null);
    expect(nodes).toHaveLength(result.dataset.actors.length);
    expect(nodes.every((n) => n.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
  });
});
