// One copy of each string value in data just read (JSON.parse or a structured clone make a new
// string for every occurrence): 15,000 actors sharing a kind, a scale or a description, and the
// actor ids repeated in every relation, are then held once each. So are small records of strings
// only that are alike (a provenance `{ type: 'unsourced' }`, a name or a description in both
// languages), and empty lists (an actor's `sources: []`): one object for all, which is safe
// because the data is frozen right after. Pure.

/** The strings and small records seen so far; drop it when done so that only the data holds them. */
export interface InternTable {
  readonly strings: Map<string, string>;
  readonly records: Map<string, object>;
}

export const internTable = (): InternTable => ({ strings: new Map(), records: new Map() });

/** A record of at most this many strings, and nothing else, is shared with the ones alike; so is an
 * empty list or record. */
const RECORD_KEYS = 4;

/** Replaces, in place, every string inside a plain (unfrozen) value of objects and arrays by the
 * table's copy of it, and each small record of strings by the table's one alike; returns the
 * value. Frozen parts are left as they are. */
export function internStrings<T>(value: T, table: InternTable): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') {
      // Equal strings compare equal whichever copy they are: always put the table's copy.
      const known = table.strings.get(v);
      if (known === undefined) table.strings.set(v, v);
      else record[key] = known;
    } else if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
      internStrings(v, table);
      const alike = recordKey(v);
      if (alike === null) continue;
      const known = table.records.get(alike);
      if (known === undefined) table.records.set(alike, v);
      else record[key] = known;
    }
  }
  return value;
}

/** What names a small record of strings (its keys and values in order) or an empty list, or null
 * for anything else. */
function recordKey(value: object): string | null {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : null;
  if (Object.getPrototypeOf(value) !== Object.prototype) return null;
  const entries = Object.entries(value);
  if (entries.length > RECORD_KEYS) return null;
  let key = '';
  for (const [k, v] of entries) {
    if (typeof v !== 'string') return null;
    // Each as a JSON string literal, which ends where it ends: no two records give the same key,
    // whatever characters (a NUL included) their keys and values hold.
    key += JSON.stringify(k) + JSON.stringify(v);
  }
  return key;
}
