// The "Tableau / Table" button of the header: shows the table of the network in place of the map
// (the graph and the panel stay), and the map again. The table's code is fetched and the table
// built the first time it is shown, so a visit that never opens it pays nothing for it (not even
// its share of the first load's JavaScript, which issue 11 holds under 150 kB on a phone).
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { maximize, setView } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import type { TableView } from './view';
import { createLifecycle } from '../ui/lifecycle';

export interface TableToggleOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** The area the table replaces while it is shown. */
  readonly mapArea: HTMLElement;
  /** Where the table goes: hidden until the button is pressed. */
  readonly tableArea: HTMLElement;
  /** How many px at the bottom of an element the phone's details sheet covers. */
  readonly coveredBelow?: (element: Element) => number;
}

export function createTableToggle(tools: HTMLElement, { dataset, store, mapArea, tableArea, coveredBelow }: TableToggleOptions) {
  const button = el('button', { type: 'button', class: 'table-toggle', 'aria-pressed': 'false', 'aria-controls': tableArea.id || undefined });
  tools.append(button);
  tableArea.hidden = true;
  let view: TableView | null = null;
  let loading: Promise<void> | null = null;
  const life = createLifecycle();

  /** Fetches the table's code once, then builds it (unless this toggle is gone meanwhile). */
  function build() {
    loading ??= import('./view')
      .then(({ createTableView }) => {
        if (life.destroyed || view) return;
        view = createTableView(tableArea, { dataset, store, coveredBelow });
      })
      .catch((error: unknown) => {
        loading = null;
        console.error('The table could not load:', error);
      });
  }

  // Shown when the view in front is the table: the phone's Table tab, this button, or an address.
  const wanted = (state: ViewState) => state.view === 'table';

  /** The table in the map's place, except while presenting: the room sees the graph and the map. */
  function place(state: ViewState) {
    const table = wanted(state) && state.step === null;
    mapArea.hidden = table;
    tableArea.hidden = !table;
    if (table && view === null) build();
  }

  const onClick = () => {
    const on = !wanted(store.get());
    // The map cannot keep the full screen while the table takes its place.
    if (on && store.get().maximized === 'map') store.update(maximize(null));
    store.update(setView(on ? 'table' : 'graph'));
  };
  life.on(button, 'click', onClick);

  function update(state: ViewState) {
    const t = translator(state.lang);
    button.textContent = t('table.toggle');
    button.title = t('table.toggleLabel');
    button.setAttribute('aria-pressed', String(wanted(state)));
    tableArea.setAttribute('aria-label', t('table.view'));
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const shownBefore = wanted(previous) && previous.step === null;
    const shownNow = wanted(state) && state.step === null;
    if (state.lang !== previous.lang || wanted(state) !== wanted(previous)) update(state);
    if (shownBefore !== shownNow) {
      place(state);
      if (shownNow) view?.refresh();
    }
  });
  place(store.get());
  update(store.get());
  life.add(() => {
    unsubscribe();
    view?.destroy();
    view = null;
    button.remove();
    mapArea.hidden = false;
  });
  return {
    update,
    destroy: life.destroy,
  };
}
