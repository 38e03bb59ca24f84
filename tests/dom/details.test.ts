import { beforeAll, describe, expect, it } from 'vitest';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createDetails } from '../../src/ui/details';
import { select, setLanguage } from '../../src/state/actions';
import { indexDataset } from '../../src/data/dataset';
import { container, setupStore, shippedDataset } from './helpers';
import { loadMarkdown } from '../../src/ui/markdown';

const dataset = shippedDataset();
// As in the app once used: the notes' Markdown renderer is loaded (its lazy path: markdown-lazy.test.ts).
beforeAll(async () => {
  await loadMarkdown();
});

describe('the details panel', () => {
  it('shows an actor with kind, scale, seat, description, relations with provenance and sessions', () => {
    const store = setupStore({ selection: { type: 'actor', id: 'cites-unies-belgique' } });
    const root = container();
    createDetails(root, dataset, store);
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Cités Unies Belgique');
    expect(root.textContent).toContain('Nommée par le programme');
    expect(root.textContent).toContain('National');
    expect(root.textContent).toContain('Sans siège connu');
    // programme quote, and the unsourced badge
    expect(root.textContent).toContain('« Cités Unies Belgique et son action dans la campagne mondiale pour les OMD » — Programme de l’atelier');
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

  it('opens a session with its notes in two parts: the programme’s words, then footnoted context', () => {
    const store = setupStore({ selection: { type: 'session', id: 'savigny-le-temple' } });
    const root = container();
    createDetails(root, dataset, store);
    const notes = getByRole(root, 'region', { name: 'Notes de la session' });
    const programme = within(notes).getByRole('region', { name: 'Ce que dit le programme' });
    expect(within(programme).getByRole('heading', { level: 4 }).textContent).toBe('Ce que dit le programme');
    expect(programme.textContent).toContain('par Eveline Lebault, Maire adjointe.');
    expect(programme.textContent).not.toContain('Boutilimit');
    const context = within(notes).getByRole('region', { name: 'Contexte, d’après d’autres sources' });
    expect(context.textContent).toContain('jumelée depuis 1986 avec Boutilimit');
    // the footnote call leads to a numbered reference whose address is a link to the page
    const call = within(context).getByRole('link', { name: '1' });
    const reference = context.querySelector(call.getAttribute('href') ?? '-') as HTMLElement;
    expect(reference.tagName).toBe('LI');
    expect(within(context).getByRole('heading', { name: 'Références' })).toBeTruthy();
    const page = within(reference).getByRole('link', { name: /savigny-le-temple\.fr\/content\/boutilimit/ });
    expect(page.getAttribute('target')).toBe('_blank');
  });

  it('shows the English note in English, its programme part marked as translated', () => {
    const store = setupStore({ lang: 'en', selection: { type: 'session', id: 'amap' } });
    const root = container();
    createDetails(root, dataset, store);
    const notes = getByRole(root, 'region', { name: 'Session notes' });
    expect(notes.querySelector('.notes')?.getAttribute('lang')).toBe('en');
    expect(within(notes).getByRole('region', { name: 'What the programme says' }).textContent).toContain('What the programme says (translated from French)');
    expect(within(notes).getByRole('region', { name: 'Context, from other sources' }).textContent).toContain('Ollioules');
    expect(within(notes).queryByText('(in French)')).toBeNull();
  });

  it('falls back to the French note, marked as French, when a session has no English note', () => {
    const french = indexDataset(dataset, Object.fromEntries(dataset.sessions.map((s) => [s.notes, dataset.notesBySession.get(s.id) ?? ''])));
    const store = setupStore({ lang: 'en', selection: { type: 'session', id: 'amap' } });
    const root = container();
    createDetails(root, french, store);
    const notes = getByRole(root, 'region', { name: 'Session notes' });
    expect(notes.querySelector('.notes')?.getAttribute('lang')).toBe('fr');
    expect(within(notes).getByText('(in French)')).toBeTruthy();
    expect(notes.textContent).toContain('Le rôle des municipalités dans la dynamique AMAP');
  });

  it('shows a programme quote in quotation marks with the workshop programme as its source', () => {
    const store = setupStore({ lang: 'en', selection: { type: 'actor', id: 'region-nord-pas-de-calais' } });
    const root = container();
    createDetails(root, dataset, store);
    const quotes = [...root.querySelectorAll('q')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.textContent).toMatch(/^“.+”$/);
      expect(q.getAttribute('lang')).toBe('fr');
      expect(q.parentElement?.querySelector('cite')?.textContent).toBe('Workshop programme');
    }
    expect(root.textContent).toContain("From the programme: “L'expérience de la Communauté urbaine de Lille et de la région NPdC : Lianes Coopération”");
  });

  it('shows a source address as a link to the precise page with its domain visible', () => {
    const store = setupStore({ selection: { type: 'actor', id: 'cites-unies-france' } });
    const root = container();
    createDetails(root, dataset, store);
    const sources = getByRole(root, 'heading', { name: 'Sources' }).parentElement as HTMLElement;
    const link = within(sources).getByRole('link', { name: 'rencontres-action-internationale-collectivites.org' });
    expect(link.getAttribute('href')).toBe('https://rencontres-action-internationale-collectivites.org/-Cites-unies-France-EN-');
    const relation = within(root).getAllByRole('link', { name: /Source : rencontres-action-internationale-collectivites\.org/ });
    expect(relation[0]?.getAttribute('href')).toBe('https://rencontres-action-internationale-collectivites.org/-Cites-unies-France-EN-');
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
    expect(notes.textContent).toContain('Eveline Lebault, Maire adjointe');
    expect(notes.querySelector('details')?.open).toBe(true);
  });
});
