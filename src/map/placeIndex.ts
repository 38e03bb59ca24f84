// Pure: per-place lookups, built once per dataset (a WeakMap keyed by the dataset), so that the map,
// its list and its labels never scan every actor for each place on each update. Kept compact: the
// actors of each place as positions in dataset.actors, in two typed arrays (a list per place was
// 5,000 arrays at 15,000 actors). Built a step at a time (workSteps.ts) when the page must stay
// responsive meanwhile (the list of places at mount), or at once.
import type { Dataset } from '../data/dataset';
import type { Actor, Place } from '../data/schema';
import { runAll } from '../ui/workSteps';

export interface PlaceIndex {
  /** Actors seated at a place, in the dataset's order. */
  readonly actorsAt: (placeId: string) => readonly Actor[];
  /** How many of the actors seated at a place are among `ids` (the filters' visible actors). */
  readonly countAt: (placeId: string, ids: ReadonlySet<string>) => number;
  /** The place an actor is seated at, if it has one on the map. */
  readonly seatOf: (actorId: string) => Place | undefined;
  /** A place's position in dataset.places (a stable feature id), -1 for none. */
  readonly positionOf: (placeId: string) => number;
}

const cache = new WeakMap<Dataset, PlaceIndex>();

/** Actors handled between two chances to pause: a fraction of a millisecond. */
const STEP = 512;

/** The dataset's place index, made now unless already made. */
export const placeIndex = (d: Dataset): PlaceIndex => cache.get(d) ?? runAll(placeIndexSteps(d));

/** The same, made a step at a time (and kept for the dataset, as placeIndex does). */
export function* placeIndexSteps(d: Dataset): Generator<void, PlaceIndex, void> {
  const known = cache.get(d);
  if (known) return known;
  const positions = new Map<string, number>();
  for (let i = 0; i < d.places.length; i++) {
    positions.set(d.places[i]!.id, i);
    if (i % STEP === STEP - 1) yield;
  }
  // Each actor's place (-1: none on the map), then the actors grouped by place: place p's actors
  // are members[start[p]] … members[start[p + 1] - 1], in the dataset's order.
  const seat = new Int32Array(d.actors.length);
  const start = new Int32Array(d.places.length + 1);
  for (let i = 0; i < d.actors.length; i++) {
    const place = d.actors[i]!.place;
    const at = place ? (positions.get(place) ?? -1) : -1;
    seat[i] = at;
    if (at >= 0) start[at + 1]! += 1;
    if (i % STEP === STEP - 1) yield;
  }
  for (let p = 0; p < d.places.length; p++) start[p + 1]! += start[p]!;
  const members = new Int32Array(start[d.places.length]!);
  const filled = start.slice(0, d.places.length);
  for (let i = 0; i < d.actors.length; i++) {
    const at = seat[i]!;
    if (at >= 0) members[filled[at]!++] = i;
    if (i % STEP === STEP - 1) yield;
  }
  const range = (placeId: string): [number, number] => {
    const p = positions.get(placeId);
    return p === undefined ? [0, 0] : [start[p]!, start[p + 1]!];
  };
  const index: PlaceIndex = {
    actorsAt: (placeId) => {
      const [from, to] = range(placeId);
      const actors: Actor[] = [];
      for (let k = from; k < to; k++) actors.push(d.actors[members[k]!]!);
      return actors;
    },
    countAt: (placeId, ids) => {
      const [from, to] = range(placeId);
      let count = 0;
      for (let k = from; k < to; k++) if (ids.has(d.actors[members[k]!]!.id)) count++;
      return count;
    },
    // Two lookups in the dataset's own tables rather than a table of its own per actor (0.2 MB at
    // 15,000 actors).
    seatOf: (actorId) => {
      const place = d.actorById.get(actorId)?.place;
      return place ? d.placeById.get(place) : undefined;
    },
    positionOf: (placeId) => positions.get(placeId) ?? -1,
  };
  cache.set(d, index);
  return index;
}

/** The same key for a pair of places whichever way round: "a|b" with a < b. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** How many of the actors seated at a place the filters let through. */
export const visibleCountAt = (index: PlaceIndex, placeId: string, visible: ReadonlySet<string>): number => index.countAt(placeId, visible);
