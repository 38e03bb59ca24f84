import { describe, expect, it } from 'vitest';
import { findByRole, getByRole, queryAllByRole, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createSearch } from '../../src/ui/search';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();

function setup() {
  const store = setupStore();
  const root = container();
  createSearch(root, dataset, store);
  return { store, root, box: getByRole(root, 'combobox', { name: 'Rechercher' }) as HTMLInputElement };
}

describe('the search box', () => {
  it('"/" focuses it from anywhere on the page', async () => {
    const { box } = setup();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(box);
  });

  it('lists both Cités Unies for "cites unies" and chooses with the arrows and Enter', async () => {
    const { root, box, store } = setup();
    await userEvent.type(box, 'cites unies');
    // The search's code arrives when the box is first used.
    expect(await findByRole(root, 'option', { name: 'Cités Unies France, acteur' })).toBeTruthy();
    expect(getByRole(root, 'option', { name: 'Cités Unies Belgique, acteur' })).toBeTruthy();
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const secondText = queryAllByRole(root, 'option')[1]?.textContent;
    await userEvent.keyboard('{ArrowDown}');
    const chosen = getByRole(root, 'option', { selected: true });
    expect(chosen.textContent).toBe(secondText);
    const chosenText = chosen.textContent ?? '';
    await userEvent.keyboard('{Enter}');
    const selection = store.get().selection;
    expect(selection?.type).toBe('actor');
    expect(chosenText).toContain(dataset.actorById.get(selection?.id ?? '')?.name.fr ?? 'none');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('says so when nothing matches', async () => {
    const { root, box } = setup();
    await userEvent.type(box, 'zzzqx');
    await waitFor(() => expect(getByRole(root, 'status').textContent).toBe('Aucun résultat pour « zzzqx »'));
  });

  it('choosing a theme filters by it', async () => {
    const { box, store } = setup();
    await userEvent.type(box, 'pauvrete{Enter}');
    await waitFor(() => expect(store.get().filters.themes).toEqual(['grande-pauvrete']));
  });

  it('answers what was typed, and an Enter pressed, before its code had arrived', async () => {
    const { box, store } = setup();
    // Typed at once (no pause between keys): the index is not there yet.
    box.focus();
    box.value = 'savigny';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(store.get().selection).toBeNull();
    await waitFor(() => expect(store.get().selection).toEqual({ type: 'actor', id: 'savigny-le-temple' }));
  });
});
