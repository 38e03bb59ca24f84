// A button in a view's corner that gives it the full screen and gives it back.
import { translator, type MessageKey } from '../i18n/t';
import { maximize } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, isTypingTarget } from './dom';
import { createLifecycle } from './lifecycle';

export function createViewFrame(area: HTMLElement, view: 'graph' | 'map', nameKey: MessageKey, store: Store<ViewState>) {
  const button = el('button', { type: 'button', class: 'maximize' });
  area.append(button);
  const onClick = () => store.update(maximize(store.get().maximized === view ? null : view));
  const life = createLifecycle();
  life.on(button, 'click', onClick);
  // Escape gives the screen back, unless something else used it (the graph clears its selection,
  // a presentation ends, a search box empties) or focus is in a field.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || store.get().maximized !== view) return;
    if (isTypingTarget(e.target) || (e.target as Element | null)?.closest?.('[data-graph-surface]')) return;
    store.update(maximize(null));
    button.focus();
  };
  life.on(document, 'keydown', onKey);
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
  life.add(store.subscribe(update));
  life.add(() => button.remove());
  update(store.get());
  return {
    update,
    destroy: life.destroy,
  };
}
