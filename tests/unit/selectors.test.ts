import { describe, expect, it } from 'vitest';
import { setFilters, select, setLanguage, toggle } from '../../src/state/actions';
import { selectGraphModel, selectSpotlight, selectVisibleActorIds, selectVisibleRelations } from '../../src/state/selectors';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();
const actor = dataset.actors[0]!.id;

describe('memoised selectors', () => {
  it('return the very same object while what they depend on stays, and a new one when it changes', () => {
    const state: ViewState = select({ type: 'actor', id: actor })(initialViewState);
    const relabelled = setLanguage('en')(state);
    const visible = selectVisibleActorIds(dataset, state);
    const relations = selectVisibleRelations(dataset, state);
    const light = selectSpotlight(dataset, state.selection);
    const model = selectGraphModel(dataset, state);

    // Another view asking, or a change of something else (the language), gets the same objects.
    expect(selectVisibleActorIds(dataset, relabelled)).toBe(visible);
    expect(selectVisibleRelations(dataset, relabelled)).toBe(relations);
    expect(selectSpotlight(dataset, relabelled.selection)).toBe(light);
    expect(selectSpotlight(dataset, { type: 'actor', id: actor })).toBe(light); // equal by value
    expect(selectGraphModel(dataset, relabelled)).toBe(model);

    // A filter change gives new visible actors, relations and model, with the filtered actors gone.
    const filtered = setFilters((f) => ({ ...f, hiddenScales: [dataset.actors[0]!.scale] }))(state);
    const fewer = selectVisibleActorIds(dataset, filtered);
    expect(fewer).not.toBe(visible);
    expect(fewer.has(actor)).toBe(false);
    expect(visible.has(actor)).toBe(true);
    expect(selectVisibleRelations(dataset, filtered)).not.toBe(relations);
    expect(selectGraphModel(dataset, filtered)).not.toBe(model);
    expect(selectGraphModel(dataset, filtered).nodeById.has(`actor:${actor}`)).toBe(false);

    // Another selection lights something else; none lights nothing.
    const other = selectSpotlight(dataset, { type: 'actor', id: dataset.actors[1]!.id });
    expect(other).not.toBe(light);
    expect(other?.actors.has(dataset.actors[1]!.id)).toBe(true);
    expect(selectSpotlight(dataset, null)).toBeNull();

    // Showing speakers is another model, with their nodes.
    const withPeople = toggle('showPeople')(state);
    expect(selectGraphModel(dataset, withPeople)).not.toBe(model);
    expect(selectGraphModel(dataset, withPeople).nodes.some((n) => n.type === 'person')).toBe(true);
  });
});
