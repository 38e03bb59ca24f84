import { describe, expect, it } from 'vitest';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createDetails } from '../../src/ui/details';
import { createFilters } from '../../src/ui/filters';
import type { ViewState } from '../../src/state/viewState';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();

function setup(state: Partial<ViewState>) {
  const store = setupStore(state);
  const root = container();
  createDetails(root, dataset, store);
  createFilters(root, dataset, store);
  const details = getByRole(root, 'region', { name: state.lang === 'en' ? 'Details of the selection' : 'Détails de la sélection' });
  return { store, root, details };
}

describe('a selection the filters hide', () => {
  it('says so in the details, and Afficher resets the filters so it shows again', async () => {
    const user = userEvent.setup();
    const { root, details } = setup({ selection: { type: 'actor', id: 'savigny-le-temple' } });
    expect(queryByRole(details, 'status')).toBeNull();
    await user.click(getByRole(root, 'checkbox', { name: 'commune' }));
    const status = getByRole(details, 'status');
    expect(status.textContent).toBe('Savigny-le-Temple (77) est masqué par les filtres — Afficher');
    await user.click(within(status).getByRole('button', { name: 'Afficher' }));
    expect(queryByRole(details, 'status')).toBeNull();
    expect(getByRole(root, 'checkbox', { name: 'commune' })).toHaveProperty('checked', true);
    expect(root.textContent).toContain('16 acteurs sur 16');
    // the details of the selection are still there
    expect(getByRole(details, 'heading', { level: 2 }).textContent).toBe('Savigny-le-Temple (77)');
  });

  it('says so for a place whose actors are all hidden, in English too', async () => {
    const user = userEvent.setup();
    const { root, details } = setup({ selection: { type: 'place', id: 'nanterre' }, lang: 'en' });
    expect(queryByRole(details, 'status')).toBeNull();
    await user.click(getByRole(root, 'checkbox', { name: 'municipality' }));
    expect(getByRole(details, 'status').textContent).toBe('Nanterre is hidden by the filters — Show');
    await user.click(getByRole(details, 'button', { name: 'Show' }));
    expect(queryByRole(details, 'status')).toBeNull();
  });
});
