// A large graph's rings are drawn from the dataset before its model is made: they must be the
// rings the model's layout then has, or they would jump when the nodes come.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { scaleCountsOf } from '../../src/graph/ringCounts';
import { frameOfCounts, layoutFrame } from '../../src/graph/simulation';
import { selectVisibleActorIds } from '../../src/state/selectors';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

describe('the rings counted from the dataset', () => {
  const d = workshop();
  const view = { width: 700, height: 520 };
  const cases = [
    { name: 'every actor', filters: noFilters, showPeople: false, showSessions: false },
    { name: 'people and sessions shown', filters: noFilters, showPeople: true, showSessions: true },
    { name: 'a scale hidden', filters: { ...noFilters, hiddenScales: [d.resolvedVocabulary.scales[0]!.id] }, showPeople: false, showSessions: false },
  ];
  it.each(cases)('are the rings of the model ($name)', (inputs) => {
    const model = buildModel(d, inputs);
    const counts = scaleCountsOf(d, selectVisibleActorIds(d, inputs));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(model.nodes.filter((n) => n.type === 'actor').length);
    expect(frameOfCounts(counts, view)).toEqual(layoutFrame(model, view));
  });
});
