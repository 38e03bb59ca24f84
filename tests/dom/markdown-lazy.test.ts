import { describe, expect, it } from 'vitest';
import { findByRole, getByRole, within } from '@testing-library/dom';
import { createDetails } from '../../src/ui/details';
import { markdownRenderer } from '../../src/ui/markdown';
import { container, setupStore, shippedDataset } from './helpers';

// The notes' Markdown renderer is a chunk of its own, loaded at the first press or key. A note
// opened before it came still shows, whole, when it comes.
describe('a session note opened before the Markdown renderer is loaded', () => {
  it('says it is busy, then shows the note in its two parts', async () => {
    expect(markdownRenderer()).toBeNull();
    const store = setupStore({ selection: { type: 'session', id: 'savigny-le-temple' } });
    const root = container();
    createDetails(root, shippedDataset(), store);
    const notes = getByRole(root, 'region', { name: 'Notes de la session' });
    expect(notes.querySelector('.notes')?.getAttribute('aria-busy')).toBe('true');
    const programme = await findByRole(notes, 'region', { name: 'Ce que dit le programme' });
    expect(programme.textContent).toContain('par Eveline Lebault, Maire adjointe.');
    expect(within(notes).getByRole('region', { name: 'Contexte, d’après d’autres sources' }).textContent).toContain('jumelée depuis 1986 avec Boutilimit');
    expect(notes.querySelector('.notes')?.hasAttribute('aria-busy')).toBe(false);
  });
});
