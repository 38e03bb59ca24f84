// The new-version notice and the embedded view's bar (issue 11).
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { showUpdatePrompt } from '../../src/pwa/updatePrompt';
import { createEmbedBar } from '../../src/ui/embed';
import { select, setLanguage } from '../../src/state/actions';
import { container, setupStore } from './helpers';

describe('the new-version notice', () => {
  it('says a new version is there and reloads only when Reload is pressed', async () => {
    const reload = vi.fn();
    showUpdatePrompt(container(), { getLang: () => 'fr', reload });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Nouvelle version disponible');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is in English for an English page, and Later puts it away', async () => {
    const reload = vi.fn();
    showUpdatePrompt(container(), { getLang: () => 'en', reload });
    expect(screen.getByRole('alert').textContent).toContain('New version available');
    screen.getByRole('button', { name: 'Reload' });
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('the embedded view’s bar', () => {
  it('links to the full app in the same state, in the page’s language', () => {
    const store = setupStore();
    const bar = createEmbedBar(container(), store, () => 'https://example.org/app/?embed');
    const link = screen.getByRole('link', { name: 'Ouvrir dans Maillage' });
    expect(link.getAttribute('href')).toBe('https://example.org/app/#/');
    store.update(select({ type: 'session', id: 'amap' }));
    store.update(setLanguage('en'));
    expect(screen.getByRole('link', { name: 'Open in Maillage' }).getAttribute('href')).toBe('https://example.org/app/#/session/amap?lang=en');
    expect(link.getAttribute('target')).toBe('_blank');
    bar.destroy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
