import { afterEach, describe, expect, it, vi } from 'vitest';
import { getByRole, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset } from '../../src/data/bundled';
import { loadDataset } from '../../src/data/load';
import type { Dataset } from '../../src/data/dataset';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { select } from '../../src/state/actions';
import { createPlaceList } from '../../src/map/placeList';
import { placeName } from '../../src/map/text';
import { syntheticDataset } from '../../scripts/synthetic';

function mount(dataset: Dataset) {
  const store = createStore<ViewState>(initialViewState);
  const container = document.createElement('div');
  document.body.append(container);
  const list = createPlaceList(container, { dataset, store });
  store.subscribe((state) => list.update(state));
  const region = getByRole(container, 'region', { name: 'Lieux' });
  const items = () =>
    within(region)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ul')?.getAttribute('aria-labelledby') === 'map-places-heading');
  const focused = () => document.activeElement?.closest('li');
  return { store, region, list, items, focused };
}

/** Mounted, once its rows are there: the list works out its order in slices from the next task, busy meanwhile. */
async function mountReady(dataset: Dataset) {
  const mounted = mount(dataset);
  const places = within(mounted.region).getByRole('list', { name: 'Lieux' });
  await waitFor(() => expect(places.getAttribute('aria-busy')).toBeNull(), { timeout: 30_000 });
  return mounted;
}

const big = (() => {
  const { json, notes } = syntheticDataset(300, { relationsPerActor: 1, places: 5000 });
  const result = loadDataset(json, { file: 'synthetic-5000.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result.dataset;
})();

describe('the windowed list of places', () => {
  it('keeps only a window of rows in the DOM for 5,000 places, each saying where it stands', async () => {
    const { items } = await mountReady(big);
    const rows = items();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThanOrEqual(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('5000');
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    // One tab stop for the whole list.
    expect(rows.filter((li) => li.querySelector('button')?.tabIndex === 0)).toHaveLength(1);
  }, 60_000);

  it('moves with the arrow keys, Home and End, renders the rows it reaches, and selects with Enter', async () => {
    const { store, region, items, focused } = await mountReady(big);
    const first = within(region).getAllByRole('button')[0];
    first?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()?.getAttribute('aria-posinset')).toBe('2');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()?.getAttribute('aria-posinset')).toBe('1');
    await userEvent.keyboard('{End}');
    expect(focused()?.getAttribute('aria-posinset')).toBe('5000');
    expect(items().length).toBeLessThanOrEqual(40);
    const last = document.activeElement;
    expect(last?.getAttribute('tabindex')).toBe('0');
    await userEvent.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'place', id: last?.getAttribute('data-place') });
    expect(last?.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{PageUp}');
    expect(Number(focused()?.getAttribute('aria-posinset'))).toBeLessThan(5000);
    await userEvent.keyboard('{Home}');
    expect(focused()?.getAttribute('aria-posinset')).toBe('1');
    expect(items().length).toBeLessThanOrEqual(40);
  }, 60_000);

  it('jumps to a place by typing the first letters of its name; the same letter again goes to the next', async () => {
    const result = loadBundledDataset();
    if (!result.ok) throw new Error('bundled data invalid');
    const { region } = await mountReady(result.dataset);
    within(region)
      .getByRole('button', { name: /^Barcelone/ })
      .focus();
    await userEvent.keyboard('s');
    expect(document.activeElement?.textContent).toMatch(/^Saint-Denis/);
    await userEvent.keyboard('s');
    expect(document.activeElement?.textContent).toMatch(/^Savigny-le-Temple/);
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('bo');
    expect(document.activeElement?.textContent).toMatch(/^Bobigny/);
  });

  it('lists 5,000 places in alphabetical order once worked out, with a place selected meanwhile', async () => {
    const { store, region } = mount(big);
    const target = big.places.find((p) => p.id === 'lieu-4321');
    if (!target) throw new Error('no such place');
    // Selected before the list has its rows (a click on the map while it works them out).
    store.update(select({ type: 'place', id: target.id }));
    const places = within(region).getByRole('list', { name: 'Lieux' });
    await waitFor(() => expect(places.getAttribute('aria-busy')).toBeNull(), { timeout: 30_000 });
    const button = within(region).getByRole('button', { name: new RegExp(`^${target.name.fr} `) });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const names = big.places.map((p) => placeName(p, 'fr')).sort((a, b) => a.localeCompare(b, 'fr'));
    const rows = within(places).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    for (const li of rows) expect(li.querySelector('.map-place-name')?.textContent).toBe(names[Number(li.getAttribute('aria-posinset')) - 1]);
  }, 60_000);

  it('brings a place selected elsewhere (on the map) into the window', async () => {
    const { store, region } = await mountReady(big);
    const target = big.places.find((p) => p.id === 'lieu-4321');
    if (!target) throw new Error('no such place');
    expect(within(region).queryByRole('button', { name: new RegExp(`^${target.name.fr} `) })).toBeNull();
    store.update(select({ type: 'place', id: target.id }));
    const button = within(region).getByRole('button', { name: new RegExp(`^${target.name.fr} `) });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  }, 60_000);
});

describe('the list of places where the browser reports sizes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts more rows in the DOM when the list turns out taller, without measuring it at mount', async () => {
    const observers: ((entries: { contentRect: { height: number } }[]) => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: (entries: { contentRect: { height: number } }[]) => void) {
          observers.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { items, region } = await mountReady(big);
    const before = items().length;
    expect(before).toBeGreaterThan(5);
    // A list 60 rows high: every row it shows is there, and the numbering follows.
    for (const report of observers) report([{ contentRect: { height: 60 * 40 } }]);
    const after = items();
    expect(after.length).toBeGreaterThanOrEqual(60);
    expect(after[59]?.getAttribute('aria-posinset')).toBe('60');
    expect(
      within(region)
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('data-place') && b.tabIndex === 0),
    ).toHaveLength(1);
  }, 60_000);
});
