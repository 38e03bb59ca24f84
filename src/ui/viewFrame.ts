// A button in a view's corner that gives it the full screen and gives it back.
import { translator, type MessageKey } from '../i18n/t';
import { maximize } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from './dom';

export function createViewFrame(area: HTMLElement, view: 'graph' | 'map', nameKey: MessageKey, store: Store<ViewState>) {
  const button = el('button', { type: 'button', class: 'maximize' });
  area.append(button);
  const onClick = () => store.update(maximize(store.get().maximized === view ? null : view));
  button.addEventListener('click', onClick);
  function update(state: ViewState) {
    const t = translator(state.lang);
    const on = state.maximized === view;
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? '⤡' : '⤢';
    const label = on ? t('layout.restore') : t('layout.maximize', { view: t(nameKey) });
    button.setAttribute('aria-label', label);
    button.title = label;
    area.setAttribute('aria-label', t(nameKey));
  }
  const unsubscribe = store.subscribe(update);
  update(store.get());
  return {
    update,
    destroy() {
      unsubscribe();
      button.removeEventListener('click', onClick);
      button.remove();
    },
  };
}
