// The header: the event title, what is known of its date, and the language switch.
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { setLanguage } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from './dom';
import { setLocalizedText } from './localized';
import { createLifecycle } from './lifecycle';

export function createHeader(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  const brand = el('p', { class: 'brand' });
  const title = el('h1', { class: 'event-title' });
  const date = el('p', { class: 'event-date' });
  const langButton = el('button', { type: 'button', class: 'lang-switch' });
  const tools = el('div', { class: 'header-tools' }, langButton);
  const root = el('header', { class: 'app-header' }, el('div', { class: 'titles' }, brand, title, date), tools);
  container.append(root);

  const onLang = () => store.update(setLanguage(store.get().lang === 'fr' ? 'en' : 'fr'));
  const life = createLifecycle();
  life.on(langButton, 'click', onLang);

  function update(state: ViewState) {
    const t = translator(state.lang);
    brand.textContent = `${t('app.name')} — ${t('app.tagline')}`;
    setLocalizedText(title, dataset.event.title, state.lang);
    const when = dataset.event.date;
    date.textContent = when === undefined ? '' : when === 'unknown' ? t('event.dateUnknown') : when;
    date.hidden = when === undefined;
    langButton.textContent = t('app.switchLanguage');
    langButton.setAttribute('aria-label', t('app.switchLanguageLabel'));
    langButton.setAttribute('lang', state.lang === 'fr' ? 'en' : 'fr');
  }

  life.add(store.subscribe(update));
  life.add(() => root.remove());
  update(store.get());
  return {
    update,
    /** Where other controls (search, layout, presenter) are added. */
    tools,
    destroy: life.destroy,
  };
}
