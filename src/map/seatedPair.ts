// The two places a relation joins on the map, worked out once per relation for a dataset's
// lifetime: the arcs (features.ts) and the legend ask for every visible relation at each filter
// and selection, and at 15,000 actors those lookups were a third of the arcs' work.
import type { Dataset } from '../data/dataset';
import type { Place, Relation } from '../data/schema';
import { placeIndex } from './placeIndex';

/** Kept per dataset, compact: numbers in typed arrays, by the relation's position in
 * dataset.relations and by pair id (15,000 actors have 30,000 relations and 24,000 pairs; a table
 * keyed by relation was 0.45 MB of the page's heap). */
interface SeatedPairs {
  /** Per relation: its pair's id, NO_ARC when it draws none, UNKNOWN until first asked. */
  readonly byRelation: Int32Array;
  /** Pair id by the pair's number (first place's position × places + second's), while some
   * relation is still to be seated; dropped after. */
  ids: Map<number, number> | null;
  /** Each pair's two places (positions in dataset.places), by pair id, first before second in id
   * order. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  pairs: number;
  /** Relations not yet asked about. */
  unknown: number;
}
const UNKNOWN = -2;
const NO_ARC = -1;
const seatedPairs = new WeakMap<Dataset, SeatedPairs>();

function pairsOf(d: Dataset): SeatedPairs {
  let known = seatedPairs.get(d);
  if (!known) {
    const n = d.relations.length;
    known = { byRelation: new Int32Array(n).fill(UNKNOWN), ids: new Map(), from: new Int32Array(n), to: new Int32Array(n), pairs: 0, unknown: n };
    seatedPairs.set(d, known);
  }
  return known;
}

/** The arc of the relation at position `at` in dataset.relations: a number per pair of places, the
 * same whatever the filters (the arc's feature id, by which the map lights or dims it without
 * sending it again), or -1 when it draws none (an end with no seat, or both ends at one place). */
export function seatedPairAt(d: Dataset, at: number): number {
  const known = pairsOf(d);
  const id = known.byRelation[at];
  if (id === undefined) return NO_ARC;
  if (id !== UNKNOWN) return id;
  const r = d.relations[at]!;
  const index = placeIndex(d);
  const a = index.seatOf(r.from);
  const b = index.seatOf(r.to);
  let pair = NO_ARC;
  if (a && b && a.id !== b.id) {
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    const [p, q] = [index.positionOf(first.id), index.positionOf(second.id)];
    const code = p * d.places.length + q;
    const ids = (known.ids ??= new Map());
    const seen = ids.get(code);
    if (seen !== undefined) pair = seen;
    else {
      ids.set(code, (pair = known.pairs++));
      known.from[pair] = p;
      known.to[pair] = q;
    }
  }
  known.byRelation[at] = pair;
  // Every relation seated: the pairs' numbers are not asked again (24,000 of them at 15,000 actors).
  if (--known.unknown === 0) known.ids = null;
  return pair;
}

/** The two places of a pair (seatedPairAt), the first before the second in id order. */
export function pairPlaces(d: Dataset, pair: number): { readonly from: Place; readonly to: Place } {
  const known = pairsOf(d);
  return { from: d.places[known.from[pair]!]!, to: d.places[known.to[pair]!]! };
}

/** How many pair ids there can be: every pair id is below this. */
export const pairIdBound = (d: Dataset): number => d.relations.length;

/**
 * The position in dataset.relations of each of some relations given in the dataset's order (as
 * the filters keep them: selectVisibleRelations is dataset.relations filtered): one walk along
 * the dataset's list, rather than a table from relation to position. A relation asked out of
 * order is still found, by a search from the start.
 */
export function relationPositions(d: Dataset): (r: Relation) => number {
  let next = 0;
  return (r) => {
    const all = d.relations;
    while (next < all.length && all[next] !== r) next++;
    if (next === all.length) next = all.indexOf(r);
    return next < 0 ? ((next = 0), -1) : next++;
  };
}
