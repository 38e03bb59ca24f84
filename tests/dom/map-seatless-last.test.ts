import { describe, expect, it } from 'vitest';
import { getByRole, queryByRole, within } from '@testing-library/dom';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { select } from '../../src/state/actions';
import { mountMap } from '../../src/map/mount';
import { seatlessActors } from '../../src/map/seats';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { placesListed } from './helpers';

/** A network with exactly 41 actors with no seat. */
function fortyOne() {
  const { json, notes } = syntheticDataset(700);
  const raw = JSON.parse(json) as { actors: { id: string; place?: string }[]; places: { id: string }[] };
  const placeIds = new Set(raw.places.map((p) => p.id));
  let kept = 0;
  for (const a of raw.actors) {
    if (a.place && placeIds.has(a.place)) continue;
    if (++kept > 41) a.place = raw.places[0]!.id;
  }
  const loaded = loadDataset(JSON.stringify(raw), { file: 's.json', readNote: (p) => notes.get(p) });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 2)));
  return loaded.dataset;
}

describe('41 actors with no seat', () => {
  it('offers the one not listed by itself, in the singular', async () => {
    const dataset = fortyOne();
    const container = document.createElement('section');
    document.body.append(container);
    const map = mountMap(container, { dataset, store: createStore<ViewState>(initialViewState), webgl: () => false });
    await placesListed(container);
    expect(within(getByRole(container, 'list', { name: 'Sans siège sur la carte' })).getAllByRole('button')).toHaveLength(40);
    expect(getByRole(container, 'button', { name: 'Afficher l’autre' })).toBeTruthy();
    map.destroy();
    container.remove();
  });

  it('offers no "show the other 0" when the 41st is selected, and so listed', async () => {
    const loaded = { dataset: fortyOne() };
    const seatless = seatlessActors(loaded.dataset);
    expect(seatless).toHaveLength(41);
    const store = createStore<ViewState>(initialViewState);
    store.update(select({ type: 'actor', id: seatless[40]!.id }));
    const container = document.createElement('section');
    document.body.append(container);
    const map = mountMap(container, { dataset: loaded.dataset, store, webgl: () => false });
    await placesListed(container);
    const list = getByRole(container, 'list', { name: 'Sans siège sur la carte' });
    expect(within(list).getAllByRole('button')).toHaveLength(41);
    expect(queryByRole(container, 'button', { name: /^Afficher les/ })).toBeNull();
    map.destroy();
    container.remove();
  });
});
