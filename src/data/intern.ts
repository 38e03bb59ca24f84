// One copy of each string value in data just read (JSON.parse or a structured clone make a new
// string for every occurrence): 15,000 actors sharing a kind, a scale or a description, and the
// actor ids repeated in every relation, are then held once each. Pure; used before freezing.

/** A table of the strings seen so far; drop it when done so that only the data holds them. */
export type StringTable = Map<string, string>;

/** Replaces, in place, every string inside a plain (unfrozen) value of objects and arrays by the
 * table's copy of it, and returns the value. Frozen parts are left as they are. */
export function internStrings<T>(value: T, table: StringTable): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') {
      // Equal strings compare equal whichever copy they are: always put the table's copy.
      const known = table.get(v);
      if (known === undefined) table.set(v, v);
      else record[key] = known;
    } else if (v !== null && typeof v === 'object') internStrings(v, table);
  }
  return value;
}
