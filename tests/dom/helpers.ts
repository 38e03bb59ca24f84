// Builds the panel parts of the app on the shipped data, for DOM tests.
import { loadBundledDataset } from '../../src/data/bundled';
import type { Dataset } from '../../src/data/dataset';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';

export function shippedDataset(): Dataset {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
}

export function setupStore(state: Partial<ViewState> = {}) {
  return createStore<ViewState>({ ...initialViewState, ...state });
}

export function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}
