import { describe, expect, it } from 'vitest';
import { getAllByRole, getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createFilters } from '../../src/ui/filters';
import { createGraphView } from '../../src/graph/view';
import { createPlaceList } from '../../src/map/placeList';
import { container, placesListed, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();

/** The filters, with the real graph (SVG) and the map's list of places beside them. */
function setup() {
  const store = setupStore();
  const root = container();
  createFilters(root, dataset, store);
  const graph = container();
  createGraphView(graph, { dataset, store, renderer: 'svg' });
  const places = container();
  const list = createPlaceList(places, { dataset, store });
  store.subscribe((s) => list.update(s));
  return { store, root, graph, places };
}

/** The actors the graph shows: its node buttons. */
const graphActors = (graph: HTMLElement) =>
  getAllByRole(graph, 'button')
    .map((b) => b.getAttribute('data-node'))
    .filter((id): id is string => id !== null)
    .sort();

/** The relations the graph draws. */
const graphRelations = (graph: HTMLElement) => [...graph.querySelectorAll('[data-link]')].map((l) => l.getAttribute('data-link')).sort();

const ALL_ACTORS = [
  'actor:amap',
  'actor:campagne-omd',
  'actor:cglu',
  'actor:cites-unies-belgique',
  'actor:cites-unies-france',
  'actor:collectivites-locales',
  'actor:communaute-urbaine-de-lille',
  'actor:commune-de-boutilimit',
  'actor:conseil-general-seine-saint-denis',
  'actor:institut-etudes-europeennes',
  'actor:lianes-cooperation',
  'actor:region-nord-pas-de-calais',
  'actor:reseau-agcs',
  'actor:savigny-le-temple',
  'actor:universite-paris-8',
  'actor:ville-de-nanterre',
];

describe('the filters', () => {
  it('count what is shown, and hide a kind of actor from graph and map alike', async () => {
    const { store, root, graph, places } = setup();
    await placesListed(places);
    const count = getByRole(root, 'status');
    expect(count.textContent).toBe('16 acteurs sur 16 et 13 relations sur 13 affichés');
    expect(graphActors(graph)).toEqual(ALL_ACTORS);
    expect(getByRole(places, 'button', { name: 'Nanterre 1 acteur' })).toBeTruthy();
    await userEvent.click(getByRole(root, 'checkbox', { name: 'commune' }));
    expect(store.get().filters.hiddenKinds).toEqual(['municipality']);
    // The three communes leave the graph…
    const communes = ['actor:commune-de-boutilimit', 'actor:savigny-le-temple', 'actor:ville-de-nanterre'];
    expect(graphActors(graph)).toEqual(ALL_ACTORS.filter((id) => !communes.includes(id)));
    // …and their places on the map's list say that nothing there is shown.
    for (const name of ['Nanterre', 'Savigny-le-Temple', 'Boutilimit']) {
      expect(getByRole(places, 'button', { name: `${name} aucun acteur affiché` })).toBeTruthy();
    }
    expect(getByRole(places, 'button', { name: 'Lille 3 acteurs' })).toBeTruthy();
    expect(count.textContent).toBe('13 acteurs sur 16 et 11 relations sur 13 affichés');
    expect(getByRole(root, 'checkbox', { name: 'commune' })).toHaveProperty('checked', false);
  }, 60_000);

  it('hide unsourced relations from the graph', async () => {
    const { root, graph } = setup();
    const unsourced = ['relation:cg93-membre-cuf', 'relation:cglu-campagne-omd', 'relation:cu-lille-dans-npdc', 'relation:cub-membre-cglu'];
    expect(graphRelations(graph)).toEqual(expect.arrayContaining(unsourced));
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Masquer les relations non sourcées' }));
    expect(graphRelations(graph)).toHaveLength(9);
    expect(graphRelations(graph).filter((id) => unsourced.includes(id!))).toEqual([]);
    expect(getByRole(root, 'status').textContent).toContain('9 relations sur 13');
  }, 60_000);

  it('filter by theme and by scale, and reset', async () => {
    const { root, graph, places } = setup();
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Grande pauvreté' }));
    expect(graphActors(graph)).toEqual([
      'actor:campagne-omd',
      'actor:cites-unies-belgique',
      'actor:institut-etudes-europeennes',
      'actor:universite-paris-8',
      'actor:ville-de-nanterre',
    ]);
    expect(getByRole(places, 'button', { name: 'Saint-Denis 2 acteurs' })).toBeTruthy();
    expect(getByRole(places, 'button', { name: 'Lille aucun acteur affiché' })).toBeTruthy();
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Mondial' }));
    expect(graphActors(graph)).not.toContain('actor:campagne-omd');
    await userEvent.click(getByRole(root, 'button', { name: 'Réinitialiser les filtres' }));
    expect(getByRole(root, 'status').textContent).toBe('16 acteurs sur 16 et 13 relations sur 13 affichés');
    expect(graphActors(graph)).toEqual(ALL_ACTORS);
    expect(getByRole(root, 'checkbox', { name: 'Mondial' })).toHaveProperty('checked', true);
  }, 60_000);
});
