// A large graph's legend is shown from the dataset before its model is made: it must be the
// legend the model then gives, or the drawing's room would change when the nodes come.
import { describe, expect, it } from 'vitest';
import { legendContent } from '../../src/graph/legend';
import { legendItemsAhead } from '../../src/graph/legendAhead';
import { selectGraphModel, selectVisibleActorIds, selectVisibleRelations } from '../../src/state/selectors';
import { noFilters, type Filters } from '../../src/state/viewState';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { workshop } from './graph-helpers';

const synthetic = () => {
  const { json, notes } = syntheticDataset(400);
  const result = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
  if (!result.ok) throw new Error('synthetic data invalid');
  return result.dataset;
};

describe('the legend counted from the dataset', () => {
  const datasets = [
    { name: 'the workshop', d: workshop() },
    { name: 'a synthetic network', d: synthetic() },
  ];
  for (const { name, d } of datasets) {
    const filters: Filters[] = [
      noFilters,
      { ...noFilters, hiddenKinds: [d.actors[0]!.kind] },
      { ...noFilters, hiddenRelationKinds: [d.relations[0]!.kind] },
      { ...noFilters, hideUnsourced: true },
      { ...noFilters, themes: [d.programme[0]?.themes?.[0] ?? 'none'] },
      { ...noFilters, hiddenScales: [d.resolvedVocabulary.scales[0]!.id] },
    ];
    it(`is the model's legend, whatever is shown or filtered (${name})`, () => {
      for (const f of filters) {
        for (const showPeople of [false, true]) {
          for (const showSessions of [false, true]) {
            const state = { filters: f, showPeople, showSessions };
            const ahead = legendItemsAhead(d, selectVisibleActorIds(d, state), selectVisibleRelations(d, state), state);
            expect(legendContent(ahead, true, d.resolvedVocabulary)).toEqual(legendContent(selectGraphModel(d, state), true, d.resolvedVocabulary));
          }
        }
      }
    });
  }
});
