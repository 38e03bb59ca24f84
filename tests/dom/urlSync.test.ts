import { describe, expect, it } from 'vitest';
import { createUrlSync } from '../../src/state/urlSync';
import { select, setFilters, setLanguage, setMapFrame, toggle } from '../../src/state/actions';
import { setupStore, shippedDataset } from './helpers';
import { stepsOf } from '../../src/present/steps';

const dataset = shippedDataset();

function setup(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const store = setupStore();
  const unknown: unknown[] = [];
  const sync = createUrlSync({ store, dataset, onUnknown: (w) => unknown.push(w) });
  return { store, unknown, sync };
}

const popTo = async (go: () => void) => {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  go();
  await popped;
};

describe('the selection in the URL', () => {
  it('restores a deep link', () => {
    const { store, sync } = setup('#/acteur/cites-unies-france?lang=en');
    expect(store.get().selection).toEqual({ type: 'actor', id: 'cites-unies-france' });
    expect(store.get().lang).toBe('en');
    sync.destroy();
  });

  it('writes each new selection as a history entry, and Back returns to the previous one', async () => {
    const { store, sync } = setup('#/');
    store.update(select({ type: 'session', id: 'amap' }));
    expect(window.location.hash).toBe('#/session/amap');
    store.update(select({ type: 'place', id: 'lille' }));
    expect(window.location.hash).toBe('#/lieu/lille');
    store.update(setLanguage('en'));
    expect(window.location.hash).toBe('#/lieu/lille?lang=en');
    await popTo(() => window.history.back());
    expect(store.get().selection).toEqual({ type: 'session', id: 'amap' });
    sync.destroy();
  });

  it('gives a notice for an unknown id and shows the overview', () => {
    const { store, unknown, sync } = setup('#/acteur/ville-inconnue');
    expect(store.get().selection).toBeNull();
    expect(unknown).toEqual([[{ type: 'actor', id: 'ville-inconnue' }]]);
    sync.destroy();
  });

  it('brings a step past the end of the presentation back to its last step, in the store and the address', () => {
    window.history.replaceState(null, '', '/#/?step=999');
    const store = setupStore();
    const last = stepsOf(dataset).length - 1;
    const sync = createUrlSync({ store, dataset, onUnknown: () => {}, lastStep: last });
    expect(store.get().step).toBe(last);
    expect(window.location.hash).toBe(`#/?step=${last}`);
    sync.destroy();
  });
});

describe('the whole view in the URL (issue 11)', () => {
  it('restores filters, toggles, the view in front and the map view from a shared link', () => {
    const { store, unknown, sync } = setup('#/acteur/cites-unies-france?hidden-kinds=association&themes=&speakers=1&sessions=1&view=map&map=europe');
    const s = store.get();
    expect(s.selection).toEqual({ type: 'actor', id: 'cites-unies-france' });
    expect(s.filters.hiddenKinds).toEqual(['association']);
    expect(s.showPeople).toBe(true);
    expect(s.showSessions).toBe(true);
    expect(s.view).toBe('map');
    expect(s.mapFrame).toBe('europe');
    // `themes=` (empty) cannot be read: named once, with nothing else.
    expect(unknown).toEqual([['themes']]);
    sync.destroy();
  });

  it('gives one notice for everything the data lacks or the address garbles, and keeps the rest', () => {
    const { store, unknown, sync } = setup('#/acteur/ville-inconnue?hidden-kinds=association,martien&map=lune&speakers=1');
    expect(store.get().selection).toBeNull();
    expect(store.get().filters.hiddenKinds).toEqual(['association']);
    expect(store.get().showPeople).toBe(true);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toEqual(['map=lune', { type: 'actor', id: 'ville-inconnue' }, 'hidden-kinds=martien']);
    // The address is written back without what was left out.
    expect(window.location.hash).toBe('#/?hidden-kinds=association&speakers=1');
    sync.destroy();
  });

  it('replaces the history entry for filters and the map view, and pushes one for a selection', () => {
    const { store, sync } = setup('#/');
    const before = window.history.length;
    store.update(setFilters((f) => ({ ...f, hideUnsourced: true })));
    store.update(setMapFrame('world'));
    store.update(toggle('showSessions'));
    expect(window.history.length).toBe(before);
    expect(window.location.hash).toBe('#/?sourced=1&sessions=1&map=world');
    store.update(select({ type: 'session', id: 'amap' }));
    expect(window.history.length).toBe(before + 1);
    sync.destroy();
  });

  it('can write the address later: changes until then make one entry, a new one if the selection changed', () => {
    window.history.replaceState(null, '', '/#/');
    const store = setupStore();
    const waiting: (() => void)[] = [];
    const sync = createUrlSync({ store, dataset, onUnknown: () => undefined, later: (write) => waiting.push(write) });
    const before = window.history.length;
    store.update(select({ type: 'session', id: 'amap' }));
    store.update(setLanguage('en'));
    // Not written yet: the page shows the selection first.
    expect(window.location.hash).toBe('#/');
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(window.location.hash).toBe('#/session/amap?lang=en');
    expect(window.history.length).toBe(before + 1);
    store.update(setMapFrame('world'));
    waiting.shift()!();
    expect(window.history.length).toBe(before + 1);
    expect(window.location.hash).toBe('#/session/amap?lang=en&map=world');
    // What is still waiting when the views go is written then.
    store.update(select({ type: 'place', id: 'lille' }));
    sync.destroy();
    expect(window.location.hash).toContain('#/lieu/lille');
    expect(window.history.length).toBe(before + 2);
  });
});
