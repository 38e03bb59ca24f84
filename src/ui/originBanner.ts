// A persistent banner over a dataset that is not the site's own (another origin allowed at build
// time, or a file the visitor opened): it names where the data comes from, so it is never taken
// for what this site publishes. It cannot be dismissed; it follows the language.
import { translator, type Language } from '../i18n/t';
import { el } from './dom';

export function createOriginBanner(container: HTMLElement, origin: string, getLang: () => Language) {
  const text = el('span', {});
  const root = el('p', { class: 'origin-banner', role: 'note' }, text);
  container.prepend(root);
  const update = () => {
    text.textContent = translator(getLang())('origin.banner', { origin });
  };
  update();
  return {
    update,
    destroy() {
      root.remove();
    },
  };
}
