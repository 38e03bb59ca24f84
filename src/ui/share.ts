// The Share button: the address already holds the whole view (selection, filters, toggles, map
// view), so sharing is giving that address away. On a phone the system's share sheet (Web Share
// API); elsewhere a copy to the clipboard, confirmed in words beside the button.
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from './dom';
import { formatHash } from '../state/url';
import { createLifecycle } from './lifecycle';

export interface ShareEnvironment {
  /** The address to share; by default the page's. */
  readonly href: () => string;
  readonly title: () => string;
  readonly clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  readonly share?: ((data: ShareData) => Promise<void>) | undefined;
  /** Whether the share sheet is the better choice (a touch screen); by default a coarse pointer. */
  readonly preferShareSheet: () => boolean;
}

/** The page's address with the hash of the view now on screen: the address bar follows a change
 * only after the next paint (src/state/urlSync.ts), and a press on Share may come before. */
const currentAddress = (store: Store<ViewState>): string => {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${formatHash(store.get())}`;
};

const defaultEnvironment = (store: Store<ViewState>): ShareEnvironment => ({
  href: () => currentAddress(store),
  title: () => document.title,
  clipboard: navigator.clipboard,
  share: typeof navigator.share === 'function' ? (data) => navigator.share(data) : undefined,
  preferShareSheet: () => window.matchMedia?.('(pointer: coarse)').matches ?? false,
});

/** How long the confirmation stays beside the button. */
const CONFIRMATION_MS = 4000;

export function createShareButton(container: HTMLElement, store: Store<ViewState>, env: ShareEnvironment = defaultEnvironment(store)) {
  const button = el('button', { type: 'button', class: 'share-button' });
  const status = el('span', { class: 'share-status', role: 'status', 'aria-live': 'polite' });
  const root = el('span', { class: 'share' }, button, status);
  container.append(root);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function say(key: 'share.copied' | 'share.failed' | 'share.shared') {
    if (life.destroyed) return;
    status.textContent = translator(store.get().lang)(key);
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), CONFIRMATION_MS);
  }

  async function onClick() {
    const url = env.href();
    if (env.share && env.preferShareSheet()) {
      try {
        await env.share({ title: env.title(), url });
        say('share.shared');
        return;
      } catch (error) {
        // Closed by the person: nothing to say. Refused by the browser: copy instead.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      if (!env.clipboard) throw new Error('no clipboard');
      await env.clipboard.writeText(url);
      say('share.copied');
    } catch {
      say('share.failed');
    }
  }
  const listener = () => void onClick();
  const life = createLifecycle();
  life.on(button, 'click', listener);

  function update(state: ViewState) {
    const t = translator(state.lang);
    button.textContent = t('share.button');
    button.setAttribute('aria-label', t('share.label'));
  }
  life.add(store.subscribe(update));
  update(store.get());

  life.add(() => {
    clearTimeout(timer);
    root.remove();
  });
  return {
    update,
    destroy: life.destroy,
  };
}
