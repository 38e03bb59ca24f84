// A dismissable notice at the top of the page, for things a person should know (an unknown link,
// a basemap that fell back). Text only.
import { translator, type Language } from '../i18n/t';
import { el } from './dom';
import { clip, LINE_MAX } from '../data/clip';

export function createNotices(container: HTMLElement, getLang: () => Language) {
  const root = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  container.append(root);
  return {
    show(message: string) {
      const t = translator(getLang());
      const dismiss = el('button', { type: 'button', 'aria-label': t('notice.dismiss') }, '×');
      const notice = el('p', { class: 'notice' }, el('span', {}, clip(message, LINE_MAX)), dismiss);
      dismiss.addEventListener('click', () => notice.remove());
      root.append(notice);
    },
    destroy() {
      root.remove();
    },
  };
}
