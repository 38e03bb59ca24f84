import { describe, expect, it } from 'vitest';
import { internStrings, internTable } from '../../src/data/intern';
import { adjacencyOf } from '../../src/graph/adjacency';
import { replyOf } from '../../src/import/reply';
import { readReply } from '../../src/import/readReply';

const rand = (seed: number) => () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

describe('intern', () => {
  it('two different records of strings stay different (NUL in a value)', () => {
    const rows = [
      { id: 'a', attributes: { k: 'x\u0000y\u0000z' } },
      { id: 'b', attributes: { k: 'x', y: 'z' } },
    ];
    const table = internTable();
    for (const r of rows) internStrings(r, table);
    expect(rows[1]!.attributes).toEqual({ k: 'x', y: 'z' });
  });
});

describe('adjacency equals the old Set per node', () => {
  it('random graphs with repeats, self loops, unknown ends and busy nodes', () => {
    const r = rand(7);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(r() * 30);
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const links = Array.from({ length: Math.floor(r() * 120) }, () => ({
        from: r() < 0.05 ? 'ghost' : ids[Math.floor(r() * n)]!,
        to: r() < 0.05 ? 'ghost' : ids[Math.floor(r() * n)]!,
      }));
      const oldMap = new Map(ids.map((id) => [id, new Set<string>()]));
      for (const l of links) {
        oldMap.get(l.from)?.add(l.to);
        oldMap.get(l.to)?.add(l.from);
      }
      const now = adjacencyOf(ids, links);
      for (const id of ids) expect(now.get(id)).toEqual([...oldMap.get(id)!].filter((x) => x !== 'ghost'));
    }
  });
});

describe('reply parts', () => {
  const dataset = {
    event: { title: { fr: 'É😀' } },
    themes: [],
    sections: [],
    sessions: [],
    actors: [
      { id: 'a', name: { fr: '😀\u2028"\\' } },
      { id: 'b', name: { fr: 'x' } },
      { id: 'c', name: { fr: 'y' } },
    ],
    people: [],
    places: [],
    relations: [],
  };
  it('rows per part 1..4: the text is JSON.stringify of the whole and reads back', async () => {
    for (const per of [1, 2, 3, 4]) {
      const { text, parts } = replyOf({ dataset: dataset as never }, per);
      expect(JSON.parse(text)).toEqual(dataset);
      const read = await readReply(text, parts, async () => {});
      expect(read.ok && read.raw.actors).toEqual(dataset.actors);
    }
  });
  it('a reply whose spans repeat a row is refused', async () => {
    const { text, parts } = replyOf({ dataset: dataset as never }, 1);
    const twice = { ...parts, rows: { ...parts.rows, actors: [...parts.rows.actors!, parts.rows.actors![0]!] } };
    const read = await readReply(text, twice, async () => {});
    expect(read.ok && read.raw.actors.length).not.toBe(4);
  });
});

import { readFileSync as readFs } from 'node:fs';
import { loadDataset as load } from '../../src/data/load';
describe('intern through loadDataset', () => {
  it("an actor's attributes are its own", () => {
    const d = JSON.parse(readFs('tests/fixtures/valid-minimal.json', 'utf8'));
    d.actors[0].attributes = { Ville: 'Lille\u0000Pays\u0000France' };
    d.actors[1].attributes = { Ville: 'Lille', Pays: 'France' };
    const r = load(JSON.stringify(d), { file: 'x.json', readNote: () => 'Note.' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.dataset.actors[1]!.attributes).toEqual({ Ville: 'Lille', Pays: 'France' });
  });
});
