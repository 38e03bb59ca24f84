// The notice a new version gives of itself: "Nouvelle version disponible — Recharger". The new
// version waits until the person chooses to reload; the page never changes under them.
import { translator, type Language } from '../i18n/t';
import { el } from '../ui/dom';

export interface UpdatePromptOptions {
  readonly getLang: () => Language;
  /** Activates the waiting version and reloads the page. */
  readonly reload: () => void;
}

export function showUpdatePrompt(container: HTMLElement, { getLang, reload }: UpdatePromptOptions) {
  const t = translator(getLang());
  const reloadButton = el('button', { type: 'button', class: 'update-reload' }, t('pwa.reload'));
  const laterButton = el('button', { type: 'button', class: 'update-later' }, t('pwa.later'));
  const root = el('div', { class: 'update-prompt', role: 'alert', lang: getLang() }, el('span', {}, t('pwa.updateReady')), ' ', reloadButton, ' ', laterButton);
  const close = () => root.remove();
  reloadButton.addEventListener('click', () => {
    reloadButton.disabled = true;
    reload();
  });
  laterButton.addEventListener('click', close);
  container.append(root);
  return { element: root, destroy: close };
}
