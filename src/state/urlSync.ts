// Keeps the URL and the store in step: a new selection is a new history entry (so Back and
// Forward step through selections); language, layout and step replace the current entry.
import type { Dataset } from '../data/dataset';
import { sameSelection } from './actions';
import type { Store } from './store';
import { formatHash, parseHash, type UrlState } from './url';
import type { Selection, ViewState } from './viewState';
import { createLifecycle } from '../ui/lifecycle';

export interface UrlSyncOptions {
  readonly store: Store<ViewState>;
  readonly dataset: Dataset;
  /** Called when a URL names something the data lacks (a selection) or cannot be read (its text). */
  readonly onUnknown: (what: Selection | string) => void;
  /** The last step of the presentation: a step past it in the address is brought back to it. */
  readonly lastStep?: number;
  readonly win?: Window;
}

const exists = (d: Dataset, s: Selection): boolean =>
  (s.type === 'actor' && d.actorById.has(s.id)) ||
  (s.type === 'session' && d.sessionById.has(s.id)) ||
  (s.type === 'place' && d.placeById.has(s.id)) ||
  (s.type === 'person' && d.personById.has(s.id));

export function createUrlSync({ store, dataset, onUnknown, lastStep = Infinity, win = window }: UrlSyncOptions) {
  function apply(url: UrlState) {
    let selection = url.selection;
    if (url.unreadable !== undefined) onUnknown(url.unreadable);
    if (selection && !exists(dataset, selection)) {
      onUnknown(selection);
      selection = null;
    }
    store.update((s) => {
      const next: ViewState = {
        ...s,
        selection,
        lang: url.lang ?? s.lang,
        layout: url.layout ?? s.layout,
        step: url.step === undefined ? null : Math.max(0, Math.min(url.step, lastStep)),
      };
      const same =
        next.lang === s.lang &&
        next.layout === s.layout &&
        next.step === s.step &&
        sameSelection(next.selection, s.selection);
      return same ? s : next;
    });
  }

  const onPop = () => apply(parseHash(win.location.hash));
  const life = createLifecycle();
  life.on(win, 'popstate', onPop);
  life.on(win, 'hashchange', onPop);
  apply(parseHash(win.location.hash));
  win.history.replaceState(null, '', formatHash(store.get()));

  const unsubscribe = store.subscribe((state, previous) => {
    const hash = formatHash(state);
    if (hash === win.location.hash) return;
    const selectionChanged = state.selection !== previous.selection;
    if (selectionChanged) win.history.pushState(null, '', hash);
    else win.history.replaceState(null, '', hash);
  });

  life.add(unsubscribe);
  return { destroy: life.destroy };
}
