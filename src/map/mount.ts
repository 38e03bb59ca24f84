// The map of places. This module stays light: the list of places, the info region and the legend
// work at once (and without WebGL); MapLibre is loaded on demand, in its own chunk, so the graph
// and the page appear first.
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createLegend } from './legend';
import { createPlaceInfo } from './placeInfo';
import { createPlaceList } from './placeList';
import { fetchRemoteStyle, type RemoteStyleResult } from './remoteStyle';
import { mapSettings } from './settings';
import { hasWebGL2, webGL2Available } from './webgl';
import { idleLoadWanted, whenNeeded } from './whenNeeded';
import type { MapFrame } from './camera';
import { setMapFrame } from '../state/actions';
import type { MapNotice, MapView } from './view';
import { createLifecycle } from '../ui/lifecycle';
import { nextTask } from '../ui/nextTask';
import { matches, PHONE_QUERY } from '../ui/phoneQuery';
import './map.css';

export interface MapMountOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** Whether the browser can draw the map; by default, a WebGL 2 check made in a worker. */
  readonly webgl?: () => boolean | Promise<boolean>;
  /** The same check made in the page, when the map fails to start; by default, hasWebGL2. */
  readonly inPageWebGL?: () => boolean;
  /** The page's query string, for the basemap setting; by default, location.search. */
  readonly search?: string;
  /** What draws before the map (the graph's first drawing); the map's chunk waits for it, or for
   * the map to come on screen, whichever is first. */
  readonly after?: Promise<unknown>;
  /** The graph's first layout at rest. Beside the graph (not on a phone, where the map is a tab of
   * its own, opened by the person), MapLibre's chunk is run and its map made only then, or at once
   * when the person asks for it: making it links its WebGL programs, which holds the page (0.1–2.7 s
   * each with software WebGL on a busy machine) while a large graph is still being laid out. */
  readonly graphAtRest?: Promise<unknown>;
  /** How many px at the bottom of an element something covers (the phone's details sheet). */
  readonly coveredBelow?: (element: Element) => number;
}

/** The longest the map waits for the graph's layout to come to rest: a layout that never ends
 * does not keep the map away. */
export const GRAPH_AT_REST_DEADLINE_MS = 60_000;

const FRAMES: ReadonlyArray<readonly [MapFrame, 'map.view.france' | 'map.view.europe' | 'map.view.world']> = [
  ['france', 'map.view.france'],
  ['europe', 'map.view.europe'],
  ['world', 'map.view.world'],
];

export function mountMap(
  container: HTMLElement,
  { dataset, store, webgl = webGL2Available, inPageWebGL = hasWebGL2, search = location.search, after, graphAtRest, coveredBelow }: MapMountOptions,
) {
  const settings = mapSettings(search);
  const frameButtons = FRAMES.map(([frame]) => el('button', { type: 'button', class: 'map-tool', 'data-frame': frame, disabled: true }));
  const zoomIn = el('button', { type: 'button', class: 'map-tool map-zoom', 'data-zoom': '1', disabled: true }, '+');
  const zoomOut = el('button', { type: 'button', class: 'map-tool map-zoom', 'data-zoom': '-1', disabled: true }, '−');
  const toolbar = el('div', { class: 'map-toolbar', role: 'group' }, ...frameButtons);
  const zoomGroup = el('div', { class: 'map-zoom-group', role: 'group' }, zoomIn, zoomOut);
  const loading = el('p', { class: 'map-loading' });
  // While the map waits for the graph's layout to come to rest: why, and a way not to wait.
  const waitingText = el('p', { role: 'status' });
  const showNowButton = el('button', { type: 'button', class: 'map-show-now' });
  const waiting = el('div', { class: 'map-waiting', hidden: true }, waitingText, showNowButton);
  // Shown when the browser takes the map's WebGL context away (GPU reset, too many tabs): the map
  // says so and offers to draw it again; it goes away by itself when the context comes back.
  const lostText = el('p', {});
  const redrawButton = el('button', { type: 'button', class: 'map-redraw' });
  const lost = el('div', { class: 'map-lost', role: 'alert', hidden: true }, lostText, redrawButton);
  const stage = el('div', { class: 'map-stage' }, loading, waiting, zoomGroup, lost);
  const notice = el('p', { class: 'map-notice', role: 'status', hidden: true });
  const below = el('div', { class: 'map-below' });
  const aside = el('div', { class: 'map-aside' });
  // The root is a size container: the inner grid puts the list beside the map when there is room
  // (a full-screen map on a projector), under it otherwise.
  // aria-busy while the map loads, moves or draws: assistive technology (and anyone reading the page)
  // knows the names and counts written over it are being chosen again.
  const root = el(
    'div',
    { class: 'map-view', 'data-state': 'loading', 'aria-busy': 'true' },
    el('div', { class: 'map-grid' }, toolbar, notice, stage, below, aside),
  );
  container.append(root);

  const legend = createLegend(below, dataset);
  const info = createPlaceInfo(aside, { dataset, store });
  const list = createPlaceList(aside, { dataset, store });

  let view: MapView | null = null;
  const life = createLifecycle();
  let cancelStart = () => {};
  /** The view one click away the map shows now, if any (aria-pressed on its button). */
  let activeFrame: MapFrame | null = null;
  let shownNotice: 'noWebgl' | MapNotice | 'basemapRejected' | 'basemapFallback' | 'basemapTooLarge' | null = settings.basemapRejected
    ? 'basemapRejected'
    : null;

  const onToolbar = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const frame = FRAMES.find(([f]) => f === button?.getAttribute('data-frame'))?.[0];
    if (frame && view) {
      view.frame(frame);
      store.update(setMapFrame(frame));
    }
    const zoom = button?.getAttribute('data-zoom');
    if (zoom) view?.zoom(zoom === '1' ? 1 : -1);
  };
  life.on(toolbar, 'click', onToolbar);

  function setLost(isLost: boolean) {
    lost.hidden = !isLost;
  }
  /** Draws the map again on a new canvas (and so a new WebGL context). */
  const onRedraw = () => {
    if (life.destroyed) return;
    setLost(false);
    view?.destroy();
    view = null;
    setState('loading');
    startMap();
  };
  life.on(redrawButton, 'click', onRedraw);

  function setState(next: 'loading' | 'ready' | 'no-webgl' | 'failed') {
    root.setAttribute('data-state', next);
    for (const b of [...frameButtons, zoomIn, zoomOut]) b.disabled = next !== 'ready';
    toolbar.hidden = next === 'no-webgl' || next === 'failed';
    zoomGroup.hidden = next !== 'ready';
    loading.hidden = next !== 'loading';
    // Ready: busy until the map first rests (onBusy); no map at all: nothing to wait for.
    if (next === 'loading') setBusy(true);
    else if (next !== 'ready') setBusy(false);
  }

  function setBusy(busy: boolean) {
    if (busy) root.setAttribute('aria-busy', 'true');
    else root.removeAttribute('aria-busy');
  }

  function showNotice(which: typeof shownNotice) {
    shownNotice = which;
    update(store.get());
  }

  function update(state: ViewState) {
    const t = translator(state.lang);
    root.setAttribute('data-theme', state.theme);
    toolbar.setAttribute('aria-label', t('map.views'));
    FRAMES.forEach(([frame, key], i) => {
      const button = frameButtons[i];
      if (!button) return;
      button.textContent = t(key);
      button.setAttribute('aria-pressed', String(frame === activeFrame));
    });
    zoomGroup.setAttribute('aria-label', t('map.zoom'));
    zoomIn.setAttribute('aria-label', t('map.zoomIn'));
    zoomOut.setAttribute('aria-label', t('map.zoomOut'));
    loading.textContent = t('map.loading');
    waitingText.textContent = t('map.waitingForGraph');
    showNowButton.textContent = t('map.showNow');
    lostText.textContent = t('map.contextLost');
    redrawButton.textContent = t('map.redraw');
    notice.hidden = shownNotice === null;
    notice.textContent = shownNotice ? t(`map.${shownNotice}`) : '';
    legend.update(state);
    info.update(state);
    list.update(state);
    if (view) updateViewLater();
  }

  // MapLibre follows the state once the page has painted what changed (a click's details, the
  // graph): its update (the selection's arcs, a new fit, data sent to its worker) takes a while
  // on large networks. Any number of changes before then make one update, to the latest state.
  // It waits for two frames: the first shows the details, the second the graph's drawing (the
  // canvas draws a new selection in the frame after the details, canvasRenderer.ts); an update
  // queued after the first frame alone ran before that frame was shown on a busy page.
  let viewFrame: number | null = null;
  let viewTimer: ReturnType<typeof setTimeout> | null = null;
  function updateViewLater() {
    view?.pending();
    if (viewFrame !== null || viewTimer !== null) return;
    const run = () => {
      viewTimer = null;
      if (life.destroyed || !view) return;
      const state = store.get();
      view.update(state);
      view.map.getCanvas().setAttribute('aria-label', translator(state.lang)('map.canvas', { count: dataset.places.length }));
    };
    if (typeof requestAnimationFrame !== 'function') viewTimer = setTimeout(run, 0);
    else
      viewFrame = requestAnimationFrame(() => {
        viewFrame = requestAnimationFrame(() => {
          viewFrame = null;
          viewTimer = setTimeout(run, 0);
        });
      });
  }

  /** Whether the graph's layout is at rest (or there is nothing to wait for). */
  let graphRested = !graphAtRest;
  void graphAtRest?.then(() => (graphRested = true));
  /** Kept once the graph's layout is at rest, the person asks for the map, or at the deadline;
   * at once on a phone or when nothing is to be waited for. Meanwhile the map says why it waits. */
  function untilGraphAtRest(): Promise<void> {
    if (graphRested || matches(PHONE_QUERY)) return Promise.resolve();
    loading.hidden = true;
    waiting.hidden = false;
    return new Promise<void>((resolve) => {
      // Whichever comes first; the others find nothing left to do.
      const go = () => {
        clearTimeout(deadline);
        waiting.hidden = true;
        loading.hidden = root.getAttribute('data-state') !== 'loading';
        resolve();
      };
      const deadline = setTimeout(go, GRAPH_AT_REST_DEADLINE_MS);
      life.add(() => clearTimeout(deadline));
      life.on(showNowButton, 'click', go);
      void graphAtRest?.then(go);
    });
  }

  // MapLibre's chunk is fetched only when the map comes near the screen, or once the browser is
  // idle after the graph's first drawing. The WebGL check, which starts the GPU's GL (hundreds of
  // ms with a software renderer), waits for that moment too, and runs in a worker while the
  // chunk comes.
  cancelStart = whenNeeded(
    root,
    () =>
      // Beside a large graph still being laid out, not before it is at rest: even the chunk's
      // evaluation (~100 ms) would be a long task in the middle of the layout.
      void untilGraphAtRest().then(() => {
        if (life.destroyed) return;
        import('./view').catch(() => {}); // startMap says it if the chunk cannot come
        void Promise.resolve(webgl()).then((yes) => {
          if (life.destroyed) return;
          if (yes) startMap();
          else {
            setState('no-webgl');
            showNotice('noWebgl');
          }
        });
      }),
    { idle: idleLoadWanted(), ...(after ? { after } : {}) },
  );

  /** The online style, fetched once (a redraw reuses it). */
  let online: Promise<RemoteStyleResult | null> | null = null;
  function startMap() {
    online ??= settings.basemap ? fetchRemoteStyle(settings.basemap) : Promise.resolve(null);
    Promise.all([import('./view'), online])
      .then(async ([{ createMapView, prepareMapData }, remote]) => {
        const first = await prepareMapData(dataset, store, () => life.destroyed);
        // MapLibre's map made in a task of its own, not after the last slice of the data.
        await nextTask();
        if (life.destroyed || view) return;
        if (remote && !remote.ok) {
          console.warn(`The online basemap ${settings.basemap} could not be used (${remote.reason}); using the embedded one.`);
          shownNotice = remote.problem === 'tooLarge' ? 'basemapTooLarge' : 'basemapFallback';
        }
        view = createMapView(stage, {
          dataset,
          store,
          first,
          ...(coveredBelow ? { coveredBelow: () => coveredBelow(stage) } : {}),
          onlineStyle: remote?.ok ? remote.style : null,
          basemapUrl: new URL(`${import.meta.env.BASE_URL}basemap/countries.geojson`, document.baseURI).href,
          onReady: () => {
            if (life.destroyed || !view) return;
            setState('ready');
          },
          onBusy: (busy) => {
            if (!life.destroyed) setBusy(busy);
          },
          onNotice: showNotice,
          onContext: setLost,
          onFrame: (frame) => {
            // Moved by hand or following the selection: no chosen view any more (nor in the address).
            if (frame === null) store.update(setMapFrame(null));
            if (frame === activeFrame) return;
            activeFrame = frame;
            FRAMES.forEach(([f], i) => frameButtons[i]?.setAttribute('aria-pressed', String(f === frame)));
          },
        });
        update(store.get());
      })
      .catch((error: unknown) => {
        if (life.destroyed) return;
        // The worker's check said yes, but this page has no WebGL 2 (a browser that offers it to
        // workers only): said as when the check says no.
        if (!inPageWebGL()) {
          view = null;
          setState('no-webgl');
          showNotice('noWebgl');
          return;
        }
        console.error('The map could not start:', error);
        setState('failed');
        showNotice('loadFailed');
      });
  }

  life.add(store.subscribe((state) => update(state)));
  life.add(() => {
    cancelStart();
    if (viewFrame !== null) cancelAnimationFrame(viewFrame);
    if (viewTimer !== null) clearTimeout(viewTimer);
    view?.destroy();
    legend.destroy();
    info.destroy();
    list.destroy();
    root.remove();
  });
  update(store.get());

  return {
    update,
    /** The live MapLibre map once it is drawn, else null (for exports). */
    map: () => view?.map ?? null,
    destroy: life.destroy,
  };
}
