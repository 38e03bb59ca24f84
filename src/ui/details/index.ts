// The details region of the side panel: what is selected, in full; the workshop's summary when
// nothing is.
import type { Dataset } from '../../data/dataset';
import { pickText } from '../../data/text';
import { translator } from '../../i18n/t';
import { select } from '../../state/actions';
import type { Store } from '../../state/store';
import type { ViewState } from '../../state/viewState';
import { el, replaceChildren } from '../dom';
import { languageNote, localized } from '../localized';
import { matches, PHONE_QUERY } from '../phoneQuery';
import { actorDetails } from './actor';
import { hiddenStatus, selectionHidden } from './hidden';
import { personDetails } from './person';
import { placeDetails } from './place';
import { sessionDetails } from './session';
import type { DetailsContext } from './parts';
import { createLifecycle } from '../lifecycle';

export function createDetails(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  const root = el('section', { class: 'details', 'aria-live': 'polite' });
  container.append(root);
  let shown: { lang: string; key: string; hidden: boolean } | null = null;

  function body(state: ViewState): (HTMLElement | null)[] {
    const ctx: DetailsContext = { t: translator(state.lang), lang: state.lang, store };
    const s = state.selection;
    if (s?.type === 'actor') {
      const a = dataset.actorById.get(s.id);
      if (a) return actorDetails(ctx, dataset, a);
    } else if (s?.type === 'session') {
      const x = dataset.sessionById.get(s.id);
      if (x) return sessionDetails(ctx, dataset, x);
    } else if (s?.type === 'place') {
      const p = dataset.placeById.get(s.id);
      if (p) return placeDetails(ctx, dataset, p);
    } else if (s?.type === 'person') {
      const p = dataset.personById.get(s.id);
      if (p) return personDetails(ctx, dataset, p);
    }
    const { summary, dateNote } = dataset.event;
    if (!summary && !dateNote) return [];
    const picked = summary ? pickText(summary, state.lang) : null;
    const lang = picked?.fallback ? picked.lang : undefined;
    return [
      el(
        'details',
        { class: 'about' },
        el('summary', {}, ctx.t('details.aboutEvent')),
        ...(picked?.text.split(/\n\n+/) ?? []).map((para) => el('p', { class: 'description', lang }, para)),
        picked && languageNote(picked, ctx.t),
        dateNote && el('p', { class: 'muted' }, localized(dateNote, state.lang)),
      ),
    ];
  }

  function update(state: ViewState) {
    const key = state.selection ? `${state.selection.type}:${state.selection.id}` : '';
    const hidden = selectionHidden(dataset, state);
    if (shown && shown.lang === state.lang && shown.key === key && shown.hidden === hidden) return;
    const t = translator(state.lang);
    root.setAttribute('aria-label', t('details.region'));
    const close = state.selection ? el('button', { type: 'button', class: 'details-close', 'aria-label': t('details.close') }, '×') : null;
    close?.addEventListener('click', () => store.update(select(null)));
    const ctx: DetailsContext = { t, lang: state.lang, store };
    replaceChildren(root, close, hiddenStatus(ctx, dataset, state), ...body(state));
    // A new selection brings its details into view (the panel may be scrolled down the programme).
    // Not on a phone: the details open in a sheet on screen there, and the page must not jump.
    // In the next frame, before it is drawn: its layout then serves the scroll and the frame, instead
    // of a layout forced in the click's task (tens of ms on a large network's page).
    if (shown && shown.key !== key && state.selection && !root.closest('[data-sheet]') && !matches(PHONE_QUERY)) revealLater();
    shown = { lang: state.lang, key, hidden };
  }

  let revealFrame: number | null = null;
  function revealLater() {
    if (typeof requestAnimationFrame !== 'function') return void root.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    if (revealFrame !== null) return;
    revealFrame = requestAnimationFrame(() => {
      revealFrame = null;
      if (root.isConnected) root.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    });
  }

  const life = createLifecycle();
  life.add(store.subscribe(update));
  life.add(() => {
    if (revealFrame !== null) cancelAnimationFrame(revealFrame);
  });
  life.add(() => root.remove());
  update(store.get());
  return {
    update,
    /** The details region (the phone layout moves it into its bottom sheet). */
    element: root,
    destroy: life.destroy,
  };
}
