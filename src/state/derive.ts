// State derived from the dataset and the view state, computed, never stored: what the filters let
// through, and what the selection spotlights.
import type { Dataset } from '../data/dataset';
import { actorsAtPlace, sessionsAtPlace } from '../data/select';
import type { Relation } from '../data/schema';
import type { Filters, Selection } from './viewState';

/** Every actor's id, read from the dataset's own table: what the filters let through when they hide
 * no actor, without a second table of 15,000 ids held for nothing filtered. */
class AllActorIds implements ReadonlySet<string> {
  constructor(private readonly byId: ReadonlyMap<string, unknown>) {}
  get size(): number {
    return this.byId.size;
  }
  has(id: string): boolean {
    return this.byId.has(id);
  }
  keys(): SetIterator<string> {
    return this.byId.keys();
  }
  values(): SetIterator<string> {
    return this.byId.keys();
  }
  *entries(): SetIterator<[string, string]> {
    for (const id of this.byId.keys()) yield [id, id];
  }
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.byId.keys()) fn.call(thisArg, id, id, this);
  }
  [Symbol.iterator](): SetIterator<string> {
    return this.byId.keys();
  }
}

export function visibleActorIds(d: Dataset, f: Filters): ReadonlySet<string> {
  if (f.themes.length === 0 && f.hiddenKinds.length === 0 && f.hiddenScales.length === 0) return new AllActorIds(d.actorById);
  const themed = f.themes.length === 0 ? null : new Set(d.sessions.filter((s) => s.themes.some((t) => f.themes.includes(t))).flatMap((s) => s.actors));
  return new Set(
    d.actors.filter((a) => !f.hiddenKinds.includes(a.kind) && !f.hiddenScales.includes(a.scale) && (!themed || themed.has(a.id))).map((a) => a.id),
  );
}

/** Relations between visible actors that the filters let through: the dataset's own list when they
 * let every relation through (no copy of 30,000 relations held for nothing filtered). */
export function visibleRelations(d: Dataset, f: Filters, actors: ReadonlySet<string> = visibleActorIds(d, f)): readonly Relation[] {
  const shown = (r: Relation) =>
    actors.has(r.from) && actors.has(r.to) && !f.hiddenRelationKinds.includes(r.kind) && !(f.hideUnsourced && r.provenance.type === 'unsourced');
  return d.relations.every(shown) ? d.relations : d.relations.filter(shown);
}

export interface Spotlight {
  readonly actors: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly sessions: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
}

/** What a selection lights up in every view; null when nothing is selected (all lit). */
export function spotlight(d: Dataset, selection: Selection | null): Spotlight | null {
  if (!selection) return null;
  const actors = new Set<string>();
  const people = new Set<string>();
  const sessions = new Set<string>();
  const places = new Set<string>();
  const seat = (actorId: string) => {
    const place = d.actorById.get(actorId)?.place;
    if (place) places.add(place);
  };
  if (selection.type === 'session') {
    const s = d.sessionById.get(selection.id);
    if (!s) return null;
    sessions.add(s.id);
    s.actors.forEach((a) => actors.add(a));
    s.speakers.forEach((p) => {
      people.add(p);
      const speaksFor = d.personById.get(p)?.speaksFor;
      if (speaksFor) actors.add(speaksFor);
    });
    s.places.forEach((p) => places.add(p));
    actors.forEach(seat);
  } else if (selection.type === 'actor') {
    if (!d.actorById.has(selection.id)) return null;
    actors.add(selection.id);
    for (const r of d.relations) {
      if (r.from === selection.id) actors.add(r.to);
      if (r.to === selection.id) actors.add(r.from);
    }
    for (const s of d.sessions) if (s.actors.includes(selection.id)) sessions.add(s.id);
    for (const p of d.people) if (p.affiliations.some((a) => a.actor === selection.id)) people.add(p.id);
    actors.forEach(seat);
  } else if (selection.type === 'place') {
    if (!d.placeById.has(selection.id)) return null;
    places.add(selection.id);
    for (const a of actorsAtPlace(d, selection.id)) actors.add(a.id);
    for (const s of sessionsAtPlace(d, selection.id)) sessions.add(s.id);
  } else {
    const p = d.personById.get(selection.id);
    if (!p) return null;
    people.add(p.id);
    p.affiliations.forEach((a) => actors.add(a.actor));
    for (const s of d.sessions) if (s.speakers.includes(p.id)) sessions.add(s.id);
    actors.forEach(seat);
  }
  return { actors, people, sessions, places };
}
