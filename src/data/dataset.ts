// A validated dataset with lookup tables. Built once after validation; read-only afterwards.
import { englishNotePath } from './noteParts';
import type { Actor, Person, Place, RawDataset, Relation, Section, Session, Theme } from './schema';
import { resolveVocabulary, type ResolvedVocabulary } from './vocabulary';
import { internStrings, internTable } from './intern';
import { runInSlices } from '../ui/workSteps';

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
  /** Markdown of each session's English notes (sessions/01-x.en.md), by session id, when there is one. */
  readonly englishNotesBySession: ReadonlyMap<string, string>;
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

export interface IndexOptions {
  /** False when `raw` was just made for this index and nobody else holds it (the import worker's reply). */
  readonly clone?: boolean;
}

export function indexDataset(raw: RawDataset, notes: Readonly<Record<string, string>> = {}, options: IndexOptions = {}): Dataset {
  const frozen = deepFreeze(options.clone === false ? raw : internStrings(structuredClone(raw), internTable()));
  const sectionOrder = new Map(frozen.sections.map((s, i) => [s.id, i]));
  const programme = frozen.sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (sectionOrder.get(a.s.section) ?? 0) - (sectionOrder.get(b.s.section) ?? 0) || a.i - b.i)
    .map(({ s }) => s);
  let relationById: ReadonlyMap<string, Relation> | undefined;
  return {
    ...frozen,
    actorById: byId(frozen.actors),
    personById: byId(frozen.people),
    placeById: byId(frozen.places),
    sessionById: byId(frozen.sessions),
    sectionById: byId(frozen.sections),
    themeById: byId(frozen.themes),
    // Made when first asked for: nothing on the page asks while loading (30,000 relations: 0.45 MB).
    get relationById() {
      return (relationById ??= byId(frozen.relations));
    },
    programme,
    notesBySession: new Map(frozen.sessions.map((s) => [s.id, s.notes === undefined ? '' : (notes[s.notes] ?? '')])),
    englishNotesBySession: new Map(
      frozen.sessions.flatMap((s) => {
        const en = s.notes === undefined ? undefined : notes[englishNotePath(s.notes)];
        return en === undefined ? [] : [[s.id, en] as const];
      }),
    ),
    resolvedVocabulary: deepFreeze(resolveVocabulary(frozen.vocabulary)),
  };
}

/** What makes the rows of data nobody else holds read-only as they come (the import worker's reply,
 * a part at a time): each string value kept once (intern.ts), then the row deep-frozen. The table
 * of strings lives as long as the owner: drop it once the dataset is indexed. */
export interface RowOwner {
  readonly own: (row: object) => void;
}

export function rowOwner(): RowOwner {
  const strings = internTable();
  return { own: (row) => void deepFreeze(internStrings(row, strings)) };
}

/** The work of owning every row, a row per step; rows already owned (frozen) cost a check. */
function* ownedRows(raw: RawDataset, owner: RowOwner): Generator<void, void, void> {
  for (const rows of [raw.actors, raw.people, raw.places, raw.relations, raw.sessions] as readonly object[][]) {
    for (const row of rows) {
      owner.own(row);
      yield;
    }
  }
}

/**
 * indexDataset for data nobody else holds (the import worker's reply, already validated there):
 * no clone, and the rows are owned (interned and frozen, see rowOwner) in slices of a few
 * milliseconds, measured, the page given back between slices, so that no task is long on any
 * machine whatever the number of rows. The result is the same as indexDataset's. Rows the reader
 * already owned with the same `owner` (readReply's `eachRow`) are only checked.
 */
export async function indexOwnedDataset(
  raw: RawDataset,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  notes: Readonly<Record<string, string>> = {},
  owner: RowOwner = rowOwner(),
): Promise<Dataset> {
  await runInSlices(ownedRows(raw, owner), pause);
  await pause();
  return indexDataset(raw, notes, { clone: false });
}
