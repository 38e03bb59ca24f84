import { describe, expect, it } from 'vitest';
import { findByRole, getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset } from '../../src/data/bundled';
import { loadDataset } from '../../src/data/load';
import type { Dataset } from '../../src/data/dataset';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { select, setFilters, setLanguage } from '../../src/state/actions';
import { createTableView } from '../../src/table/view';
import { createTableToggle } from '../../src/table/toggle';
import { syntheticDataset } from '../../scripts/synthetic';

const workshop = (() => {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
})();

function mount(dataset: Dataset = workshop, state: Partial<ViewState> = {}) {
  const store = createStore<ViewState>({ ...initialViewState, ...state });
  const container = document.createElement('div');
  document.body.append(container);
  const view = createTableView(container, { dataset, store });
  const table = () => getByRole(container, 'table');
  /** Data rows (not the header row, not the spacers). */
  const rows = () =>
    within(table())
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-row'));
  const firstColumn = () => rows().map((r) => r.querySelector('th')?.textContent ?? '');
  const column = (i: number) => rows().map((r) => r.children[i]?.textContent ?? '');
  return { store, container, view, table, rows, firstColumn, column };
}

describe('the table of actors', () => {
  it('is a table with a caption and column headers, one row per actor, sorted by name', () => {
    const { table, rows, firstColumn } = mount();
    expect(within(table()).getByRole('columnheader', { name: /Nom/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(table().querySelector('caption')?.textContent).toBe('Acteurs du réseau, triés par Nom (ordre croissant)');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.querySelector('button')?.firstChild?.textContent),
    ).toEqual(['Nom', 'Type', 'Échelle', 'Lieu', 'Liens', 'Sessions']);
    expect(rows()).toHaveLength(16);
    expect(table().getAttribute('aria-rowcount')).toBe('17');
    expect(firstColumn().slice(0, 4)).toEqual([
      'Campagne mondiale pour les OMD',
      'Cités et Gouvernements Locaux Unis (CGLU)',
      'Cités Unies Belgique',
      'Cités Unies France',
    ]);
    // Every row has a row header, and the counts of ties and sessions.
    const cuf = rows().find((r) => r.querySelector('th')?.textContent === 'Cités Unies France');
    expect(within(cuf!).getByRole('rowheader')).toBeTruthy();
    expect([...cuf!.children].map((c) => c.textContent)).toEqual(['Cités Unies France', 'réseau de collectivités', 'National', 'Paris 18e', '2', '1']);
  });

  it('sorts by a column when its header button is pressed, and reverses on a second press', async () => {
    const { table, column } = mount();
    const ties = within(table()).getByRole('button', { name: /Liens/ });
    await userEvent.click(ties);
    const header = within(table()).getByRole('columnheader', { name: /Liens/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(within(table()).getByRole('columnheader', { name: /Nom/ }).hasAttribute('aria-sort')).toBe(false);
    const ascending = column(4).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await userEvent.click(within(table()).getByRole('button', { name: /Liens/ }));
    expect(within(table()).getByRole('columnheader', { name: /Liens/ }).getAttribute('aria-sort')).toBe('descending');
    expect(column(4)[0]).toBe('4'); // CGLU: four ties
    expect(table().querySelector('caption')?.textContent).toBe('Acteurs du réseau, triés par Liens (ordre décroissant)');
  });

  it('sorts scales from local to global, not alphabetically', async () => {
    const { table, column } = mount();
    await userEvent.click(within(table()).getByRole('button', { name: /Échelle/ }));
    const scales = [...new Set(column(2))];
    expect(scales).toEqual(['Local', 'Intercommunal', 'Départemental', 'Régional', 'National', 'Mondial']);
  });

  it('filters by text, accents and case ignored, and says how many rows are shown', async () => {
    const { container, firstColumn } = mount();
    await userEvent.type(getByRole(container, 'searchbox', { name: 'Filtrer le tableau' }), 'cites unies');
    expect(firstColumn()).toEqual(['Cités Unies Belgique', 'Cités Unies France']);
    expect(getByRole(container, 'status').textContent).toBe('2 acteur(s) sur 16');
    await userEvent.type(getByRole(container, 'searchbox', { name: 'Filtrer le tableau' }), ' zzz');
    expect(
      within(getByRole(container, 'table'))
        .queryAllByRole('row')
        .filter((r) => r.hasAttribute('data-row')),
    ).toHaveLength(0);
    expect(container.textContent).toContain('Aucune ligne ne correspond au filtre.');
  });

  it('respects the app’s filters: a hidden kind leaves the table, and ties count only shown relations', () => {
    const { store, firstColumn, rows } = mount();
    store.update(setFilters((f) => ({ ...f, hiddenKinds: ['world-organisation'] })));
    expect(firstColumn()).not.toContain('Cités et Gouvernements Locaux Unis (CGLU)');
    expect(rows()).toHaveLength(15);
    const cuf = rows().find((r) => r.querySelector('th')?.textContent === 'Cités Unies France');
    expect(cuf?.children[4]?.textContent).toBe('1'); // its tie to CGLU is hidden with CGLU
  });

  it('selects the actor in the store on a click on its row, and marks the row as the current one', async () => {
    const { store, rows } = mount();
    const row = rows().find((r) => r.querySelector('th')?.textContent === 'Réseau AGCS')!;
    await userEvent.click(row.children[2] as HTMLElement);
    expect(store.get().selection).toEqual({ type: 'actor', id: 'reseau-agcs' });
    expect(row.getAttribute('aria-current')).toBe('true');
    expect(within(row).getByRole('button', { name: 'Réseau AGCS' }).getAttribute('aria-pressed')).toBe('true');
    expect(rows().filter((r) => r.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('moves between rows with the arrow keys and selects with Enter or Space; one row is in the tab order', async () => {
    const { store, container, rows } = mount();
    const buttons = () => rows().map((r) => r.querySelector('button')!);
    expect(buttons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons()[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Cités Unies France');
    await userEvent.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'actor', id: 'cites-unies-france' });
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Ville de Nanterre (92)');
    await userEvent.keyboard(' ');
    expect(store.get().selection).toEqual({ type: 'actor', id: 'ville-de-nanterre' });
    expect(
      within(container)
        .getAllByRole('button', { pressed: true })
        .map((b) => b.textContent),
    ).toContain('Ville de Nanterre (92)');
  });

  it('follows a selection made elsewhere, and the language', () => {
    const { store, rows, table } = mount();
    store.update(select({ type: 'actor', id: 'amap' }));
    expect(
      rows()
        .find((r) => r.getAttribute('aria-current') === 'true')
        ?.querySelector('th')?.textContent,
    ).toBe('Mouvement des AMAP');
    store.update(setLanguage('en'));
    expect(
      rows()
        .find((r) => r.getAttribute('aria-current') === 'true')
        ?.querySelector('th')?.textContent,
    ).toBe('AMAP movement');
    expect(table().querySelector('caption')?.textContent).toBe('Actors of the network, sorted by Name (ascending)');
    store.update(select(null));
    expect(rows().some((r) => r.hasAttribute('aria-current'))).toBe(false);
  });
});

describe('a session selected elsewhere', () => {
  it('lights the rows of the actors it presents, and says so to screen readers', () => {
    const { store, rows } = mount();
    store.update(select({ type: 'session', id: 'amap' }));
    const lit = rows().filter((r) => r.getAttribute('data-lit') === 'true');
    const session = workshop.sessionById.get('amap')!;
    expect(lit.map((r) => r.getAttribute('data-actor')).sort()).toEqual(expect.arrayContaining([...session.actors].sort()));
    expect(lit[0]?.querySelector('th')?.textContent).toContain(', dans la sélection');
    expect(rows().some((r) => r.hasAttribute('aria-current'))).toBe(false);
  });
});

describe('the table of relations', () => {
  it('lists relations with from, kind, to and provenance; each actor is a button that selects it', async () => {
    const { store, container, table, rows } = mount();
    await userEvent.click(getByRole(container, 'button', { name: 'Relations' }));
    expect(getByRole(container, 'button', { name: 'Relations' }).getAttribute('aria-pressed')).toBe('true');
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.querySelector('button')?.firstChild?.textContent),
    ).toEqual(['De', 'Relation', 'Vers', 'Provenance']);
    expect(rows()).toHaveLength(13);
    const twinned = rows().find((r) => r.children[1]?.textContent === 'jumelé avec')!;
    expect([...twinned.children].map((c) => c.textContent)).toEqual(['Savigny-le-Temple (77)', 'jumelé avec', 'Commune de Boutilimit (Mauritanie)', 'Source']);
    await userEvent.click(within(twinned).getByRole('button', { name: 'Commune de Boutilimit (Mauritanie)' }));
    expect(store.get().selection).toEqual({ type: 'actor', id: 'commune-de-boutilimit' });
    expect(twinned.getAttribute('data-lit')).toBe('true');
    expect(getByRole(container, 'status').textContent).toBe('13 relation(s) sur 13');
  });

  it('hides unsourced relations when the app’s filter says so', async () => {
    const { store, container, rows } = mount();
    await userEvent.click(getByRole(container, 'button', { name: 'Relations' }));
    store.update(setFilters((f) => ({ ...f, hideUnsourced: true })));
    expect(rows()).toHaveLength(9);
    expect(rows().every((r) => r.children[3]?.textContent !== 'Non sourcé')).toBe(true);
  });
});

describe('a table of 15,000 actors', () => {
  const big = (() => {
    const { json, notes } = syntheticDataset(15_000, { relationsPerActor: 1, places: 500 });
    const result = loadDataset(json, { file: 'synthetic-15000.json', readNote: (p) => notes.get(p) });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    return result.dataset;
  })();

  it('keeps only a window of rows in the DOM, and brings a selected actor far down into it', () => {
    const { store, rows, table } = mount(big);
    expect(table().getAttribute('aria-rowcount')).toBe('15001');
    expect(rows().length).toBeLessThanOrEqual(60);
    const last = big.actors.at(-1)!;
    store.update(select({ type: 'actor', id: last.id }));
    const current = rows().find((r) => r.getAttribute('aria-current') === 'true');
    expect(current?.getAttribute('data-actor')).toBe(last.id);
    expect(Number(current?.getAttribute('aria-rowindex'))).toBeGreaterThan(1);
    expect(rows().length).toBeLessThanOrEqual(60);
  }, 60_000);
});

describe('the Table button of the header', () => {
  it('shows the table in place of the map, and the map again', async () => {
    const store = createStore<ViewState>(initialViewState);
    const tools = document.createElement('div');
    const mapArea = document.createElement('section');
    const tableArea = document.createElement('section');
    tableArea.id = 'table';
    document.body.append(tools, mapArea, tableArea);
    const toggle = createTableToggle(tools, { dataset: workshop, store, mapArea, tableArea });
    const button = getByRole(tools, 'button', { name: 'Tableau' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(tableArea.hidden).toBe(true);
    expect(queryByRole(document.body, 'table')).toBeNull();
    await userEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(mapArea.hidden).toBe(true);
    // The table's code comes when it is first shown.
    expect(await findByRole(document.body, 'table')).toBeTruthy();
    // Presenting: graph and map for the room; the table comes back after.
    store.update((s) => ({ ...s, step: 0 }));
    expect(mapArea.hidden).toBe(false);
    expect(tableArea.hidden).toBe(true);
    store.update((s) => ({ ...s, step: null }));
    expect(mapArea.hidden).toBe(true);
    expect(tableArea.hidden).toBe(false);
    store.update(setLanguage('en'));
    expect(getByRole(tools, 'button', { name: 'Table' })).toBe(button);
    await userEvent.click(button);
    expect(mapArea.hidden).toBe(false);
    expect(tableArea.hidden).toBe(true);
    toggle.destroy();
    toggle.destroy();
    expect(queryByRole(tools, 'button')).toBeNull();
  });
});

describe('the table’s scrolling region', () => {
  it('holds the rows in a named region a keyboard can reach (to scroll sideways on a phone), in either language', () => {
    const { store, container, table } = mount();
    const region = getByRole(container, 'region', { name: 'Lignes du tableau, défilant dans les deux sens' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(table())).toBe(true);
    store.update(setLanguage('en'));
    expect(getByRole(container, 'region', { name: 'Rows of the table, scrolling both ways' })).toBe(region);
  });
});
