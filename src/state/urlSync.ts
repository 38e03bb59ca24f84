// Keeps the URL and the store in step: a new selection is a new history entry (so Back and
// Forward step through selections); language, layout, step, filters, toggles, the view in front
// and the map's view replace the current entry. What the address names but the data lacks (an
// id, a kind, a theme) is left out, and everything left out is told in one notice.
import type { Dataset } from '../data/dataset';
import type { Store } from './store';
import { formatHash, parseHash, type UrlState } from './url';
import { noFilters, type Filters, type Selection, type ViewState } from './viewState';
import { createLifecycle } from '../ui/lifecycle';

export interface UrlSyncOptions {
  readonly store: Store<ViewState>;
  readonly dataset: Dataset;
  /** Called once per address read, with what it names that the data lacks (a selection) or that
   * cannot be read (its text), when there is any. */
  readonly onUnknown: (what: readonly (Selection | string)[]) => void;
  /** The last step of the presentation: a step past it in the address is brought back to it. */
  readonly lastStep?: number;
  readonly win?: Window;
  /** Runs the address's update later (main.ts: after the next paint): a new history entry takes
   * Chromium 100–240 ms on a large network's page, which a click's details should not wait for.
   * Changes before it runs make one entry, a new one if any of them changed the selection.
   * Default: at once. */
  readonly later?: (write: () => void) => void;
}

const exists = (d: Dataset, s: Selection): boolean =>
  (s.type === 'actor' && d.actorById.has(s.id)) ||
  (s.type === 'session' && d.sessionById.has(s.id)) ||
  (s.type === 'place' && d.placeById.has(s.id)) ||
  (s.type === 'person' && d.personById.has(s.id));

/** The filters keeping only what the dataset has; what it lacks goes to `dropped`. */
function knownFilters(d: Dataset, f: Filters, dropped: string[]): Filters {
  if (f === noFilters) return f;
  const keep = (name: string, ids: readonly string[], known: ReadonlySet<string>) => {
    const lacking = ids.filter((id) => !known.has(id));
    if (lacking.length > 0) dropped.push(`${name}=${lacking.join(',')}`);
    return lacking.length > 0 ? ids.filter((id) => known.has(id)) : ids;
  };
  const v = d.resolvedVocabulary;
  return {
    hiddenKinds: keep('hidden-kinds', f.hiddenKinds, new Set(v.actorKinds.map((k) => k.id))),
    hiddenScales: keep('hidden-scales', f.hiddenScales, new Set(v.scales.map((k) => k.id))),
    themes: keep('themes', f.themes, new Set(d.themes.map((th) => th.id))),
    hiddenRelationKinds: keep('hidden-relations', f.hiddenRelationKinds, new Set(v.relationKinds.map((k) => k.id))),
    hideUnsourced: f.hideUnsourced,
  };
}

export function createUrlSync({ store, dataset, onUnknown, lastStep = Infinity, win = window, later }: UrlSyncOptions) {
  function apply(url: UrlState) {
    const unknown: (Selection | string)[] = [...(url.unreadable ?? [])];
    let selection = url.selection;
    if (selection && !exists(dataset, selection)) {
      unknown.push(selection);
      selection = null;
    }
    const dropped: string[] = [];
    const filters = knownFilters(dataset, url.filters ?? noFilters, dropped);
    unknown.push(...dropped);
    if (unknown.length > 0) onUnknown(unknown);
    store.update((s) => {
      const next: ViewState = {
        ...s,
        selection,
        lang: url.lang ?? s.lang,
        layout: url.layout ?? s.layout,
        step: url.step === undefined ? null : Math.max(0, Math.min(url.step, lastStep)),
        filters,
        showPeople: url.showPeople ?? false,
        showSessions: url.showSessions ?? false,
        view: url.view ?? 'graph',
        mapFrame: url.mapFrame ?? null,
      };
      // Nothing the address shows changed: keep the state object (and its filters) as it is.
      const same = formatHash(next) === formatHash(s);
      return same ? s : next;
    });
  }

  /** An address to write, not yet written (with `later`); `push`: a new history entry. */
  let pending: { push: boolean } | null = null;
  function write() {
    if (!pending) return;
    const { push } = pending;
    pending = null;
    const hash = formatHash(store.get());
    if (hash === win.location.hash) return;
    if (push) win.history.pushState(null, '', hash);
    else win.history.replaceState(null, '', hash);
  }

  const onPop = () => {
    // Back or Forward wins over an address not written yet.
    pending = null;
    apply(parseHash(win.location.hash));
  };
  const life = createLifecycle();
  life.on(win, 'popstate', onPop);
  life.on(win, 'hashchange', onPop);
  apply(parseHash(win.location.hash));
  win.history.replaceState(null, '', formatHash(store.get()));

  const unsubscribe = store.subscribe((state, previous) => {
    const selectionChanged = state.selection !== previous.selection;
    if (pending) {
      pending.push ||= selectionChanged;
      return;
    }
    if (formatHash(state) === win.location.hash) return;
    pending = { push: selectionChanged };
    if (later) later(write);
    else write();
  });

  life.add(unsubscribe);
  // What is not written yet is written when the views go (another dataset opened).
  life.add(write);
  return { destroy: life.destroy };
}
