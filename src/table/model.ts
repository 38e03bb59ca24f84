// The network as rows, for the table twin of the graph: one row per actor (name, kind, scale, place,
// number of ties, sessions) or per relation (from, kind, to, provenance). Pure: rows are built from
// the dataset and what the filters let through, sorted once per change of rows or column, and
// filtered by a text query without sorting again (a filter keeps the order).
import type { Dataset } from '../data/dataset';
import type { Relation } from '../data/schema';
import { pickText, type PickedText } from '../data/text';
import { translator, type Language } from '../i18n/t';
import { actorKindLabel, relationKindLabel, scaleLabel } from '../vocabulary/labels';

export type TableKind = 'actors' | 'relations';
export type Direction = 'ascending' | 'descending';
export const ACTOR_COLUMNS = ['name', 'kind', 'scale', 'place', 'ties', 'sessions'] as const;
export const RELATION_COLUMNS = ['from', 'relation', 'to', 'provenance'] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];
export type RelationColumn = (typeof RELATION_COLUMNS)[number];
export type Column = ActorColumn | RelationColumn;

export interface SortOrder<C extends Column = Column> {
  readonly column: C;
  readonly direction: Direction;
}

export interface ActorRow {
  readonly id: string;
  readonly name: PickedText;
  readonly kind: PickedText;
  readonly scale: PickedText;
  /** Position of the scale from local (0) to global, to sort scales in their order. */
  readonly scaleRank: number;
  readonly place: PickedText | null;
  /** Relations shown (after the filters) that touch this actor. */
  readonly ties: number;
  readonly sessions: number;
}

export interface RelationRow {
  readonly id: string;
  readonly fromId: string;
  readonly toId: string;
  readonly from: PickedText;
  readonly relation: PickedText;
  readonly to: PickedText;
  readonly provenance: string;
}

export type Row = ActorRow | RelationRow;

/** Lower case, without accents: "Évry" is found by typing "ev". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function actorRows(d: Dataset, lang: Language, visible: ReadonlySet<string>, relations: readonly Relation[]): ActorRow[] {
  const ties = new Map<string, number>();
  for (const r of relations) {
    ties.set(r.from, (ties.get(r.from) ?? 0) + 1);
    ties.set(r.to, (ties.get(r.to) ?? 0) + 1);
  }
  const sessions = new Map<string, number>();
  for (const s of d.sessions) for (const a of new Set(s.actors)) sessions.set(a, (sessions.get(a) ?? 0) + 1);
  const v = d.resolvedVocabulary;
  const scaleRanks = new Map(v.scales.map((s, i) => [s.id, i]));
  // Kinds, scales and places are few: their words are looked up once each.
  const kinds = new Map<string, PickedText>();
  const scales = new Map<string, PickedText>();
  const places = new Map<string, PickedText>();
  const cached = <K>(cache: Map<K, PickedText>, key: K, make: () => PickedText) => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = make()));
    return hit;
  };
  const rows: ActorRow[] = [];
  for (const a of d.actors) {
    if (!visible.has(a.id)) continue;
    const name = pickText(a.name, lang);
    const kind = cached(kinds, a.kind, () => actorKindLabel(v, a.kind, lang));
    const scale = cached(scales, a.scale, () => scaleLabel(v, a.scale, lang));
    const placeData = a.place === null ? undefined : d.placeById.get(a.place);
    const place = placeData ? cached(places, placeData.id, () => pickText(placeData.name, lang)) : null;
    rows.push({
      id: a.id,
      name,
      kind,
      scale,
      scaleRank: scaleRanks.get(a.scale) ?? Number.MAX_SAFE_INTEGER,
      place,
      ties: ties.get(a.id) ?? 0,
      sessions: sessions.get(a.id) ?? 0,
    });
  }
  return rows;
}

export function relationRows(d: Dataset, lang: Language, relations: readonly Relation[]): RelationRow[] {
  const t = translator(lang);
  const v = d.resolvedVocabulary;
  const names = new Map<string, PickedText>();
  const nameOf = (id: string): PickedText => {
    let hit = names.get(id);
    if (!hit) {
      const actor = d.actorById.get(id);
      hit = actor ? pickText(actor.name, lang) : { text: id, lang, fallback: false };
      names.set(id, hit);
    }
    return hit;
  };
  const kinds = new Map<string, PickedText>();
  return relations.map((r) => {
    const from = nameOf(r.from);
    const to = nameOf(r.to);
    let relation = kinds.get(r.kind);
    if (!relation) kinds.set(r.kind, (relation = relationKindLabel(v, r.kind, lang)));
    const provenance = t(`provenance.${r.provenance.type}`);
    return {
      id: r.id,
      fromId: r.from,
      toId: r.to,
      from,
      relation,
      to,
      provenance,
    };
  });
}

type Key = string | number;

function keyOf(row: Row, column: Column): Key {
  if ('fromId' in row) {
    if (column === 'from') return row.from.text;
    if (column === 'to') return row.to.text;
    if (column === 'relation') return row.relation.text;
    return row.provenance;
  }
  switch (column) {
    case 'kind':
      return row.kind.text;
    case 'scale':
      return row.scaleRank;
    case 'place':
      // Actors with no place come last (after every rank of a text).
      return row.place?.text ?? Number.MAX_SAFE_INTEGER;
    case 'ties':
      return row.ties;
    case 'sessions':
      return row.sessions;
    default:
      return row.name.text;
  }
}

/** Each distinct text ranked once with the language's collation: rows then compare numbers, so
 * 15,000 rows cost one collation of their distinct values, not one per comparison. */
function ranks(texts: Iterable<string>, lang: Language): Map<string, number> {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const distinct = [...new Set(texts)].sort(collator.compare);
  return new Map(distinct.map((text, i) => [text, i]));
}

/**
 * The rows in the given order; equal keys are ordered by name, then id. Descending is the
 * ascending order reversed.
 */
export function sortRows<R extends Row>(rows: readonly R[], order: SortOrder, lang: Language): R[] {
  // Names (of actors, or of both ends of a relation) break ties; they are ranked once.
  const names = ranks(
    rows.flatMap((row) => ('fromId' in row ? [row.from.text, row.to.text] : [row.name.text])),
    lang,
  );
  const rank = (text: string) => names.get(text) ?? 0;
  const keys = rows.map((row) => keyOf(row, order.column));
  const isName = order.column === 'name' || order.column === 'from' || order.column === 'to';
  const textRank = isName ? names : keys.some((k) => typeof k === 'string') ? ranks(keys.map(String), lang) : null;
  const keyed = rows.map((row, i) => {
    const key = keys[i] as Key;
    const name = 'fromId' in row ? rank(row.from.text) * (names.size + 1) + rank(row.to.text) : rank(row.name.text);
    return { row, key: typeof key === 'number' ? key : (textRank?.get(key) ?? Number.MAX_SAFE_INTEGER), name };
  });
  keyed.sort((a, b) => a.key - b.key || a.name - b.name || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const sorted = keyed.map((k) => k.row);
  return order.direction === 'descending' ? sorted.reverse() : sorted;
}

/** The text a row is found by, folded, computed the first time a filter needs it. */
const searchTexts = new WeakMap<Row, string>();
function searchText(row: Row): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = fold(
      'fromId' in row
        ? `${row.from.text} ${row.relation.text} ${row.to.text} ${row.provenance}`
        : `${row.name.text} ${row.kind.text} ${row.scale.text} ${row.place?.text ?? ''}`,
    );
    searchTexts.set(row, text);
  }
  return text;
}

/** The rows whose text holds every word of the query (accents and case ignored), in their order. */
export function filterRows<R extends Row>(rows: readonly R[], query: string): readonly R[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = searchText(row);
    return words.every((w) => text.includes(w));
  });
}

/** Remembers the last result: the same arguments (by identity) give the same result, uncomputed. */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.value;
    const value = compute(...args);
    last = { args, value };
    return value;
  };
}
