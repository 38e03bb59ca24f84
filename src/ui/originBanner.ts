// A persistent banner over a dataset that is not the site's own (another origin allowed at build
// time, or a file the visitor opened): it names where the data comes from, so it is never taken
// for what this site publishes. It cannot be dismissed; it follows the language.
import { translator, type Language } from '../i18n/t';
import { el } from './dom';

/** Where data on screen comes from: another origin, or a file opened on this device. */
export type DataOrigin = { readonly origin: string } | { readonly file: string };

export function createOriginBanner(container: HTMLElement, from: DataOrigin, getLang: () => Language) {
  const text = el('span', {});
  const root = el('p', { class: 'origin-banner', role: 'note' }, text);
  container.prepend(root);
  const update = () => {
    const t = translator(getLang());
    text.textContent = 'origin' in from ? t('origin.banner', { origin: from.origin }) : t('origin.file', { name: from.file });
  };
  update();
  return {
    update,
    destroy() {
      root.remove();
    },
  };
}
