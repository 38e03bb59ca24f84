// Builds the panel parts of the app on the shipped data, for DOM tests.
import { loadBundledDataset } from '../../src/data/bundled';
import type { Dataset } from '../../src/data/dataset';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { madeGraphModel } from '../../src/state/selectors';
import type { GraphModel } from '../../src/graph/model';
import { waitFor } from '@testing-library/dom';
import { expect } from 'vitest';

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

/** The graph's model for this dataset and state, once a view has made it (over several tasks). */
export function madeModel(dataset: Dataset, store: { get(): ViewState }): Promise<GraphModel> {
  return waitFor(
    () => {
      const made = madeGraphModel(dataset, store.get());
      expect(made).not.toBeNull();
      return made!;
    },
    { timeout: 20_000 },
  );
}

/** The map's list of places once its order is worked out (from the task after the map mounts). */
export async function placesListed(within: HTMLElement): Promise<void> {
  await waitFor(() => {
    const list = within.querySelector('.map-place-list');
    expect(list).not.toBeNull();
    expect(list?.getAttribute('aria-busy')).toBeNull();
  });
}
