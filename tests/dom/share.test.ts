// The Share button (issue 11): copies the address with a visible confirmation, or opens the
// system's share sheet on a phone; named in the page's language.
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createShareButton, type ShareEnvironment } from '../../src/ui/share';
import { setLanguage } from '../../src/state/actions';
import { container, setupStore } from './helpers';

const ADDRESS = 'https://example.org/#/acteur/amap?hidden-kinds=commune&map=europe';

function setup(env: Partial<ShareEnvironment> = {}) {
  const store = setupStore();
  const writeText = vi.fn((_text: string) => Promise.resolve());
  const share = createShareButton(container(), store, {
    href: () => ADDRESS,
    title: () => 'Maillage',
    clipboard: { writeText },
    share: undefined,
    preferShareSheet: () => false,
    ...env,
  });
  return { store, writeText, share };
}

describe('the Share button', () => {
  it('copies the current address and says so', async () => {
    const { writeText, share } = setup();
    await userEvent.click(screen.getByRole('button', { name: /^Partager/ }));
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
    expect((await screen.findByRole('status')).textContent).toMatch(/Lien copié/);
    share.destroy();
    share.destroy();
    expect(screen.queryByRole('button', { name: /^Partager/ })).toBeNull();
  });

  it('is named in English when the page is', async () => {
    const { store, share } = setup();
    store.update(setLanguage('en'));
    const button = screen.getByRole('button', { name: /^Share this view/ });
    expect(button.textContent).toBe('Share');
    await userEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toMatch(/Link copied/);
    share.destroy();
  });

  it('opens the share sheet on a phone, with the address', async () => {
    const shareSheet = vi.fn((_data: ShareData) => Promise.resolve());
    const { writeText, share } = setup({ share: shareSheet, preferShareSheet: () => true });
    await userEvent.click(screen.getByRole('button', { name: /^Partager/ }));
    expect(shareSheet).toHaveBeenCalledWith({ title: 'Maillage', url: ADDRESS });
    expect(writeText).not.toHaveBeenCalled();
    expect((await screen.findByRole('status')).textContent).toMatch(/Lien partagé/);
    share.destroy();
  });

  it('says when the copy failed, pointing at the address bar', async () => {
    const { share } = setup({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    await userEvent.click(screen.getByRole('button', { name: /^Partager/ }));
    expect((await screen.findByRole('status')).textContent).toMatch(/barre du navigateur/);
    share.destroy();
  });
});
