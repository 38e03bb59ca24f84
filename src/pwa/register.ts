// Registers the service worker (built by vite-plugin-pwa with Workbox) from a module of the app, so
// that no inline script is needed under the site's CSP. A new version waits (registerType
// 'prompt') and announces itself; the person reloads when they choose.
import type { Language } from '../i18n/t';
import { showUpdatePrompt } from './updatePrompt';

/** How often an open page asks whether a new version was published. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(getLang: () => Language): void {
  // The dev server's virtual module registers nothing (the worker is built only by `vite build`).
  if (!('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      let prompted = false;
      const updateSW = registerSW({
        onNeedRefresh() {
          if (prompted) return;
          prompted = true;
          showUpdatePrompt(document.body, { getLang, reload: () => void updateSW(true) });
        },
        onRegisteredSW(_url, registration) {
          if (registration) setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
        },
        onRegisterError(error: unknown) {
          console.warn('Maillage: the offline copy could not be set up:', error);
        },
      });
    })
    .catch((error: unknown) => console.warn('Maillage: no offline copy:', error));
}
