// The app as it starts in a page: the workshop's views wired to one store, the language kept, a
// bad data link explained in words, and the console window with its own controls.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findByRole, getByRole, queryByRole, queryByText, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

beforeEach(() => {
  vi.resetModules();
  // jsdom has neither canvas nor WebGL: the map says so and the graph draws in SVG.
  HTMLCanvasElement.prototype.getContext = () => null;
  localStorage.clear();
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function boot(address: string) {
  window.history.replaceState(null, '', address);
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  await import('../../src/main');
  return app;
}

describe('the app', () => {
  it('shows the workshop with its graph, map, programme and header, and keeps the language chosen', async () => {
    const app = await boot('/');
    const title = await findByRole(app, 'heading', { level: 1, name: /^Du local au mondial/ });
    expect(title).toBeTruthy();
    expect(getByRole(app, 'region', { name: 'Graphe des alliances' })).toBeTruthy();
    expect(getByRole(app, 'button', { name: 'Agrandir : Graphe des alliances' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    await userEvent.setup().click(getByRole(app, 'button', { name: 'Switch to English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(getByRole(app, 'heading', { level: 1, name: /^From local to global/ })).toBeTruthy();
    expect(localStorage.getItem('maillage:lang')).toBe('en');
    // The language is in the address too, so the link shared says it (once the change is painted).
    await waitFor(() => expect(window.location.hash).toContain('en'));
  }, 60_000);

  it('starts in the language kept from the last visit', async () => {
    localStorage.setItem('maillage:lang', 'en');
    const app = await boot('/');
    expect(await findByRole(app, 'heading', { level: 1, name: /^From local to global/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  }, 60_000);

  it('takes the language of a ?lang= link and moves it into the hash', async () => {
    const app = await boot('/?lang=en');
    expect(await findByRole(app, 'heading', { level: 1, name: /^From local to global/ })).toBeTruthy();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toContain('en');
  }, 60_000);

  it('explains a data link to another site in words instead of a broken page', async () => {
    const app = await boot('/?data=https://ailleurs.example/reseau.json');
    const alert = await findByRole(app, 'alert');
    expect(alert.textContent).toContain('https://ailleurs.example is not this site');
    expect(getByRole(alert, 'link').getAttribute('href')).toBe('./');
    expect(queryByRole(app, 'region', { name: 'Graphe des alliances' })).toBeNull();
  }, 60_000);

  it('opens the console window, with step controls and no graph', async () => {
    const app = await boot('/?mode=console');
    expect(await findByRole(app, 'button', { name: 'Suivant →' })).toBeTruthy();
    expect(getByRole(app, 'timer')).toBeTruthy();
    expect(queryByRole(app, 'region', { name: 'Graphe des alliances' })).toBeNull();
    // Its notes are read from the browser's storage: once they are, it no longer says it is loading
    // them (and the page is not torn down under a store still opening, as on a busy machine).
    await waitFor(() => expect(queryByText(app, 'Chargement des notes…')).toBeNull());
  }, 60_000);
});
