// A validated dataset with lookup tables. Built once after validation; read-only afterwards.
import { englishNotePath } from './noteParts';
import type { Actor, Person, Place, RawDataset, Relation, Section, Session, Theme } from './schema';
import { resolveVocabulary, type ResolvedVocabulary } from './vocabulary';
import { internStrings, internTable } from './intern';

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

const ROWS_PER_SLICE = 5000;

/**
 * indexDataset for data nobody else holds (the import worker's reply, already validated there):
 * no clone, and the rows are frozen a slice at a time, yielding between slices so that 100,000
 * rows do not freeze the page. The result is the same as indexDataset's. Each string value is
 * kept once (intern.ts): the reply's JSON.parse made a copy of it for each time it occurs.
 */
export async function indexOwnedDataset(
  raw: RawDataset,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  notes: Readonly<Record<string, string>> = {},
): Promise<Dataset> {
  let inSlice = 0;
  const strings = internTable();
  for (const rows of [raw.actors, raw.people, raw.places, raw.relations, raw.sessions] as readonly object[][]) {
    for (const row of rows) {
      deepFreeze(internStrings(row, strings));
      if (++inSlice === ROWS_PER_SLICE) {
        inSlice = 0;
        await pause();
      }
    }
  }
  return indexDataset(raw, notes, { clone: false });
}
