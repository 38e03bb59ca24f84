import { describe, expect, it, vi } from 'vitest';
import { findByRole, findByText, getByRole, getByText, queryByRole, queryByText, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, noFilters, type ViewState } from '../../src/state/viewState';
import { select, setFilters, setLanguage } from '../../src/state/actions';
import { mountMap } from '../../src/map/mount';
import { SEATLESS_SHOWN } from '../../src/map/placeList';
import { seatlessActors } from '../../src/map/seats';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { placesListed } from './helpers';

// No WebGL in jsdom: the map itself is tested in Chromium; here, everything around it.
function mountPlaces(search = '') {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  const store = createStore<ViewState>(initialViewState);
  const container = document.createElement('section');
  container.setAttribute('aria-label', 'Carte des lieux');
  document.body.append(container);
  const map = mountMap(container, { dataset: result.dataset, store, webgl: () => false, search });
  const places = () => getByRole(container, 'region', { name: 'Lieux' });
  return { store, container, map, places };
}

/** Mounted, with its list of places worked out. */
async function setup(search = '') {
  const mounted = mountPlaces(search);
  await placesListed(mounted.container);
  return mounted;
}

describe('the map without WebGL', () => {
  it('says so in place of the map, and offers no map tools', async () => {
    const { container } = await setup();
    expect((await findByText(container, /ce navigateur n’offre pas WebGL 2/)).getAttribute('role')).toBe('status');
    expect(queryByRole(container, 'group', { name: 'Cadrer la carte' })).toBeNull();
    expect(queryByRole(container, 'button', { name: 'Monde' })).toBeNull();
  });

  it('is busy while the map is on its way, and not once there is no map to wait for', async () => {
    const { container } = mountPlaces();
    const view = container.querySelector('.map-view');
    // (Before the map's code is asked for, the view says it is loading.)
    expect(view?.getAttribute('aria-busy')).toBe('true');
    await findByText(container, /ce navigateur n’offre pas WebGL 2/);
    expect(view?.hasAttribute('aria-busy')).toBe(false);
    // Nor is the list of places, once worked out.
    await placesListed(container);
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });
});

describe('the map after the graph', () => {
  it('is not started before the graph is first drawn, and starts once it is', async () => {
    const result = loadBundledDataset();
    if (!result.ok) throw new Error('bundled data invalid');
    const store = createStore<ViewState>(initialViewState);
    const container = document.createElement('section');
    document.body.append(container);
    const webgl = vi.fn(() => false);
    let graphDrawn!: () => void;
    const after = new Promise<void>((resolve) => (graphDrawn = resolve));
    const map = mountMap(container, { dataset: result.dataset, store, webgl, after });
    // Meanwhile the list of places works already.
    expect(getByRole(container, 'region', { name: 'Lieux' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(webgl).not.toHaveBeenCalled();
    expect(queryByText(container, /ce navigateur n’offre pas WebGL 2/)).toBeNull();
    graphDrawn();
    await findByText(container, /ce navigateur n’offre pas WebGL 2/);
    expect(webgl).toHaveBeenCalledTimes(1);
    map.destroy();
    container.remove();
  });
});

describe('the map beside a graph still being laid out', () => {
  // WebGL said to be there (the worker's check), yet no map can be made in jsdom: once the map
  // stops waiting it tries, and says there is no WebGL. Until then it says why it waits.
  function waitingSetup() {
    const result = loadBundledDataset();
    if (!result.ok) throw new Error('bundled data invalid');
    const store = createStore<ViewState>(initialViewState);
    const container = document.createElement('section');
    document.body.append(container);
    let atRest!: () => void;
    const graphAtRest = new Promise<void>((resolve) => (atRest = resolve));
    const map = mountMap(container, { dataset: result.dataset, store, webgl: () => true, inPageWebGL: () => false, graphAtRest });
    const done = () => {
      map.destroy();
      container.remove();
    };
    return { container, atRest, done };
  }
  const triedTheMap = (container: HTMLElement) => findByText(container, /ce navigateur n’offre pas WebGL 2/, {}, { timeout: 4000 });
  const WAITING = 'La carte sera dessinée une fois le graphe en place.';
  /** The waiting note, if it is shown (it stays in the page, hidden, once the map starts). */
  const waitingNote = (container: HTMLElement) => {
    const note = queryByText(container, WAITING);
    return note && !note.closest('[hidden]') ? note : null;
  };
  const showNow = (container: HTMLElement) => findByRole(container, 'button', { name: 'Afficher la carte maintenant' }, { timeout: 4000 });

  it('waits for the graph to come to rest, says so, and starts once it has', async () => {
    const { container, atRest, done } = waitingSetup();
    await showNow(container);
    expect(waitingNote(container)?.getAttribute('role')).toBe('status');
    expect(queryByText(container, 'Chargement de la carte…')?.closest('[hidden]')).not.toBeNull();
    // The list of places works meanwhile, and the map is not tried.
    expect(getByRole(container, 'region', { name: 'Lieux' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queryByText(container, /ce navigateur n’offre pas WebGL 2/)).toBeNull();
    atRest();
    await triedTheMap(container);
    expect(queryByRole(container, 'button', { name: 'Afficher la carte maintenant' })).toBeNull();
    expect(waitingNote(container)).toBeNull();
    done();
  });

  it('starts at once when asked, without waiting for the graph', async () => {
    const { container, done } = waitingSetup();
    await userEvent.click(await showNow(container));
    await triedTheMap(container);
    expect(waitingNote(container)).toBeNull();
    done();
  });
});

describe('the list of places', () => {
  it('has a button per place, in alphabetical order, with the actors seated there', async () => {
    const { places } = await setup();
    const buttons = within(places())
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-pressed') && b.closest('.map-place-list'));
    expect(buttons.map((b) => b.querySelector('.map-place-name')?.textContent)).toEqual([
      'Barcelone',
      'Bobigny',
      'Boutilimit',
      'Lille',
      'Nanterre',
      'Paris 18e',
      'Saint-Denis',
      'Savigny-le-Temple',
    ]);
    expect(within(places()).getByRole('button', { name: 'Lille 3 acteurs' })).toBeTruthy();
    expect(within(places()).getByRole('button', { name: 'Barcelone 1 acteur' })).toBeTruthy();
  });

  it('selects a place by keyboard and shows what is there: actors and the sessions presenting them', async () => {
    const { store, container, places } = await setup();
    const savigny = within(places()).getByRole('button', { name: /^Savigny-le-Temple/ });
    savigny.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'place', id: 'savigny-le-temple' });
    expect(savigny.getAttribute('aria-pressed')).toBe('true');
    const info = getByRole(container, 'region', { name: 'Ce qu’il y a ici' });
    expect(within(info).getByRole('heading', { level: 3 }).textContent).toBe('Savigny-le-Temple');
    expect(within(info).getByRole('heading', { level: 4, name: 'Acteurs établis ici' })).toBeTruthy();
    expect(within(info).getByRole('button', { name: 'Savigny-le-Temple (77) — commune' })).toBeTruthy();
    const session = within(info).getByRole('button', { name: /Eveline Lebault/ });
    expect(session.textContent).toMatch(/^Session 2 : L'expérience de la municipalité de Savigny-le-Temple/);
    expect(getByText(container, 'Savigny-le-Temple : 1 acteur, 1 session').getAttribute('role')).toBe('status');

    await userEvent.click(session);
    expect(store.get().selection).toEqual({ type: 'session', id: 'savigny-le-temple' });
    const sessionHeading = within(info).getByRole('heading', { level: 3 });
    expect(sessionHeading.textContent).toMatch(/^L'expérience de la municipalité/);
    // The button clicked is gone; focus goes to the new heading, not to the page.
    expect(document.activeElement).toBe(sessionHeading);
    await userEvent.click(within(info).getByRole('button', { name: 'Savigny-le-Temple' }));
    expect(store.get().selection).toEqual({ type: 'place', id: 'savigny-le-temple' });

    await userEvent.click(getByRole(container, 'button', { name: 'Effacer la sélection' }));
    expect(store.get().selection).toBeNull();
    expect(info.textContent).toContain('Choisissez un lieu');
    expect(within(info).queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('lists the places of a session selected elsewhere, and marks them in the list', async () => {
    const { store, container, places } = await setup();
    store.update(select({ type: 'session', id: 'cites-unies-france' }));
    const info = getByRole(container, 'region', { name: 'Ce qu’il y a ici' });
    expect(within(info).getByRole('heading', { level: 3 }).textContent).toBe("Cités Unies France : enjeux et perspectives d'alliances en France");
    expect(
      within(info)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Barcelone', 'Bobigny', 'Paris 18e', 'Effacer la sélection']);
    expect(within(places()).getByRole('button', { name: /^Barcelone 1 acteur, dans la sélection$/ })).toBeTruthy();
    expect(within(places()).getByRole('button', { name: /^Lille 3 acteurs$/ })).toBeTruthy();
  });

  it('lists the actors with no seat, each selecting the actor', async () => {
    const { store, container } = await setup();
    const seatless = getByRole(container, 'list', { name: 'Sans siège sur la carte' });
    expect(
      within(seatless)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Réseau AGCS', 'Mouvement des AMAP', 'Cités Unies Belgique', 'Campagne mondiale pour les OMD', 'Collectivités locales (ensemble)']);
    await userEvent.click(within(seatless).getByRole('button', { name: 'Campagne mondiale pour les OMD' }));
    expect(store.get().selection).toEqual({ type: 'actor', id: 'campagne-omd' });
    // The campaign has no seat; CGLU, tied to it (its own cities' campaign, unsourced), is in Barcelona.
    const info = getByRole(container, 'region', { name: 'Ce qu’il y a ici' });
    expect(within(info).getByRole('heading', { level: 3 }).textContent).toBe('Campagne mondiale pour les OMD');
    expect(
      within(info)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Barcelone', 'Effacer la sélection']);
    store.update(select({ type: 'actor', id: 'reseau-agcs' }));
    expect(info.textContent).toContain('Rien de cette sélection n’est sur la carte.');
  });

  it('counts only the actors the filters let through', async () => {
    const { store, places } = await setup();
    store.update(setFilters(() => ({ ...noFilters, hiddenKinds: ['association'] })));
    expect(within(places()).getByRole('button', { name: 'Lille 2 acteurs' })).toBeTruthy();
  });

  it('speaks English when the language changes', async () => {
    const { store, container } = await setup();
    await findByText(container, /WebGL 2/);
    store.update(setLanguage('en'));
    const places = getByRole(container, 'region', { name: 'Places' });
    // The English order is worked out from the next task (the list busy meanwhile).
    expect(await within(places).findByRole('button', { name: 'Barcelona 1 actor' })).toBeTruthy();
    expect(getByText(container, /this browser has no WebGL 2/)).toBeTruthy();
    expect(getByRole(container, 'region', { name: 'What is here' })).toBeTruthy();
  });
});

describe('the legend', () => {
  it('names the relation kinds drawn as arcs, and the dashes of unsourced links', async () => {
    const { store, container } = await setup();
    const legend = getByRole(container, 'region', { name: 'Liens entre lieux', hidden: true });
    const items = within(legend)
      .getAllByRole('listitem', { hidden: true })
      .map((li) => li.textContent);
    // The graph's families, with the kinds drawn on the map.
    expect(items).toEqual(['appartenance (membre de, membre fondateur de)', 'coopération, réciproque (jumelé avec)', 'tirets : lien non sourcé']);
    store.update(setFilters((f) => ({ ...f, hideUnsourced: true })));
    expect(within(legend).queryByText('tirets : lien non sourcé')).toBeNull();
  });

  it('of a large network is worked out over a few tasks, and says what the latest filters draw', async () => {
    const { json, notes } = syntheticDataset(3000, { relations: 6000 });
    const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
    if (!loaded.ok) throw new Error('synthetic dataset invalid');
    const store = createStore<ViewState>(initialViewState);
    // Alone on the page: the legend is named by its heading's id.
    document.body.replaceChildren();
    const container = document.createElement('section');
    document.body.append(container);
    const map = mountMap(container, { dataset: loaded.dataset, store, webgl: () => false });
    // Not yet: the page is given back first, and the legend shows once it knows what it says.
    expect(queryByRole(container, 'region', { name: 'Liens entre lieux' })).toBeNull();
    const items = async () => {
      const legend = await waitFor(() => getByRole(container, 'region', { name: 'Liens entre lieux' }));
      return within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    };
    const all = await items();
    expect(all).toContain('tirets : lien non sourcé');
    // Two changes in a row: what is shown is the second's, never the first's.
    store.update(setFilters((f) => ({ ...f, hideUnsourced: true })));
    store.update(setFilters((f) => ({ ...f, hideUnsourced: false })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await items()).toEqual(all);
    store.update(setFilters((f) => ({ ...f, hideUnsourced: true })));
    await waitFor(() => expect(queryByText(container, 'tirets : lien non sourcé')).toBeNull());
    expect((await items()).length).toBe(all.length - 1);
    map.destroy();
    container.remove();
  });
});

describe('the basemap setting', () => {
  it('without WebGL, the WebGL notice is the one shown (the refusal itself is tested in the unit tests)', async () => {
    const { container } = await setup('?basemap=javascript%3Aalert(1)');
    expect((await findByText(container, /WebGL 2/)).getAttribute('role')).toBe('status');
  });
});

describe('destroy', () => {
  it('removes what it added, and is safe to call twice', async () => {
    const { map, container, store } = await setup();
    map.destroy();
    map.destroy();
    expect(container.childElementCount).toBe(0);
    store.update(select({ type: 'place', id: 'lille' }));
    expect(container.childElementCount).toBe(0);
  });
});

describe('a large network’s actors with no seat', () => {
  it('lists the first ones, the rest on demand, and always the one selected', async () => {
    const { json, notes } = syntheticDataset(700);
    const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
    if (!loaded.ok) throw new Error('synthetic dataset invalid');
    const seatless = seatlessActors(loaded.dataset);
    expect(seatless.length).toBeGreaterThan(SEATLESS_SHOWN + 5);
    const store = createStore<ViewState>(initialViewState);
    const container = document.createElement('section');
    document.body.append(container);
    const map = mountMap(container, { dataset: loaded.dataset, store, webgl: () => false });
    await placesListed(container);
    const list = getByRole(container, 'list', { name: 'Sans siège sur la carte' });
    expect(within(list).getAllByRole('button')).toHaveLength(SEATLESS_SHOWN);
    // One selected elsewhere (in the graph, the search) is listed, and shown pressed.
    const far = seatless.at(-1)!;
    store.update(select({ type: 'actor', id: far.id }));
    const pressed = within(list).getByRole('button', { pressed: true });
    expect(pressed.getAttribute('data-actor')).toBe(far.id);
    expect(within(list).getAllByRole('button')).toHaveLength(SEATLESS_SHOWN + 1);
    const more = getByRole(container, 'button', { name: `Afficher les ${(seatless.length - SEATLESS_SHOWN - 1).toLocaleString('fr')} autres` });
    await userEvent.click(more);
    expect(within(list).getAllByRole('button')).toHaveLength(seatless.length);
    expect(queryByRole(container, 'button', { name: /^Afficher les/ })).toBeNull();
    // The keyboard goes on from the first actor just listed.
    expect(document.activeElement?.getAttribute('data-actor')).toBe(seatless[SEATLESS_SHOWN]!.id);
    expect(within(list).getByRole('button', { pressed: true }).getAttribute('data-actor')).toBe(far.id);
    map.destroy();
    container.remove();
  });
});
