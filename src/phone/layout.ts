// The phone layout (below ~700 px): one registered view at a time, chosen by the tab bar; the
// selection's details in a bottom sheet; a compact header whose extra controls sit behind "Menu".
// On wider screens nothing here shows and the side-by-side layout is untouched.
import type { Store } from '../state/store';
import type { ViewId, ViewState } from '../state/viewState';
import { mediaQuery, PHONE_QUERY } from '../ui/phoneQuery';
import { createHeaderMenu } from './headerMenu';
import { createSheet } from './sheet';
import { createTabBar, tabId, type TabEntry } from './tabBar';
import { createLifecycle } from '../ui/lifecycle';

export interface PhoneLayoutOptions {
  readonly app: HTMLElement;
  readonly layout: HTMLElement;
  readonly views: readonly { readonly entry: TabEntry; readonly area: HTMLElement }[];
  readonly store: Store<ViewState>;
  /** The details region, and the element it lives at the top of on wider screens. */
  readonly details: HTMLElement;
  readonly detailsHome: HTMLElement;
  readonly headerTools: HTMLElement;
}

export function createPhoneLayout({ app, layout, views, store, details, detailsHome, headerTools }: PhoneLayoutOptions) {
  const query = mediaQuery(PHONE_QUERY);
  let phone = query?.matches ?? false;
  const areaOf = (view: ViewId) => views.find((v) => v.entry.id === view)?.area ?? views[0]?.area;
  const tabs = createTabBar(
    app,
    views.map((v) => v.entry),
    store,
    (view) => areaOf(view)?.id ?? view,
  );
  const tabOf = (view: ViewId) => tabs.element.querySelector<HTMLElement>(`#${tabId(view)}`);
  const sheet = createSheet(app, {
    store,
    active: () => phone,
    fallbackFocus: () => tabOf(store.get().view) ?? null,
  });
  const menu = createHeaderMenu(headerTools, store);

  function apply() {
    layout.toggleAttribute('data-phone', phone);
    for (const { entry, area } of views) {
      if (phone) {
        area.setAttribute('role', 'tabpanel');
        area.setAttribute('aria-labelledby', tabId(entry.id));
      } else {
        area.removeAttribute('role');
        area.removeAttribute('aria-labelledby');
      }
    }
    placeDetails(store.get());
    menu.setActive(phone);
    sheet.update();
  }

  /** The details of a selection go in the sheet on a phone; with nothing selected (the workshop's
   * summary) they stay at the top of the programme tab. */
  function placeDetails(state: ViewState) {
    if (phone && state.selection) {
      if (details.parentElement !== sheet.body) sheet.body.append(details);
    } else if (details.parentElement !== detailsHome) detailsHome.prepend(details);
  }

  function show(state: ViewState) {
    const current = areaOf(state.view);
    for (const { area } of views) area.toggleAttribute('data-current', area === current);
  }

  const onChange = () => {
    phone = query?.matches ?? false;
    apply();
  };
  const life = createLifecycle();
  if (query) life.on(query, 'change', onChange);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view) show(state);
    if (state.selection !== previous.selection) placeDetails(state);
  });
  show(store.get());
  apply();
  life.add(() => {
    unsubscribe();
    if (details.parentElement !== detailsHome) detailsHome.prepend(details);
    menu.destroy();
    sheet.destroy();
    tabs.destroy();
  });
  return {
    /** How many px at the bottom of `element` the details sheet covers (0 when closed). */
    coveredBelow: (element: Element) => sheet.coveredBelow(element),
    destroy: life.destroy,
  };
}
