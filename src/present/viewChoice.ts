// What the room sees while presenting: the graph and the map side by side when the screen is tall
// enough, the graph alone below SHORT_SCREEN (a 1280×720 projector: side by side, each would be a
// strip too small to read). M cycles through the choices; leaving the presentation forgets the
// choice. The choice is `data-present-view` on the root, which views.css reads; both views keep
// their size while the other is shown (hidden, not removed), so the map frames a step's places
// correctly even while the graph is on screen.
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { createLifecycle } from '../ui/lifecycle';

export type PresentView = 'both' | 'graph' | 'map';

/** Below this viewport height the views are shown one at a time. */
export const SHORT_SCREEN = '(max-height: 900px)';

/** The view shown when the presenter chose nothing: a maximised view stays so, else by height. */
export function automaticView(short: boolean, maximized: ViewState['maximized']): PresentView {
  if (maximized === 'graph' || maximized === 'map') return maximized;
  return short ? 'graph' : 'both';
}

/** The next choice on M: graph ↔ map on a short screen; both → graph → map → both otherwise. */
export function nextView(current: PresentView, short: boolean): PresentView {
  if (short) return current === 'graph' ? 'map' : 'graph';
  return current === 'both' ? 'graph' : current === 'graph' ? 'map' : 'both';
}

export interface ViewChoiceOptions {
  readonly root?: HTMLElement;
  /** Whether the screen is short; matchMedia(SHORT_SCREEN) by default. */
  readonly media?: Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'> | null;
}

export function createViewChoice(store: Store<ViewState>, { root = document.documentElement, media = defaultMedia() }: ViewChoiceOptions = {}) {
  let chosen: PresentView | null = null;
  const short = () => media?.matches ?? false;
  const shown = () => chosen ?? automaticView(short(), store.get().maximized);

  function apply(state: ViewState = store.get()) {
    if (state.step === null) {
      chosen = null;
      delete root.dataset.presentView;
    } else root.dataset.presentView = shown();
  }
  const life = createLifecycle();
  life.add(store.subscribe((s) => apply(s)));
  const onMedia = () => apply();
  if (media) life.on(media, 'change', onMedia);
  life.add(() => delete root.dataset.presentView);
  apply();

  return {
    shown,
    /** M: the next choice (while presenting only). */
    swap() {
      if (store.get().step === null) return;
      chosen = nextView(shown(), short());
      apply();
    },
    destroy: life.destroy,
  };
}

function defaultMedia() {
  try {
    return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(SHORT_SCREEN) : null;
  } catch {
    return null;
  }
}
