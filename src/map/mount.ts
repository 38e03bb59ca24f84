// The map of places, loaded on demand. (Placeholder until the map issue lands.)
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';

export interface MapMountOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
}

export function mountMap(container: HTMLElement, _options: MapMountOptions) {
  return {
    update() {},
    destroy() {
      container.replaceChildren();
    },
  };
}
