// Derived state, memoised: what the filters let through, what the selection spotlights and the
// graph's model, each computed once per change of what it depends on and shared by every view
// (graph, map, place list, filters, presenter). Views call these instead of derive.ts, so a
// change of selection no longer recomputes the visible actors five times, nor the spotlight four.
// Inputs are compared by identity (the store's state is immutable), the selection by value.
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import { buildingModel, type GraphModel } from '../graph/model';
import { runAll } from '../ui/workSteps';
import { sameSelection } from './actions';
import { spotlight, visibleActorIds, visibleRelations, type Spotlight } from './derive';
import type { Filters, Selection } from './viewState';

/** One cached result per dataset, recomputed when `same` says the key changed. */
function memoised<K, V>(compute: (d: Dataset, key: K) => V, same: (a: K, b: K) => boolean = Object.is) {
  const cache = new WeakMap<Dataset, { key: K; value: V }>();
  return (d: Dataset, key: K): V => {
    const hit = cache.get(d);
    if (hit && same(hit.key, key)) return hit.value;
    const value = compute(d, key);
    cache.set(d, { key, value });
    return value;
  };
}

const visibleActorsOf = memoised((d, f: Filters): ReadonlySet<string> => visibleActorIds(d, f));
const visibleRelationsOf = memoised((d, f: Filters): readonly Relation[] => visibleRelations(d, f, visibleActorsOf(d, f)));
const spotlightOf = memoised((d, s: Selection | null): Spotlight | null => spotlight(d, s), sameSelection);

/** Actors the filters let through. */
export const selectVisibleActorIds = (d: Dataset, state: { readonly filters: Filters }): ReadonlySet<string> => visibleActorsOf(d, state.filters);

/** Relations between visible actors that the filters let through. */
export const selectVisibleRelations = (d: Dataset, state: { readonly filters: Filters }): readonly Relation[] => visibleRelationsOf(d, state.filters);

/** What a selection lights up in every view; null when nothing is (or an unknown thing is) selected. */
export const selectSpotlight = (d: Dataset, selection: Selection | null): Spotlight | null => spotlightOf(d, selection);

export interface ModelInputs {
  readonly showPeople: boolean;
  readonly showSessions: boolean;
  readonly filters: Filters;
}

const sameModelInputs = (a: ModelInputs, b: ModelInputs) => a.showPeople === b.showPeople && a.showSessions === b.showSessions && a.filters === b.filters;

const models = new WeakMap<Dataset, { key: ModelInputs; value: GraphModel }>();

/** The graph's nodes and links for these inputs. Its nodes carry the layout's positions (d3
 * writes x and y on them): only the graph view lays them out. */
export const selectGraphModel = (d: Dataset, state: ModelInputs): GraphModel => runAll(selectingGraphModel(d, state));

/** selectGraphModel in steps (buildingModel), for a large graph's model made over several tasks;
 * kept as selectGraphModel's once made. */
export function* selectingGraphModel(d: Dataset, state: ModelInputs): Generator<void, GraphModel> {
  const key = { showPeople: state.showPeople, showSessions: state.showSessions, filters: state.filters };
  const hit = models.get(d);
  if (hit && sameModelInputs(hit.key, key)) return hit.value;
  const value = yield* buildingModel(d, key);
  models.set(d, { key, value });
  return value;
}

/** The graph's model for these inputs if it is made already, else null. */
export function madeGraphModel(d: Dataset, state: ModelInputs): GraphModel | null {
  const hit = models.get(d);
  return hit && sameModelInputs(hit.key, state) ? hit.value : null;
}
