import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { visibleRelations } from '../../src/state/derive';
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
