// Escape clears the selection wherever the focus is (programme, place list, page body, details),
// once: a view that used the key (the graph, the export menu, the search box, the presenter's keys
// in the capture phase) marks it or stops it, and a field keeps its Escape. While a dialog or a
// popup list is open, or while presenting, Escape is theirs.
import { select } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { isTypingTarget } from './dom';
import { createLifecycle } from './lifecycle';

/** Something open that owns Escape: a dialog, or a control whose popup (search list, export
 * menu) is showing. */
const OPEN_POPUP = 'dialog[open], [aria-modal="true"], [role="combobox"][aria-expanded="true"], [aria-controls][aria-expanded="true"]';

export function createEscapeClears(store: Store<ViewState>, target: Document = document) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
    const state = store.get();
    if (state.selection === null || state.step !== null) return;
    if (isTypingTarget(e.target) || target.querySelector(OPEN_POPUP)) return;
    // Used: a second Escape, not this one, gives back a maximised view.
    e.preventDefault();
    store.update(select(null));
  };
  const life = createLifecycle();
  life.on(target, 'keydown', onKey);
  return { destroy: life.destroy };
}
