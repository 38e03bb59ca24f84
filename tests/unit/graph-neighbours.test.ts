import { describe, expect, it } from 'vitest';
import { neighbourTable } from '../../src/graph/neighbours';

/** What buildModel kept before: a Set per node, filled in link order. */
function setsOf(ids: readonly string[], links: readonly { from: string; to: string }[]): Map<string, Set<string>> {
  const out = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const l of links) {
    out.get(l.from)?.add(l.to);
    out.get(l.to)?.add(l.from);
  }
  return out;
}

describe('neighbourTable', () => {
  const ids = ['a', 'b', 'c', 'd', 'lonely'];
  const links = [
    { from: 'a', to: 'b' },
    { from: 'c', to: 'a' },
    { from: 'a', to: 'b' },
    { from: 'd', to: 'd' },
    { from: 'b', to: 'elsewhere' },
    { from: 'c', to: 'd' },
  ];

  it('gives each node the nodes it is linked to, both ways, in link order, once each', () => {
    const table = neighbourTable(ids, links);
    const expected = setsOf(ids, links);
    expect(table.size).toBe(expected.size);
    for (const id of ids) expect([...table.get(id)!]).toEqual([...expected.get(id)!]);
    expect([...table.keys()]).toEqual(ids);
    expect(new Map([...table].map(([id, set]) => [id, [...set]]))).toEqual(new Map([...expected].map(([id, set]) => [id, [...set]])));
  });

  it('knows no neighbours for an id that is not a node', () => {
    const table = neighbourTable(ids, links);
    expect(table.get('elsewhere')).toBeUndefined();
    expect(table.has('elsewhere')).toBe(false);
    expect(table.get('lonely')?.size).toBe(0);
  });
});
