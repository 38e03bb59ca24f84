import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { visibleActorIds, visibleRelations } from '../../src/state/derive';
import { noFilters } from '../../src/state/viewState';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const d = result.dataset;

describe('visibleRelations', () => {
  it('is the dataset’s own list when the filters let every relation through', () => {
    expect(visibleRelations(d, noFilters)).toBe(d.relations);
  });

  it('leaves out what the filters hide, and nothing else', () => {
    const kind = d.relations[0]!.kind;
    const shown = visibleRelations(d, { ...noFilters, hiddenRelationKinds: [kind] });
    expect(shown).toEqual(d.relations.filter((r) => r.kind !== kind));
    expect(shown.length).toBeLessThan(d.relations.length);
  });
});

describe('visibleActorIds', () => {
  it('holds every actor, in the dataset’s order, when the filters hide none', () => {
    const all = visibleActorIds(d, noFilters);
    const ids = d.actors.map((a) => a.id);
    expect(all.size).toBe(ids.length);
    expect([...all]).toEqual(ids);
    expect([...all.values()]).toEqual(ids);
    expect([...all.entries()]).toEqual(ids.map((id) => [id, id]));
    expect(ids.every((id) => all.has(id))).toBe(true);
    expect(all.has('no-such-actor')).toBe(false);
    const seen: string[] = [];
    all.forEach((id) => seen.push(id));
    expect(seen).toEqual(ids);
  });

  it('leaves out the actors of a hidden kind, and only them', () => {
    const kind = d.actors[0]!.kind;
    const shown = visibleActorIds(d, { ...noFilters, hiddenKinds: [kind] });
    expect([...shown]).toEqual(d.actors.filter((a) => a.kind !== kind).map((a) => a.id));
    expect(shown.has(d.actors[0]!.id)).toBe(false);
  });
});
