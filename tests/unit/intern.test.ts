import { describe, expect, it } from 'vitest';
import { internStrings, internTable } from '../../src/data/intern';

describe('internStrings', () => {
  it('keeps every value and every shape as it was', () => {
    const value = { id: 'a', list: ['x', 'y', 'x'], nested: { fr: 'un', en: 'one', n: 3, flag: true, none: null }, empty: {}, tags: [] };
    const copy = structuredClone(value);
    expect(internStrings(copy, internTable())).toEqual(value);
  });

  it('leaves one table entry per distinct string, shared across rows', () => {
    const rows = JSON.parse('[{"kind":"municipality","name":{"fr":"Lille"}},{"kind":"municipality","name":{"fr":"Lyon"}}]') as unknown[];
    const table = internTable();
    for (const row of rows) internStrings(row, table);
    expect([...table.strings.keys()].sort()).toEqual(['Lille', 'Lyon', 'municipality']);
  });

  it('shares small records of strings that are alike, and only those', () => {
    const rows = JSON.parse(
      '[{"p":{"type":"unsourced"},"d":{"fr":"Un","en":"One"},"n":{"v":1}},{"p":{"type":"unsourced"},"d":{"fr":"Un","en":"One"},"n":{"v":1}},{"p":{"type":"programme"},"d":{"en":"One","fr":"Un"},"n":{"v":1}}]',
    ) as { p: object; d: object; n: object }[];
    const table = internTable();
    for (const row of rows) internStrings(row, table);
    const [a, b, c] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    expect(b.p).toBe(a.p);
    expect(b.d).toBe(a.d);
    expect(c.p).not.toBe(a.p);
    expect(c.d).toEqual({ en: 'One', fr: 'Un' });
    expect(b.n).not.toBe(a.n);
  });

  it('shares empty lists, which stay lists', () => {
    const rows = JSON.parse('[{"sources":[]},{"sources":[]},{"sources":["a"]}]') as { sources: string[] }[];
    const table = internTable();
    for (const row of rows) internStrings(row, table);
    expect(rows[1]!.sources).toBe(rows[0]!.sources);
    expect(rows[0]!.sources).toEqual([]);
    expect(rows[2]!.sources).toEqual(['a']);
  });

  it('does not touch frozen parts', () => {
    const frozen = Object.freeze({ kind: 'x' });
    const value = { a: frozen, b: 'x' };
    expect(internStrings(value, internTable())).toEqual({ a: { kind: 'x' }, b: 'x' });
    expect(value.a).toBe(frozen);
  });
});
