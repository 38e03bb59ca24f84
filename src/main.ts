// Wires the app: load the data, create the store and the views, connect them.
import './styles.css';
import { loadBundledDataset } from './data/bundled';
import { createStore } from './state/store';
import { initialViewState, type ViewState } from './state/viewState';
import { createHeader } from './ui/header';
import { createProgramme } from './ui/programme';
import { showProblems } from './ui/problems';
import { el, replaceChildren } from './ui/dom';
import { translator } from './i18n/t';
import { createGraphView } from './graph/view';
import { mountMap } from './map/mount';
import { mountPresenter } from './present/mount';

function start(app: HTMLElement) {
  const result = loadBundledDataset();
  if (!result.ok) {
    showProblems(app, result.problems, 'fr');
    return;
  }
  const dataset = result.dataset;
  const store = createStore<ViewState>(initialViewState);
  const t = translator(store.get().lang);

  const graphArea = el('section', { class: 'view view-graph', id: 'graph', 'aria-label': t('view.graph') });
  const mapArea = el('section', { class: 'view view-map', id: 'map', 'aria-label': t('view.map') });
  const panel = el('aside', { class: 'panel', id: 'panel', 'aria-label': t('view.panel') });
  const main = el('main', { class: 'layout' }, graphArea, mapArea, panel);
  replaceChildren(app);
  const header = createHeader(app, dataset, store);
  app.append(main);
  createProgramme(panel, dataset, store);
  createGraphView(graphArea, { dataset, store });
  mountMap(mapArea, { dataset, store });
  mountPresenter({ dataset, store, tools: header.tools });

  store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    const tt = translator(state.lang);
    document.documentElement.lang = state.lang;
    graphArea.setAttribute('aria-label', tt('view.graph'));
    mapArea.setAttribute('aria-label', tt('view.map'));
    panel.setAttribute('aria-label', tt('view.panel'));
  });
}

const app = document.getElementById('app');
if (app) start(app);
