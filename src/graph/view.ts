// The alliance graph view. (Placeholder until the graph issue lands.)
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';

export interface GraphViewOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
}

export function createGraphView(container: HTMLElement, _options: GraphViewOptions) {
  return {
    update() {},
    destroy() {
      container.replaceChildren();
    },
  };
}
