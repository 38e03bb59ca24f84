// Shared by the graph tests: the shipped workshop, loaded the way the app loads it.
import { loadBundledDataset } from '../../src/data/bundled';
import type { Dataset } from '../../src/data/dataset';

export function workshop(): Dataset {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('the bundled workshop data is invalid');
  return result.dataset;
}
