import { describe, expect, it } from 'vitest';
import { getAllByRole, getByRole, queryAllByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { setFilters, setLanguage } from '../../src/state/actions';
import { createGraphView } from '../../src/graph/view';
import { ACTOR_KINDS } from '../../src/data/schema';
import { translator } from '../../src/i18n/t';

const dataset = (() => {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
})();
const fr = translator('fr');

function setup(state: Partial<ViewState> = {}) {
  const store = createStore<ViewState>({ ...initialViewState, ...state });
  const container = document.createElement('section');
  container.setAttribute('aria-label', 'Graphe des alliances');
  document.body.append(container);
  const view = createGraphView(container, { dataset, store });
  return { store, container, view };
}

const actorNode = (container: HTMLElement, name: RegExp) => getByRole(container, 'button', { name });
const nodeButtons = (container: HTMLElement) => getAllByRole(container, 'button').filter((b) => b.getAttribute('data-node') !== null);
const position = (el: Element) => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  return { x: Number(m?.[1]), y: Number(m?.[2]) };
};

describe('the graph legend', () => {
  it('lists exactly the kinds of actor present', () => {
    const { container } = setup();
    const list = getByRole(container, 'list', { name: 'Types d’acteurs' });
    const present = new Set(dataset.actors.map((a) => a.kind));
    const expected = ACTOR_KINDS.filter((k) => present.has(k)).map((k) => fr(`kind.${k}`));
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expect.arrayContaining(expected));
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length);
  });

  it('drops a kind that the filters hide, and its nodes', () => {
    const { container, store } = setup();
    store.update(setFilters((f) => ({ ...f, hiddenKinds: ['university'] })));
    const list = getByRole(container, 'list', { name: 'Types d’acteurs' });
    expect(within(list).queryByText('université')).toBeNull();
    expect(queryAllByRole(container, 'button', { name: /, université, / })).toHaveLength(0);
    expect(within(list).getByText('commune')).toBeTruthy();
  });
});

describe('the graph nodes', () => {
  it('names every actor node with its name, kind and scale, and makes exactly one reachable by Tab', () => {
    const { container } = setup();
    expect(nodeButtons(container)).toHaveLength(dataset.actors.length);
    expect(actorNode(container, /^Cités Unies France, réseau de collectivités, national$/)).toBeTruthy();
    expect(nodeButtons(container).filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('moves between a node and its neighbours with the arrow keys; Enter selects, Escape clears', async () => {
    const { container, store } = setup();
    const user = userEvent.setup();
    const savigny = actorNode(container, /^Savigny-le-Temple \(77\), commune/);
    const boutilimit = actorNode(container, /^Commune de Boutilimit/);
    const a = position(savigny);
    const b = position(boutilimit);
    const horizontal = Math.abs(b.x - a.x) > Math.abs(b.y - a.y);
    const toward = horizontal ? (b.x > a.x ? '{ArrowRight}' : '{ArrowLeft}') : b.y > a.y ? '{ArrowDown}' : '{ArrowUp}';
    const back = { '{ArrowRight}': '{ArrowLeft}', '{ArrowLeft}': '{ArrowRight}', '{ArrowDown}': '{ArrowUp}', '{ArrowUp}': '{ArrowDown}' }[toward];
    savigny.focus();
    await user.keyboard(toward);
    expect(document.activeElement).toBe(boutilimit);
    expect(boutilimit.getAttribute('tabindex')).toBe('0');
    expect(savigny.getAttribute('tabindex')).toBe('-1');
    await user.keyboard(back ?? '');
    expect(document.activeElement).toBe(savigny);
    await user.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'actor', id: 'savigny-le-temple' });
    expect(savigny.getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    expect(store.get().selection).toBeNull();
  });

  it('from a hub, every arrow that has a neighbour that way lands on a neighbour', async () => {
    const { container } = setup();
    const user = userEvent.setup();
    const cuf = actorNode(container, /^Cités Unies France,/);
    const neighbours = new Set(['Cités et Gouvernements Locaux Unis (CGLU)', 'Conseil général de la Seine-Saint-Denis (CG 93)']);
    let reached = 0;
    for (const key of ['{ArrowUp}', '{ArrowDown}', '{ArrowLeft}', '{ArrowRight}']) {
      cuf.focus();
      await user.keyboard(key);
      const name = document.activeElement?.getAttribute('aria-label') ?? '';
      if ([...neighbours].some((n) => name.startsWith(n))) reached++;
    }
    expect(reached).toBeGreaterThanOrEqual(2);
  });

  it('selects a node on click and shows its name, kind, scale, seat and relations', async () => {
    const { container, store } = setup();
    const user = userEvent.setup();
    await user.click(actorNode(container, /^Savigny-le-Temple \(77\)/));
    expect(store.get().selection).toEqual({ type: 'actor', id: 'savigny-le-temple' });
    const details = getByRole(container, 'region', { name: 'Sélection dans le graphe' });
    expect(within(details).getByRole('heading').textContent).toBe('Savigny-le-Temple (77)');
    expect(details.textContent).toContain('commune · Local · Siège : Savigny-le-Temple (France)');
    expect(within(details).getByRole('list', { name: 'Relations' }).textContent).toContain('jumelé avec');
    await user.click(within(details).getByRole('button', { name: 'Effacer la sélection' }));
    expect(store.get().selection).toBeNull();
  });
});

describe('the graph toggles', () => {
  it('add and remove speakers and sessions', async () => {
    const { container } = setup();
    const user = userEvent.setup();
    const people = getByRole(container, 'button', { name: 'Intervenant·es' });
    const sessions = getByRole(container, 'button', { name: 'Sessions' });
    expect(queryAllByRole(container, 'button', { name: /, intervenant·e pour / })).toHaveLength(0);

    await user.click(people);
    expect(people.getAttribute('aria-pressed')).toBe('true');
    expect(getAllByRole(container, 'button', { name: /, intervenant·e pour / })).toHaveLength(dataset.people.length);
    expect(getByRole(container, 'button', { name: 'Gilbert Roger, intervenant·e pour Conseil général de la Seine-Saint-Denis (CG 93)' })).toBeTruthy();

    await user.click(sessions);
    expect(getAllByRole(container, 'button', { name: /^Session \d : / })).toHaveLength(dataset.sessions.length);
    expect(within(getByRole(container, 'list', { name: 'Types d’acteurs' })).getByText('session')).toBeTruthy();

    await user.click(people);
    expect(queryAllByRole(container, 'button', { name: /, intervenant·e pour / })).toHaveLength(0);
    await user.click(sessions);
    expect(queryAllByRole(container, 'button', { name: /^Session \d : / })).toHaveLength(0);
    expect(nodeButtons(container)).toHaveLength(dataset.actors.length);
  }, 30_000); // lays out the graph three times: give it room on a busy machine

  it('switches layout with pressed buttons, keeping every node', async () => {
    const { container, store } = setup();
    const user = userEvent.setup();
    await user.click(getByRole(container, 'button', { name: 'Libre' }));
    expect(store.get().layout).toBe('free');
    expect(getByRole(container, 'button', { name: 'Libre' }).getAttribute('aria-pressed')).toBe('true');
    expect(nodeButtons(container)).toHaveLength(dataset.actors.length);
  });
});

describe('the graph in English, and its teardown', () => {
  it('renames nodes and controls when the language changes', () => {
    const { container, store } = setup();
    store.update(setLanguage('en'));
    expect(actorNode(container, /^Cités Unies France \(United Cities France\), network of local authorities, national$/)).toBeTruthy();
    expect(getByRole(container, 'button', { name: 'Speakers' })).toBeTruthy();
    expect(getByRole(container, 'list', { name: 'Kinds of actors' })).toBeTruthy();
  });

  it('removes itself, and destroy is safe to call twice', () => {
    const { container, view, store } = setup();
    view.destroy();
    view.destroy();
    expect(container.childElementCount).toBe(0);
    store.update(setLanguage('en'));
    expect(container.childElementCount).toBe(0);
  });
});
