// Wires the app: load the data, create the store and the views, connect them.
import './styles.css';
import { loadBundledDataset } from './data/bundled';
import { datasetUrlFrom, fetchDataset } from './data/remote';
import type { LoadResult } from './data/load';
import { createStore } from './state/store';
import { initialViewState, type ViewState } from './state/viewState';
import { createUrlSync } from './state/urlSync';
import { formatHash, parseHash } from './state/url';
import { readLanguage, writeLanguage } from './state/persist';
import { createHeader } from './ui/header';
import { createProgramme } from './ui/programme';
import { createDetails } from './ui/details';
import { createSearch } from './ui/search';
import { createFilters } from './ui/filters';
import { createNotices } from './ui/notice';
import { createViewFrame } from './ui/viewFrame';
import { showProblems } from './ui/problems';
import { el, replaceChildren } from './ui/dom';
import { translator } from './i18n/t';
import { createGraphView } from './graph/view';
import { rendererFromQuery } from './graph/rendererChoice';
import { mountMap } from './map/mount';
import { mountPresenter } from './present/mount';
import { isConsoleMode } from './present/controls';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

async function loadData(): Promise<LoadResult> {
  const url = datasetUrlFrom(window.location.search, window.location.href);
  if (url === null) return loadBundledDataset();
  if ('error' in url) return { ok: false, problems: [{ file: 'URL', path: '', message: url.error }] };
  return fetchDataset(url);
}

/** `?lang=en` in the query (a link shared by hand) moves into the hash, where the state lives. */
function liftQueryLanguage(): void {
  const params = new URLSearchParams(window.location.search);
  const lang = params.get('lang');
  if (lang === null) return;
  params.delete('lang');
  const hash = parseHash(window.location.hash);
  const next = formatHash({
    selection: hash.selection,
    lang: lang === 'en' ? 'en' : 'fr',
    layout: hash.layout ?? 'rings',
    step: hash.step ?? null,
  });
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${next}`);
}

async function start(app: HTMLElement) {
  liftQueryLanguage();
  const result = await loadData();
  if (!result.ok) {
    showProblems(app, result.problems, readLanguage(storage()) ?? 'fr');
    return;
  }
  const dataset = result.dataset;
  const store = createStore<ViewState>({ ...initialViewState, lang: readLanguage(storage()) ?? initialViewState.lang });
  if (isConsoleMode(window.location.search)) {
    // The presenter console, in its own window: notes and controls, no graph or map.
    const { mountConsole } = await import('./present/console');
    mountConsole(app, { dataset, store });
    createUrlSync({ store, dataset, onUnknown: () => {} });
    return;
  }

  const graphArea = el('section', { class: 'view view-graph', id: 'graph' });
  const mapArea = el('section', { class: 'view view-map', id: 'map' });
  const panel = el('aside', { class: 'panel', id: 'panel' });
  const main = el('main', { class: 'layout' }, graphArea, mapArea, panel);
  replaceChildren(app);
  const header = createHeader(app, dataset, store);
  const notices = createNotices(app, () => store.get().lang);
  app.append(main);

  createSearch(header.tools, dataset, store);
  createDetails(panel, dataset, store);
  createFilters(panel, dataset, store);
  createProgramme(panel, dataset, store);
  createGraphView(graphArea, { dataset, store, renderer: rendererFromQuery(window.location.search) });
  mountMap(mapArea, { dataset, store });
  createViewFrame(graphArea, 'graph', 'view.graph', store);
  createViewFrame(mapArea, 'map', 'view.map', store);
  mountPresenter({ dataset, store, tools: header.tools });

  const reflect = (state: ViewState) => {
    document.documentElement.lang = state.lang;
    panel.setAttribute('aria-label', translator(state.lang)('view.panel'));
    if (state.maximized) main.dataset.maximized = state.maximized;
    else delete main.dataset.maximized;
    document.documentElement.dataset.theme = state.theme;
  };
  store.subscribe((state, previous) => {
    reflect(state);
    if (state.lang !== previous.lang) writeLanguage(storage(), state.lang);
  });
  reflect(store.get());

  createUrlSync({
    store,
    dataset,
    onUnknown: (what) => {
      const t = translator(store.get().lang);
      const text = typeof what === 'string' ? what : t('notice.unknownItem', { kind: t(`details.${what.type}`), id: what.id });
      notices.show(t('notice.unknownLink', { what: text }));
    },
  });
}

const app = document.getElementById('app');
if (app) void start(app);
