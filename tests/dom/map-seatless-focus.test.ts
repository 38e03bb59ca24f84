import { describe, expect, it } from 'vitest';
import { getByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { select } from '../../src/state/actions';
import { mountMap } from '../../src/map/mount';
import { seatlessActors } from '../../src/map/seats';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { placesListed } from './helpers';

describe('seatless list keeps the keyboard focus', () => {
  it('choosing one of the first actors while a far one is selected leaves focus on it', async () => {
    const { json, notes } = syntheticDataset(700);
    const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (p) => notes.get(p) });
    if (!loaded.ok) throw new Error('invalid');
    const seatless = seatlessActors(loaded.dataset);
    const store = createStore<ViewState>(initialViewState);
    const container = document.createElement('section');
    document.body.append(container);
    const map = mountMap(container, { dataset: loaded.dataset, store, webgl: () => false });
    await placesListed(container);
    const list = getByRole(container, 'list', { name: 'Sans siège sur la carte' });
    store.update(select({ type: 'actor', id: seatless.at(-1)!.id })); // selected in the graph
    const third = within(list).getAllByRole('button')[2]!;
    third.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.get().selection).toEqual({ type: 'actor', id: seatless[2]!.id });
    expect(document.activeElement?.getAttribute('data-actor')).toBe(seatless[2]!.id);
    map.destroy();
    container.remove();
  });
});
