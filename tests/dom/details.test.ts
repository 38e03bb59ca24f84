import { describe, expect, it } from 'vitest';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createDetails } from '../../src/ui/details';
import { select, setLanguage } from '../../src/state/actions';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();

describe('the details panel', () => {
  it('shows an actor with kind, scale, seat, description, relations with provenance and sessions', () => {
    const store = setupStore({ selection: { type: 'actor', id: 'cites-unies-belgique' } });
    const root = container();
    createDetails(root, dataset, store);
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Cités Unies Belgique');
    expect(root.textContent).toContain('réseau de collectivités');
    expect(root.textContent).toContain('National');
    expect(root.textContent).toContain('Sans siège connu');
    // programme quote, and the unsourced badge
    expect(root.textContent).toContain('Le programme : « Cités Unies Belgique et son action dans la campagne mondiale pour les OMD »');
    expect(root.textContent).toContain('Non sourcé');
    const sessions = getByRole(root, 'heading', { name: 'Sessions qui le présentent' }).parentElement as HTMLElement;
    expect(within(sessions).getByRole('button', { name: /Cités Unies Belgique et son action/ })).toBeTruthy();
  });

  it('links a source relation to its address, opening in a new tab', () => {
    const store = setupStore({ selection: { type: 'actor', id: 'commune-de-boutilimit' } });
    const root = container();
    createDetails(root, dataset, store);
    const links = within(root).getAllByRole('link', { name: /savigny-le-temple\.fr/ });
    expect(links[0]?.getAttribute('href')).toBe('https://savigny-le-temple.fr/content/boutilimit');
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
  });

  it('opens a session with its speakers, actors and Markdown notes', () => {
    const store = setupStore({ selection: { type: 'session', id: 'savigny-le-temple' } });
    const root = container();
    createDetails(root, dataset, store);
    const notes = getByRole(root, 'region', { name: 'Notes de la session' });
    expect(within(notes).getByRole('heading', { level: 4 }).textContent).toContain('Savigny-le-Temple');
    expect(notes.textContent).toContain('Eveline Lebault');
    expect(within(notes).getByRole('link').getAttribute('target')).toBe('_blank');
  });

  it('follows a link inside the panel: choosing an actor selects it everywhere', async () => {
    const store = setupStore({ selection: { type: 'place', id: 'lille' } });
    const root = container();
    createDetails(root, dataset, store);
    await userEvent.click(getByRole(root, 'button', { name: 'Lianes Coopération' }));
    expect(store.get().selection).toEqual({ type: 'actor', id: 'lianes-cooperation' });
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Lianes Coopération');
  });

  it('closes with its button and follows the language', async () => {
    const store = setupStore({ selection: { type: 'person', id: 'gilbert-roger' } });
    const root = container();
    createDetails(root, dataset, store);
    store.update(setLanguage('en'));
    expect(root.textContent).toContain('Speaks for');
    await userEvent.click(getByRole(root, 'button', { name: 'Close details' }));
    expect(store.get().selection).toBeNull();
    expect(queryByRole(root, 'button', { name: 'Close details' })).toBeNull();
    store.update(select({ type: 'actor', id: 'cglu' }));
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('United Cities and Local Governments (UCLG)');
  });
});

describe('an actor’s session notes', () => {
  it('opens the notes of the session that presents it, naming its speaker', () => {
    const store = setupStore({ selection: { type: 'actor', id: 'savigny-le-temple' } });
    const root = container();
    createDetails(root, dataset, store);
    const notes = getByRole(root, 'region', { name: 'Notes de la session' });
    expect(notes.textContent).toContain('Eveline Lebault, maire adjointe');
    expect(notes.querySelector('details')?.open).toBe(true);
  });
});
