import { describe, expect, it } from 'vitest';
import { internStrings } from '../../src/data/intern';

describe('internStrings', () => {
  it('keeps every value and every shape as it was', () => {
    const value = { id: 'a', list: ['x', 'y', 'x'], nested: { fr: 'un', en: 'one', n: 3, flag: true, none: null } };
    const copy = structuredClone(value);
    expect(internStrings(copy, new Map())).toEqual(value);
  });

  it('leaves one table entry per distinct string, shared across rows', () => {
    const rows = JSON.parse('[{"kind":"municipality","name":{"fr":"Lille"}},{"kind":"municipality","name":{"fr":"Lyon"}}]') as unknown[];
    const table = new Map<string, string>();
    for (const row of rows) internStrings(row, table);
    expect([...table.keys()].sort()).toEqual(['Lille', 'Lyon', 'municipality']);
  });

  it('does not touch frozen parts', () => {
    const frozen = Object.freeze({ kind: 'x' });
    const value = { a: frozen, b: 'x' };
    expect(internStrings(value, new Map())).toEqual({ a: { kind: 'x' }, b: 'x' });
  });
});
