import { afterEach, describe, expect, it } from 'vitest';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createDetails } from '../../src/ui/details';
import { createProgramme } from '../../src/ui/programme';
import { createEscapeClears } from '../../src/ui/escape';
import type { ViewState } from '../../src/state/viewState';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function setup(state: Partial<ViewState> = {}) {
  const store = setupStore(state);
  const root = container();
  const parts = [createDetails(root, dataset, store), createProgramme(root, dataset, store), createEscapeClears(store)];
  cleanups.push(() => parts.forEach((p) => p.destroy()));
  return { store, root };
}

describe('Escape anywhere', () => {
  it('clears the selection from a programme button', async () => {
    const user = userEvent.setup();
    const { root } = setup();
    const session = getAllByRole(getByRole(root, 'navigation', { name: 'Programme' }), 'button')[0]!;
    await user.click(session);
    expect(session.getAttribute('aria-pressed')).toBe('true');
    expect(getByRole(root, 'button', { name: 'Fermer les détails' })).toBeTruthy();
    expect(document.activeElement).toBe(session);
    await user.keyboard('{Escape}');
    expect(session.getAttribute('aria-pressed')).toBe('false');
    expect(queryByRole(root, 'button', { name: 'Fermer les détails' })).toBeNull();
  });

  it('clears it from the page body and from the details panel', async () => {
    const user = userEvent.setup();
    const { root, store } = setup({ selection: { type: 'actor', id: 'cites-unies-belgique' } });
    await user.keyboard('{Escape}');
    expect(store.get().selection).toBeNull();
    await user.click(getAllByRole(getByRole(root, 'navigation', { name: 'Programme' }), 'button')[1]!);
    getByRole(root, 'button', { name: 'Fermer les détails' }).focus();
    await user.keyboard('{Escape}');
    expect(queryByRole(root, 'button', { name: 'Fermer les détails' })).toBeNull();
  });

  it('leaves the selection alone while a dialog is open', async () => {
    const user = userEvent.setup();
    const { root } = setup();
    const session = getAllByRole(getByRole(root, 'navigation', { name: 'Programme' }), 'button')[0]!;
    await user.click(session);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    dialog.append(Object.assign(document.createElement('button'), { textContent: 'OK' }));
    document.body.append(dialog);
    getByRole(dialog, 'button', { name: 'OK' }).focus();
    await user.keyboard('{Escape}');
    expect(session.getAttribute('aria-pressed')).toBe('true');
    dialog.remove();
    session.focus();
    await user.keyboard('{Escape}');
    expect(session.getAttribute('aria-pressed')).toBe('false');
  });

  it('leaves Escape to the presenter while presenting, and to a field being typed in', async () => {
    const user = userEvent.setup();
    const { store } = setup({ selection: { type: 'actor', id: 'cites-unies-belgique' }, step: 1 });
    await user.keyboard('{Escape}');
    expect(store.get().selection).not.toBeNull();
    store.update((s) => ({ ...s, step: null }));
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Champ');
    document.body.append(field);
    field.focus();
    await user.keyboard('{Escape}');
    expect(store.get().selection).not.toBeNull();
  });
});
