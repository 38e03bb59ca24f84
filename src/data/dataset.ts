// A validated dataset with lookup tables. Built once after validation; read-only afterwards.
import type { Actor, Person, Place, RawDataset, Relation, Section, Session, Theme } from './schema';
import { resolveVocabulary, type ResolvedVocabulary } from './vocabulary';

export interface Dataset extends RawDataset {
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly personById: ReadonlyMap<string, Person>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly sessionById: ReadonlyMap<string, Session>;
  readonly sectionById: ReadonlyMap<string, Section>;
  readonly themeById: ReadonlyMap<string, Theme>;
  readonly relationById: ReadonlyMap<string, Relation>;
  /** Sessions in programme order: by section order, then by their order in the file. */
  readonly programme: readonly Session[];
  /** Markdown of each session's notes, by session id (empty string when absent). */
  readonly notesBySession: ReadonlyMap<string, string>;
  /** The kinds, scales and relation kinds in use: the built-ins with the dataset's own. */
  readonly resolvedVocabulary: ResolvedVocabulary;
}

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function indexDataset(raw: RawDataset, notes: Readonly<Record<string, string>> = {}): Dataset {
  const frozen = deepFreeze(structuredClone(raw));
  const sectionOrder = new Map(frozen.sections.map((s, i) => [s.id, i]));
  const programme = frozen.sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (sectionOrder.get(a.s.section) ?? 0) - (sectionOrder.get(b.s.section) ?? 0) || a.i - b.i)
    .map(({ s }) => s);
  return {
    ...frozen,
    actorById: byId(frozen.actors),
    personById: byId(frozen.people),
    placeById: byId(frozen.places),
    sessionById: byId(frozen.sessions),
    sectionById: byId(frozen.sections),
    themeById: byId(frozen.themes),
    relationById: byId(frozen.relations),
    programme,
    notesBySession: new Map(frozen.sessions.map((s) => [s.id, s.notes === undefined ? '' : (notes[s.notes] ?? '')])),
    resolvedVocabulary: deepFreeze(resolveVocabulary(frozen.vocabulary)),
  };
}
