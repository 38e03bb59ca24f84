// Presentation keys on a window. They count only while presenting (state.step !== null), never
// while the person types in a field, and while presenting they win over other key handlers (the
// graph's arrow-key navigation included): the listener runs first, in the capture phase, and stops
// the keys it uses.
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { isTypingTarget } from '../ui/dom';
import { commandForKey } from './keys';
import { applyCommand } from './steps';
import { createLifecycle } from '../ui/lifecycle';

export interface PresentationKeysOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly target?: Window;
  readonly onFullscreen?: () => void;
  /** M: the graph, the map, or both (audience window only). */
  readonly onSwapViews?: () => void;
}

export function createPresentationKeys({ dataset, store, target = window, onFullscreen, onSwapViews }: PresentationKeysOptions) {
  function onKey(e: KeyboardEvent) {
    if (store.get().step === null || e.defaultPrevented || e.isComposing) return;
    if (isTypingTarget(e.target)) return;
    const command = commandForKey(e, dataset.programme.length);
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    const change = applyCommand(dataset, command);
    if (change) store.update(change);
    else if (command.type === 'fullscreen') onFullscreen?.();
    else if (command.type === 'views') onSwapViews?.();
  }
  const life = createLifecycle();
  life.on(target, 'keydown', onKey, true);
  return { destroy: life.destroy };
}
