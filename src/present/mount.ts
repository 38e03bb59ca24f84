// Projector and presenter mode. (Placeholder until the presenter issue lands.)
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';

export interface PresenterOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** The header's toolbar, where the presenter's buttons go. */
  readonly tools: HTMLElement;
}

export function mountPresenter(_options: PresenterOptions) {
  return { update() {}, destroy() {} };
}
