// The two places a relation joins on the map, worked out once per relation for a dataset's
// lifetime: the arcs (features.ts) and the legend ask for every visible relation at each filter
// and selection, and at 15,000 actors those lookups were a third of the arcs' work.
import type { Dataset } from '../data/dataset';
import type { Place, Relation } from '../data/schema';
import { pairKey, placeIndex } from './placeIndex';

/** The two places a relation joins on the map, in key order, with the arc's feature id, or null
 * when it draws no arc (an end with no seat, or both ends at one place). Kept per relation for the
 * dataset's lifetime: every filter and selection asks again. */
export interface SeatedPair {
  readonly key: string;
  /** A number per pair of places, the same whatever the filters: the arc's feature id, by which
   * the map lights or dims it (feature state) without sending it again. */
  readonly id: number;
  readonly from: Place;
  readonly to: Place;
}
const seatedPairs = new WeakMap<Dataset, { readonly byRelation: Map<Relation, SeatedPair | null>; readonly ids: Map<string, number> }>();
export function seatedPair(d: Dataset, r: Relation): SeatedPair | null {
  let known = seatedPairs.get(d);
  if (!known) seatedPairs.set(d, (known = { byRelation: new Map(), ids: new Map() }));
  let pair = known.byRelation.get(r);
  if (pair !== undefined) return pair;
  const index = placeIndex(d);
  const a = index.seatOf(r.from);
  const b = index.seatOf(r.to);
  if (!a || !b || a.id === b.id) pair = null;
  else {
    const key = pairKey(a.id, b.id);
    let id = known.ids.get(key);
    if (id === undefined) known.ids.set(key, (id = known.ids.size));
    pair = a.id < b.id ? { key, id, from: a, to: b } : { key, id, from: b, to: a };
  }
  known.byRelation.set(r, pair);
  return pair;
}
