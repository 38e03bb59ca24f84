// The phone's bottom bar: one tab per registered view (a WAI-ARIA tablist, automatic activation:
// arrows, Home and End move between tabs and show the view). The active view is the store's `view`.
import { translator, type MessageKey } from '../i18n/t';
import { setView } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewId, ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createLifecycle } from '../ui/lifecycle';

export interface TabEntry {
  readonly id: ViewId;
  readonly labelKey: MessageKey;
  readonly icon: string;
}

export const tabId = (view: ViewId) => `tab-${view}`;

export function createTabBar(container: HTMLElement, entries: readonly TabEntry[], store: Store<ViewState>, panelIdOf: (view: ViewId) => string) {
  const tabs = entries.map((entry) => {
    const name = el('span', { class: 'tab-name' });
    const button = el(
      'button',
      { type: 'button', role: 'tab', id: tabId(entry.id), class: 'tab', 'aria-controls': panelIdOf(entry.id), 'data-view': entry.id },
      el('span', { class: 'tab-icon', 'aria-hidden': 'true' }, entry.icon),
      name,
    );
    return { entry, button, name };
  });
  const root = el('div', { class: 'tabbar', role: 'tablist' }, ...tabs.map((t) => t.button));
  container.append(root);

  const choose = (view: ViewId) => store.update(setView(view));
  const onClick = (event: MouseEvent) => {
    const view = tabs.find((t) => t.button.contains(event.target as Node))?.entry.id;
    if (view) choose(view);
  };
  const onKey = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.button === document.activeElement);
    if (at < 0) return;
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : event.key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    choose(tab.entry.id);
    tab.button.focus();
  };
  const life = createLifecycle();
  life.on(root, 'click', onClick);
  life.on(root, 'keydown', onKey);

  function update(state: ViewState) {
    const t = translator(state.lang);
    root.setAttribute('aria-label', t('phone.tabs'));
    // A view that is not registered (a link to one this build lacks) shows the first.
    const current = tabs.some((tab) => tab.entry.id === state.view) ? state.view : tabs[0]?.entry.id;
    for (const { entry, button, name } of tabs) {
      name.textContent = t(entry.labelKey);
      const on = entry.id === current;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
    }
  }
  life.add(store.subscribe(update));
  update(store.get());
  life.add(() => root.remove());
  return {
    update,
    element: root,
    destroy: life.destroy,
  };
}
