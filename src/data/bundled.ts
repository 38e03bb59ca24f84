// The shipped workshop, bundled with the app so that it works with no network. It is validated
// when the app is built, by the same checks as any dataset a person opens (scripts/workshopPlugin.ts):
// a workshop that does not pass them fails the build. The page only indexes it.
import workshop from 'virtual:maillage-workshop';
import { indexDataset } from './dataset';
import type { LoadResult } from './load';

export const loadBundledDataset = (): LoadResult => ({ ok: true, dataset: indexDataset(workshop.raw, workshop.notes) });
