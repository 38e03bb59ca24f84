import { describe, expect, it } from 'vitest';
import { createUrlSync } from '../../src/state/urlSync';
import { select, setLanguage } from '../../src/state/actions';
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
    expect(unknown).toEqual([{ type: 'actor', id: 'ville-inconnue' }]);
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
