import { describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createFilters } from '../../src/ui/filters';
import { visibleActorIds, visibleRelations } from '../../src/state/derive';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();

function setup() {
  const store = setupStore();
  const root = container();
  createFilters(root, dataset, store);
  return { store, root };
}

describe('the filters', () => {
  it('count what is shown, and hide a kind of actor from graph and map alike', async () => {
    const { store, root } = setup();
    const count = getByRole(root, 'status');
    expect(count.textContent).toBe('16 acteurs sur 16 et 13 relations sur 13 affichés');
    await userEvent.click(getByRole(root, 'checkbox', { name: 'commune' }));
    expect(store.get().filters.hiddenKinds).toEqual(['municipality']);
    const shown = visibleActorIds(dataset, store.get().filters);
    expect(shown.has('savigny-le-temple')).toBe(false);
    expect(count.textContent).toBe(`13 acteurs sur 16 et ${visibleRelations(dataset, store.get().filters).length} relations sur 13 affichés`);
    expect(getByRole(root, 'checkbox', { name: 'commune' })).toHaveProperty('checked', false);
  });

  it('hide unsourced relations', async () => {
    const { store, root } = setup();
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Masquer les relations non sourcées' }));
    const relations = visibleRelations(dataset, store.get().filters);
    expect(relations.every((r) => r.provenance.type !== 'unsourced')).toBe(true);
    expect(getByRole(root, 'status').textContent).toContain('9 relations sur 13');
  });

  it('filter by theme and by scale, and reset', async () => {
    const { store, root } = setup();
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Grande pauvreté' }));
    const shown = visibleActorIds(dataset, store.get().filters);
    expect([...shown].sort()).toEqual(['campagne-omd', 'cites-unies-belgique', 'institut-etudes-europeennes', 'universite-paris-8', 'ville-de-nanterre']);
    await userEvent.click(getByRole(root, 'checkbox', { name: 'Mondial' }));
    expect(visibleActorIds(dataset, store.get().filters).has('campagne-omd')).toBe(false);
    await userEvent.click(getByRole(root, 'button', { name: 'Réinitialiser les filtres' }));
    expect(getByRole(root, 'status').textContent).toBe('16 acteurs sur 16 et 13 relations sur 13 affichés');
    expect(getByRole(root, 'checkbox', { name: 'Mondial' })).toHaveProperty('checked', true);
  });
});
