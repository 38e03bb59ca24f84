// The two places a relation joins on the map, worked out once per relation for a dataset's
// lifetime: the arcs (features.ts) and the legend ask for every visible relation at each filter
// and selection, and at 15,000 actors those lookups were a third of the arcs' work.
import type { Dataset } from '../data/dataset';
import type { Place, Relation } from '../data/schema';
import { placeIndex } from './placeIndex';

/** The two places a relation joins on the map, in id order, with the arc's feature id, or null
 * when it draws no arc (an end with no seat, or both ends at one place). Kept per relation for the
 * dataset's lifetime: every filter and selection asks again. Kept compact (numbers and the
 * dataset's own places, no object or key string per pair): 15,000 actors have 24,000 pairs. */
export interface SeatedPair {
  /** A number per pair of places, the same whatever the filters: the arc's feature id, by which
   * the map lights or dims it (feature state) without sending it again. */
  readonly id: number;
  readonly from: Place;
  readonly to: Place;
}
interface SeatedPairs {
  /** Per relation: its pair's id, or -1 when it draws no arc. */
  readonly byRelation: Map<Relation, number>;
  /** Pair id by the pair's number (first place's position in the dataset × places + second's). */
  readonly ids: Map<number, number>;
  /** Each pair's two places, by pair id, the first before the second in id order. */
  readonly from: Place[];
  readonly to: Place[];
}
const seatedPairs = new WeakMap<Dataset, SeatedPairs>();
export function seatedPair(d: Dataset, r: Relation): SeatedPair | null {
  let known = seatedPairs.get(d);
  if (!known) {
    known = { byRelation: new Map(), ids: new Map(), from: [], to: [] };
    seatedPairs.set(d, known);
  }
  let id = known.byRelation.get(r);
  if (id === undefined) {
    const index = placeIndex(d);
    const a = index.seatOf(r.from);
    const b = index.seatOf(r.to);
    if (!a || !b || a.id === b.id) id = -1;
    else {
      const [first, second] = a.id < b.id ? [a, b] : [b, a];
      const code = index.positionOf(first.id) * d.places.length + index.positionOf(second.id);
      id = known.ids.get(code);
      if (id === undefined) {
        known.ids.set(code, (id = known.from.length));
        known.from.push(first);
        known.to.push(second);
      }
    }
    known.byRelation.set(r, id);
    // Every relation seated: the pairs' numbers are not asked again (24,000 of them at 15,000 actors).
    if (known.byRelation.size === d.relations.length) known.ids.clear();
  }
  return id < 0 ? null : { id, from: known.from[id]!, to: known.to[id]! };
}
