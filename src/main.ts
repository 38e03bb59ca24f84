// Wires the app: load the data, create the store and the views, connect them.
import './styles.css';
import { loadBundledDataset } from './data/bundled';
import { datasetUrlFrom, fetchDataset } from './data/remote';
import type { LoadResult } from './data/load';
import { createStore } from './state/store';
import { initialViewState, type Selection, type ViewId, type ViewState } from './state/viewState';
import { createUrlSync } from './state/urlSync';
import { formatHash, parseHash } from './state/url';
import { readLanguage, writeLanguage } from './state/persist';
import { createHeader } from './ui/header';
import { createDetails } from './ui/details';
import { createSearch } from './ui/search';
import { createNotices } from './ui/notice';
import { createViewFrame } from './ui/viewFrame';
import { createEscapeClears } from './ui/escape';
import { showProblems } from './ui/problems';
import { el, replaceChildren } from './ui/dom';
import { translator } from './i18n/t';
import { createFirstDrawing, viewRegistry, type ViewContext } from './ui/viewRegistry';
import { createPhoneLayout } from './phone/layout';
import { mountPresenter } from './present/mount';
import { isConsoleMode } from './present/controls';
import type { Dataset } from './data/dataset';
import { createDatasetStorage, localDatasetId, type DatasetStorage } from './import/storage';
import { createOpenData, type OpenData, type Opened } from './ui/openData';
import { createDropOverlay } from './ui/dropOverlay';
import type { MessageKey } from './i18n/t';
import { stepsOf } from './present/steps';
import { pickText } from './data/text';
import { createOriginBanner, type DataOrigin } from './ui/originBanner';
import { foreignOrigin } from './data/origins';
import type { Store } from './state/store';
import { preloadMarkdown } from './ui/markdown';
import { createShareButton } from './ui/share';
import { createEmbedBar, isEmbed } from './ui/embed';
import { registerServiceWorker } from './pwa/register';
import { whenSettled } from './pwa/whenSettled';

/** The store of one dataset's views. A view that throws is reported once (console, and a notice in
 * development); every other view still sees every state. */
function viewStore(lang: ViewState['lang'], report: (error: unknown) => void): Store<ViewState> {
  return createStore<ViewState>(
    { ...initialViewState, lang },
    {
      onError: (error) => {
        console.error('Maillage store:', error);
        if (import.meta.env.DEV) report(error);
      },
    },
  );
}

/** Where the dataset on screen comes from when it is not this site's own: another origin, or a file. */
function originOfAddress(): DataOrigin | null {
  const url = datasetUrlFrom(window.location.search, window.location.href);
  const origin = url instanceof URL ? foreignOrigin(url, window.location.href) : null;
  return origin === null ? null : { origin };
}
import { createExportMenu } from './export/menu';
import { createLifecycle } from './ui/lifecycle';
import { afterNextPaint } from './ui/frames';
import { markDatasetReady } from './data/readyMark';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

async function loadData(datasets: DatasetStorage): Promise<LoadResult & { notice?: MessageKey }> {
  // `?dataset=local:<id>`: a dataset opened earlier and kept in this browser.
  const local = localDatasetId(window.location.search);
  if (local !== null) {
    const text = await datasets.read(local);
    const list = text === null ? [] : ((await datasets.list()) ?? []);
    if (text !== null) {
      // Checked again in the import worker, indexed here in slices (a big dataset holds no long task).
      const { openKeptText, asLoadResult } = await import('./import/openKept');
      return asLoadResult(await openKeptText(list.find((m) => m.id === local)?.name ?? local, text));
    }
    return { ...loadBundledDataset(), notice: 'import.missingSaved' };
  }
  const url = datasetUrlFrom(window.location.search, window.location.href);
  if (url === null) return loadBundledDataset();
  if ('error' in url) return { ok: false, problems: [{ file: 'URL', path: '', message: url.error }] };
  return fetchDataset(
    url,
    fetch,
    async (input) => {
      const { openBytes, asLoadResult } = await import('./import/client');
      return asLoadResult(await openBytes(input));
    },
    {},
    // A large dataset is checked in the import worker, not on the page.
    typeof Worker === 'function'
      ? async (text, file, address) => {
          const { checkInWorker } = await import('./import/checkRemote');
          return checkInWorker(file, text, address);
        }
      : undefined,
  );
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
    // The rest of a shared view comes along (filters, toggles, view, map).
    ...(hash.filters && { filters: hash.filters }),
    ...(hash.showPeople && { showPeople: true }),
    ...(hash.showSessions && { showSessions: true }),
    ...(hash.view && { view: hash.view }),
    ...(hash.mapFrame && { mapFrame: hash.mapFrame }),
  });
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${next}`);
}

/** The one notice for what an address names that cannot be shown: every part, in one sentence. */
function unknownLinkText(what: readonly (Selection | string)[], lang: ViewState['lang']): string {
  const t = translator(lang);
  const text = what.map((w) => (typeof w === 'string' ? w : t('notice.unknownItem', { kind: t(`details.${w.type}`), id: w.id }))).join(' ; ');
  return t('notice.unknownLink', { what: text });
}

/** The views of one dataset; torn down when another dataset is opened. */
function mountViews(app: HTMLElement, dataset: Dataset, lang: ViewState['lang'], openData: OpenData, from: DataOrigin | null) {
  markDatasetReady();
  let reportInPage: (error: unknown) => void = () => {};
  const store = viewStore(lang, (error) => reportInPage(error));
  // One area per registered view (src/ui/viewRegistry.ts): side by side, or one at a time on a phone.
  const views = viewRegistry.map((entry) => ({ entry, area: entry.area() }));
  const areaOf = (id: ViewId) => views.find((v) => v.entry.id === id)?.area ?? el('section');
  const graphArea = areaOf('graph');
  const mapArea = areaOf('map');
  const panel = areaOf('programme');
  const main = el('main', { class: 'layout' }, ...views.map((v) => v.area));
  replaceChildren(app);
  const header = createHeader(app, dataset, store);
  const notices = createNotices(app, () => store.get().lang);
  reportInPage = (error) => notices.show(`${translator(store.get().lang)('notice.viewError')} ${String(error)}`);
  // Data that is not this site's own says where it comes from, for as long as it is on screen.
  const originBanner = from === null ? null : createOriginBanner(app, from, () => store.get().lang);
  app.append(main);

  let phone: ReturnType<typeof createPhoneLayout> | null = null;
  const details = createDetails(panel, dataset, store);
  const context: ViewContext = {
    dataset,
    store,
    search: window.location.search,
    coveredBelow: (element) => phone?.coveredBelow(element) ?? 0,
    tools: header.tools,
    areaOf,
    firstDrawing: createFirstDrawing(),
  };
  const mounted = views.map(({ entry, area }) => entry.mount(area, context));
  const mapView = { map: () => mounted.find((m) => m.map)?.map?.() ?? null };
  const parts: { destroy(): void }[] = [
    header,
    notices,
    // Before the view frames: one Escape clears the selection, the next gives a maximised view back.
    createEscapeClears(store),
    createSearch(header.tools, dataset, store),
    details,
    ...mounted,
    createViewFrame(graphArea, 'graph', 'view.graph', store),
    createViewFrame(mapArea, 'map', 'view.map', store),
    mountPresenter({ dataset, store, tools: header.tools }),
    createExportMenu(header.tools, { dataset, store, graph: graphArea, mapArea, map: mapView.map }),
    createShareButton(header.tools, store),
  ];
  const openButton = openData.button(header.tools);
  parts.push(openButton);
  // Last: it gathers the header's controls into its menu and the details into its sheet.
  phone = createPhoneLayout({ app, layout: main, views, store, details: details.element, detailsHome: panel, headerTools: header.tools });
  parts.push(phone);
  if (originBanner) parts.push(originBanner);

  // Written only when they change: an attribute set on <html>, even to the same value, has the
  // browser check the styles of the whole page, which on a large graph delays a click's answer.
  // What follows the language is written when the language changes.
  const reflectLanguage = (lang: ViewState['lang']) => {
    document.documentElement.lang = lang;
    // The tab's title in the language shown (index.html's is French, for the first paint).
    document.title = `${translator(lang)('app.name')} — ${pickText(dataset.event.title, lang).text}`;
    panel.setAttribute('aria-label', translator(lang)('view.panel'));
  };
  const reflect = (state: ViewState) => {
    const html = document.documentElement;
    if (state.maximized) {
      if (main.dataset.maximized !== state.maximized) main.dataset.maximized = state.maximized;
    } else if ('maximized' in main.dataset) delete main.dataset.maximized;
    if (html.dataset.theme !== state.theme) html.dataset.theme = state.theme;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    reflect(state);
    if (state.lang !== previous.lang) {
      reflectLanguage(state.lang);
      writeLanguage(storage(), state.lang);
      openButton.update(state.lang);
      originBanner?.update();
    }
  });
  reflectLanguage(store.get().lang);
  reflect(store.get());

  parts.push(
    createUrlSync({
      store,
      dataset,
      lastStep: stepsOf(dataset).length - 1,
      onUnknown: (what) => notices.show(unknownLinkText(what, store.get().lang)),
      later: afterNextPaint,
    }),
  );
  const life = createLifecycle();
  life.add(() => {
    unsubscribe();
    for (const part of parts.reverse()) part.destroy();
    replaceChildren(app);
  });
  return {
    store,
    notices,
    /** After a dataset is opened from the dialog, focus goes back where the person started. */
    focusOpenButton: () => openButton.focus(),
    destroy: life.destroy,
  };
}

/** `?embed`: the graph and the map of the linked state for an iframe, with a link to the full app. */
function mountEmbed(app: HTMLElement, dataset: Dataset, lang: ViewState['lang']) {
  const store = viewStore(lang, () => {});
  const graphArea = el('section', { class: 'view view-graph', id: 'graph' });
  const mapArea = el('section', { class: 'view view-map', id: 'map' });
  const main = el('main', { class: 'layout', 'data-embed': '' }, graphArea, mapArea);
  replaceChildren(app);
  document.documentElement.dataset.embed = '';
  const bar = createEmbedBar(app, store);
  const notices = createNotices(app, () => store.get().lang);
  app.append(main);
  main.setAttribute('aria-label', translator(lang)('embed.label'));
  createEscapeClears(store);
  // The graph and the map as the full app mounts them (src/ui/viewRegistry.ts).
  const context: ViewContext = {
    dataset,
    store,
    search: window.location.search,
    coveredBelow: () => 0,
    tools: el('div'),
    areaOf: (id) => (id === 'map' ? mapArea : graphArea),
    firstDrawing: createFirstDrawing(),
  };
  for (const [id, area] of [
    ['graph', graphArea],
    ['map', mapArea],
  ] as const)
    viewRegistry.find((entry) => entry.id === id)?.mount(area, context);
  store.subscribe((state) => {
    document.documentElement.lang = state.lang;
    main.setAttribute('aria-label', translator(state.lang)('embed.label'));
  });
  document.documentElement.lang = store.get().lang;
  createUrlSync({
    store,
    dataset,
    lastStep: stepsOf(dataset).length - 1,
    onUnknown: (what) => notices.show(unknownLinkText(what, store.get().lang)),
  });
  return { store, bar };
}

/** The address of a dataset opened in the app: `?dataset=local:<id>`, or none when it is not kept. */
function addressFor(kept: Opened['kept'], lang: ViewState['lang']): string {
  const params = new URLSearchParams(window.location.search);
  params.delete('data');
  params.delete('dataset');
  if (kept) params.set('dataset', `local:${kept.id}`);
  const query = params.toString();
  const hash = formatHash({ selection: null, lang, layout: 'rings', step: null });
  return `${window.location.pathname}${query ? `?${query}` : ''}${hash}`;
}

async function start(app: HTMLElement) {
  liftQueryLanguage();
  const datasets = createDatasetStorage();
  const result = await loadData(datasets);
  const firstLang = readLanguage(storage()) ?? initialViewState.lang;
  if (!result.ok) {
    showProblems(app, result.problems, firstLang);
    return;
  }
  if (isEmbed(window.location.search)) {
    mountEmbed(app, result.dataset, firstLang);
    return;
  }
  if (isConsoleMode(window.location.search)) {
    // The presenter console, in its own window: notes and controls, no graph or map.
    const store = viewStore(firstLang, () => {});
    const { mountConsole } = await import('./present/console');
    mountConsole(app, { dataset: result.dataset, store });
    createUrlSync({ store, dataset: result.dataset, onUnknown: () => {}, lastStep: stepsOf(result.dataset).length - 1 });
    return;
  }

  let current: ReturnType<typeof mountViews> | null = null;
  let currentId = localDatasetId(window.location.search);
  const getLang = () => current?.store.get().lang ?? firstLang;
  const openData = createOpenData({
    getLang,
    storage: datasets,
    currentId: () => currentId,
    onOpened: (opened) => {
      const lang = getLang();
      current?.destroy();
      currentId = opened.kept?.id ?? null;
      window.history.pushState(null, '', addressFor(opened.kept, lang));
      current = mountViews(app, opened.dataset, lang, openData, { file: opened.name });
      current.focusOpenButton();
      const t = translator(lang);
      const d = opened.dataset;
      if (opened.fresh) {
        current.notices.show(
          opened.kept
            ? t('import.opened', { name: opened.name, actors: d.actors.length, relations: d.relations.length, places: d.places.length })
            : t('import.notKept', { name: opened.name }),
        );
      }
      const geocoding = opened.geocoding;
      if (geocoding && geocoding.placed.length + geocoding.ambiguous.length > 0) {
        const ambiguous = geocoding.ambiguous
          .map(({ request, candidates }) =>
            t('geocode.ambiguousPlace', { name: request.name, candidates: candidates.map((c) => c.departement ?? c.country).join(', ') }),
          )
          .join(t('list.separator'));
        current.notices.show(`${t('geocode.placed', { count: geocoding.placed.length })}${ambiguous ? ` ${t('geocode.ambiguous', { list: ambiguous })}` : ''}`);
      }
      const placeless = d.actors.filter((a) => a.place === null);
      if (placeless.length > 0) {
        const names = placeless
          .slice(0, 8)
          .map((a) => pickText(a.name, lang).text)
          .join(', ');
        current.notices.show(t('import.noPlace', { count: placeless.length, names: placeless.length > 8 ? `${names}…` : names }));
      }
    },
  });
  createDropOverlay({ getLang, onFile: (file) => void openData.openFile(file) });
  // Back or Forward to an address of another dataset: load it afresh.
  window.addEventListener('popstate', () => {
    if (localDatasetId(window.location.search) !== currentId) window.location.reload();
  });

  current = mountViews(
    app,
    result.dataset,
    firstLang,
    openData,
    localDatasetId(window.location.search) !== null ? { file: pickText(result.dataset.event.title, firstLang).text } : originOfAddress(),
  );
  if (result.notice) current.notices.show(translator(firstLang)(result.notice));
  // Notes' Markdown renderer, in its own chunk: fetched at the first press or key, not during the load.
  preloadMarkdown();
}

const app = document.getElementById('app');
const started = app ? start(app) : Promise.resolve();
// The offline copy is set up once the load is over (whenSettled.ts): its install fetches every file
// of the app and compiles its scripts, seconds of a core that held up the graph's and the map's
// first drawings. Over means the data read and the views mounted, then nothing busy: a large
// dataset named by the address is fetched and checked while the page is idle, and its layout
// comes after that.
if ('serviceWorker' in navigator) {
  const setUpOffline = () => whenSettled(() => registerServiceWorker(() => readLanguage(storage()) ?? (document.documentElement.lang === 'en' ? 'en' : 'fr')));
  // A start that failed still rejects (and is reported); the offline copy is set up all the same.
  void started.finally(setUpOffline);
}
