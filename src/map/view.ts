// The MapLibre binding: one function that draws the places and arcs on the basemap, follows the
// store, and returns { update, frame, zoom, destroy }. Every listener it adds is kept, so destroy()
// removes exactly those; destroy() is safe to call twice. Loaded on demand, in its own chunk.
import {
  Map as MapLibreMap,
  addProtocol,
  getGlobalDispatcher,
  importScriptInWorkers,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapEventType,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import overlayScriptUrl from './overlayProtocol.worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Dataset } from '../data/dataset';
import { select } from '../state/actions';
import { selectSpotlight, selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { translator, type Language } from '../i18n/t';
import { matches, mediaQuery, PHONE_QUERY, SCROLLING_QUERY } from '../ui/phoneQuery';
import { SELECTION_MAX_ZOOM, firstFrame, fitCamera, framesFor, paddingFor, selectionMarginsFor, wellInside, type Bounds, type MapFrame } from './camera';
import { DARK, arcLightSteps, arcsUrlSteps, boundsOf, placesUrlSteps, type ArcLights, type FeatureContext } from './features';
import { pairIdBound } from './seatedPair';
import { TEXT_PROTOCOL } from './keptAddress';
import { fullAddress, keep, textFor } from './keptTexts';
import { runAll, runInSlices } from '../ui/workSteps';
import { ARC_PROTOCOL, arcsFromAddress } from './arcLines';
import { PLACE_PROTOCOL, placesFromAddress } from './placeAddress';
import { createLabels } from './labels';
import { skipHiddenSky } from './skipSky';
import {
  DARK_PALETTE,
  CLUSTER_MAX_ZOOM,
  LAYER_CLUSTERS,
  LAYER_PLACES_HIT,
  LIGHT_PALETTE,
  SOURCE_ARCS,
  SOURCE_PLACES,
  basemapStyle,
  embeddedStyle,
  overlayLayers,
  withOverlay,
  type MapPalette,
} from './style';
import { createLifecycle } from '../ui/lifecycle';

setWorkerUrl(workerUrl);

// The places and arcs are asked of MapLibre as addresses (placeAddress.ts, arcLines.ts) that its
// worker reads with our script (prepareMapData imports it there). Should a worker be without it,
// MapLibre asks the page, which makes the same features here: slower, never wrong.
let madeOnPageSaid = false;
function madeOnPage<T>(make: (address: string) => T) {
  return async (request: { url: string }) => {
    if (!madeOnPageSaid) {
      madeOnPageSaid = true;
      console.warn('Map: the places and arcs are made on the page (MapLibre’s worker is without Maillage’s script).');
    }
    return { data: make(await fullAddress(request.url)) };
  };
}
addProtocol(ARC_PROTOCOL, madeOnPage(arcsFromAddress));
addProtocol(PLACE_PROTOCOL, madeOnPage(placesFromAddress));
// The sources are given short addresses (keptAddress.ts); MapLibre's worker asks the page for the
// text they name through this protocol.
addProtocol(TEXT_PROTOCOL, async (request) => ({ data: await textFor(request.url) }));

// MapLibre's worker failing to start (its file missing or refused) is said on its pool of workers,
// not on a map, and may come before the map is made: kept here, and said by every map not yet
// loaded (createMapView), which would otherwise wait for ever.
let workerFailed = false;
const workerFailures = new Set<() => void>();
getGlobalDispatcher().on('error', (event) => {
  workerFailed = true;
  console.warn('Map:', event.error?.message ?? event);
  for (const said of workerFailures) said();
});
// Workers made again (MapLibre restarts them when the browser took them away) start afresh.
getGlobalDispatcher().on('workerscreate', () => (workerFailed = false));

export type MapNotice = 'loadFailed' | 'basemapErrors' | 'basemapStalled';

export interface MapViewOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** An online style checked by fetchRemoteStyle, or null for the embedded basemap. */
  readonly onlineStyle: StyleSpecification | null;
  /** Absolute address of the embedded basemap file. */
  readonly basemapUrl: string;
  /** Called once the map has drawn its first frame. */
  readonly onReady?: () => void;
  /** The map is loading, moving or drawing (true), or at rest with its names and counts written
   * (false): the page says it with aria-busy. */
  readonly onBusy?: (busy: boolean) => void;
  /** Something the person should know: a fallback, a failure. */
  readonly onNotice?: (notice: MapNotice) => void;
  /** The view one click away the map now shows (France, Europe, Monde), or null once moved. */
  readonly onFrame?: (frame: MapFrame | null) => void;
  /** The browser took the map's WebGL context away (true) or gave it back (false). */
  readonly onContext?: (lost: boolean) => void;
  /** How long an online style may take to draw its first frame before the embedded basemap
   * replaces it (its sprite, glyphs or tiles may be refused by the CSP or never answer). */
  readonly onlineTimeoutMs?: number;
  /** How many px at the map's bottom something covers (the phone's details sheet): a selection
   * is framed in what is left. */
  readonly coveredBelow?: () => number;
  /** The first features, made ahead by prepareMapData. */
  readonly first?: PreparedMap | null;
}

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
const paletteOf = (state: ViewState): MapPalette => (state.theme === 'projector-dark' ? DARK_PALETTE : LIGHT_PALETTE);

export function createMapView(stage: HTMLElement, options: MapViewOptions) {
  const { dataset, store, basemapUrl } = options;
  /** The online style in use; null once the embedded basemap replaced it. */
  let onlineStyle = options.onlineStyle;
  const canvasHost = document.createElement('div');
  canvasHost.className = 'map-canvas';
  const labelLayer = document.createElement('div');
  labelLayer.className = 'map-labels';
  stage.append(canvasHost, labelLayer);

  const frames = framesFor(dataset);

  /** The overlay's features for a state. Given the arcs of a state with the same filters, keeps
   * them: a selection only lights or dims arcs (`lights`, shown by feature state). */
  const data = (state: ViewState, arcs?: string) => runAll(overlaySteps(dataset, state, arcs));

  let state = store.get();
  // Made ahead in slices (prepareMapData) for this state, unless it changed meanwhile.
  const made = options.first;
  let current = made && made.filters === state.filters && made.selection === state.selection ? made.overlay : data(state);
  let palette = paletteOf(state);
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  const size = () => ({ width: canvasHost.clientWidth || 400, height: canvasHost.clientHeight || 300 });
  const padding = () => paddingFor(size().width, size().height);
  const first = firstFrame(dataset, state.selection, current.context.spotlight, frames);
  // France, Europe and Monde are framed by our own Web Mercator fit (camera.ts, tested as data).
  // A view the visitor chose (a shared link's `map=europe`) wins over the selection's places.
  const firstName: MapFrame | null = state.mapFrame ?? (first.bounds === frames.france ? 'france' : null);
  const firstCamera = firstName ? fitCamera(frames[firstName], size(), padding()) : null;

  /** The features in the style the map was given (its sources' data). */
  let styled = current;
  /** The arcs MapLibre has dark (feature state lit: false), by arc id: 1 dark, 0 lit (no state). */
  const arcDark = new Uint8Array(pairIdBound(dataset));
  // Without WebGL 2 in this page MapLibre throws here: nothing of the map is left behind.
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
      container: canvasHost,
      style: onlineStyle ? withOverlay(onlineStyle, current, palette) : embeddedStyle(basemapUrl, current, palette),
      ...(firstCamera
        ? { center: firstCamera.center, zoom: firstCamera.zoom }
        : { bounds: first.bounds, fitBoundsOptions: { padding: padding(), ...(first.maxZoom ? { maxZoom: first.maxZoom } : {}) } }),
      // The embedded style is made by our own code and checked against the style specification by
      // the unit tests (map-style.test.ts): MapLibre need not check it again on every load (tens of
      // ms in the task that makes the map). An online style is checked.
      validateStyle: onlineStyle !== null,
      attributionControl: { compact: false },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      renderWorldCopies: true,
      fadeDuration: 0,
      // Keeps the last frame in the canvas, so that printing the page prints the map too.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // In a page that scrolls under a finger (a tablet's stacked layout), two fingers move the map.
      cooperativeGestures: cooperativeWanted(),
      locale: gestureTexts(state.lang),
    });
  } catch (error) {
    canvasHost.remove();
    labelLayer.remove();
    throw error;
  }
  if (!onlineStyle) skipHiddenSky(map);
  const cooperativeQuery = mediaQuery(COOPERATIVE_QUERY);
  const onCooperative = () => (cooperativeWanted() ? map.cooperativeGestures.enable() : map.cooperativeGestures.disable());
  cooperativeQuery?.addEventListener('change', onCooperative);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  const labels = createLabels(labelLayer, map, {
    onCluster: (id, lngLat) => void expand(id, lngLat),
    onPlace: (id) => store.update(select({ type: 'place', id })),
    focusFallback: () => map.getCanvas(),
  });

  // Every listener, kept so that destroy() removes exactly these.
  const life = createLifecycle();
  life.add(() => cooperativeQuery?.removeEventListener('change', onCooperative));
  function on<E extends keyof MapEventType>(type: E, listener: (event: MapEventType[E]) => void) {
    map.on(type, listener);
    life.add(() => map.off(type, listener));
  }
  function onLayer(type: 'click' | 'mouseenter' | 'mouseleave', layer: string, listener: (event: MapLayerMouseEvent) => void) {
    map.on(type, layer, listener);
    life.add(() => map.off(type, layer, listener));
  }

  // Busy from the start until the map rests: moving, drawing new data or a cluster opening
  // keeps it busy; every render at rest fires idle, which clears it.
  let busy = true;
  let opening = 0;
  /** The page has a new state for the map, not yet given to update(). */
  let waiting = false;
  function setBusy(next: boolean) {
    if (busy === next) return;
    busy = next;
    options.onBusy?.(next);
  }

  let ready = false;
  // A style carries the features it was made with; they are sent to MapLibre's worker again only
  // if they changed before it loaded (sending them costs seconds at 15,000 actors).
  on('style.load', () => {
    // A new style has new sources: no arc has a state yet.
    arcDark.fill(0);
    if (current !== styled) pushData();
    else lightArcs();
  });
  // An online style's failures (a sprite, glyphs or tiles refused by the CSP, or failing) are said
  // once, not once per tile; the embedded basemap failing before its first frame is a failure.
  let onlineErrorSaid = false;
  on('error', (event) => {
    if (onlineStyle && !onlineErrorSaid) {
      onlineErrorSaid = true;
      options.onNotice?.('basemapErrors');
    } else if (!ready && !onlineStyle) options.onNotice?.('loadFailed');
    console.warn('Map:', event.error?.message ?? event);
  });
  const onWorkerFailure = () => {
    if (!ready) options.onNotice?.('loadFailed');
  };
  workerFailures.add(onWorkerFailure);
  life.add(() => workerFailures.delete(onWorkerFailure));
  if (workerFailed) queueMicrotask(onWorkerFailure);
  // Never an endless "loading": an online style that has not drawn in time gives way to the
  // embedded basemap.
  const onlineTimer = onlineStyle
    ? setTimeout(() => {
        if (ready || life.destroyed || !onlineStyle) return;
        onlineStyle = null;
        console.warn('Map: the online basemap did not draw in time; using the embedded one.');
        styled = current;
        // A new style, not a difference from the old one: its sources start afresh, feature states
        // included (style.load forgets them), and 15,000 features are not compared one by one.
        map.setStyle(embeddedStyle(basemapUrl, current, palette), { diff: false });
        skipHiddenSky(map);
        options.onNotice?.('basemapStalled');
      }, options.onlineTimeoutMs ?? 20_000)
    : undefined;
  on('webglcontextlost', () => options.onContext?.(true));
  on('webglcontextrestored', () => {
    options.onContext?.(false);
    map.triggerRepaint();
  });
  // Names and counts are chosen again only when the map comes to rest and has drawn; while it
  // moves they just follow their points.
  let labelsStale = true;
  let shownFrame: MapFrame | null = firstName;
  function setFrame(frame: MapFrame | null) {
    shownFrame = frame;
    options.onFrame?.(frame);
  }
  on('load', () => {
    ready = true;
    clearTimeout(onlineTimer);
    labels.refresh(state.lang);
    labelsStale = false;
    options.onReady?.();
    if (firstName) setFrame(firstName);
  });
  on('movestart', () => setBusy(true));
  on('move', () => labels.position());
  on('moveend', () => (labelsStale = true));
  on('idle', () => {
    if (labelsStale) {
      labelsStale = false;
      labels.refresh(state.lang);
    }
    if (opening === 0 && !waiting) setBusy(false);
  });
  on('resize', () => {
    // Still on a view one click away (not moved by hand since): frame it again for the new size.
    if (shownFrame) {
      const camera = fitCamera(frames[shownFrame], size(), padding());
      map.jumpTo({ center: camera.center, zoom: Math.max(camera.zoom, map.getMinZoom()) });
    }
    labels.resized();
    labelsStale = true;
    setBusy(true);
  });
  // Moved by hand: no longer one of the views one click away.
  const movedByHand = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) setFrame(null);
  };
  on('dragstart', movedByHand);
  on('zoomstart', movedByHand);

  /** A cluster opens: the map zooms to where it splits, around it. */
  async function expand(clusterId: number, lngLat: [number, number]) {
    setBusy(true);
    opening++;
    try {
      await expandNow(clusterId, lngLat);
    } finally {
      opening--;
      // At rest again once drawn (a spread does not move the map).
      if (!life.destroyed) map.triggerRepaint();
    }
  }
  async function expandNow(clusterId: number, lngLat: [number, number]) {
    const source = map.getSource<GeoJSONSource>(SOURCE_PLACES);
    if (!source) return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    setFrame(null);
    if (zoom > CLUSTER_MAX_ZOOM && map.getZoom() >= CLUSTER_MAX_ZOOM - 1) {
      // Zooming further would not part them: spread them around the cluster instead.
      const leaves = await source.getClusterLeaves(clusterId, 50, 0);
      labels.spread(
        lngLat,
        leaves.flatMap((leaf) => {
          const id = leaf.properties?.id;
          const name = state.lang === 'en' ? leaf.properties?.nameEn : leaf.properties?.nameFr;
          return typeof id === 'string' && typeof name === 'string' ? [{ id, name }] : [];
        }),
      );
      return;
    }
    // Past the last clustered zoom the places are apart; stop there rather than at street level.
    map.easeTo({ center: lngLat, zoom: Math.min(zoom, CLUSTER_MAX_ZOOM + 1, map.getMaxZoom()), duration: reduceMotion ? 0 : 500 });
  }
  onLayer('click', LAYER_CLUSTERS, (event) => {
    const f = event.features?.[0];
    const id = f?.properties?.cluster_id;
    if (typeof id !== 'number' || f?.geometry.type !== 'Point') return;
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    void expand(id, [lon, lat]);
  });
  onLayer('mouseenter', LAYER_CLUSTERS, () => (map.getCanvas().style.cursor = 'pointer'));
  onLayer('mouseleave', LAYER_CLUSTERS, () => (map.getCanvas().style.cursor = ''));

  onLayer('click', LAYER_PLACES_HIT, (event) => {
    // Overlapping targets: the place whose centre is nearest the pointer wins.
    let best: { id: string; d: number } | null = null;
    for (const f of event.features ?? []) {
      const id = f.properties?.id;
      if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = map.project([lon, lat]);
      const d = Math.hypot(p.x - event.point.x, p.y - event.point.y);
      if (!best || d < best.d) best = { id, d };
    }
    if (best) store.update(select({ type: 'place', id: best.id }));
  });
  onLayer('mouseenter', LAYER_PLACES_HIT, () => (map.getCanvas().style.cursor = 'pointer'));
  onLayer('mouseleave', LAYER_PLACES_HIT, () => (map.getCanvas().style.cursor = ''));

  /** Sends the features that changed to MapLibre's worker, and lights the arcs. The arcs are sent
   * only when they changed (a filter), not when only their lights did (a selection): at 15,000
   * actors sending the arcs is a second or more of the page's time, setting the state of those
   * whose light changed is not. */
  function pushData() {
    const places = map.getSource<GeoJSONSource>(SOURCE_PLACES);
    const arcs = map.getSource<GeoJSONSource>(SOURCE_ARCS);
    // Before its style has loaded the map has no sources yet: style.load sends them then.
    if (places && arcs) {
      if (styled.arcs !== current.arcs) void arcs.setData(current.arcs);
      if (styled.places !== current.places) void places.setData(current.places);
      styled = current;
      lightArcs();
    }
    labelsStale = true;
    setBusy(true);
  }

  function lightArcs() {
    if (!map.getSource(SOURCE_ARCS)) return;
    const lights = current.lights;
    for (let id = 0; id < arcDark.length; id++) {
      const dark = lights !== null && lights[id] === DARK ? 1 : 0;
      if (arcDark[id] === dark) continue;
      map.setFeatureState({ source: SOURCE_ARCS, id }, { lit: dark === 0 });
      arcDark[id] = dark;
    }
  }

  function applyPalette() {
    const layers = [...overlayLayers(palette), ...(onlineStyle ? [] : basemapStyle(basemapUrl, palette).layers)];
    for (const layer of layers) {
      if (!map.getLayer(layer.id) || !('paint' in layer) || !layer.paint) continue;
      for (const [name, value] of Object.entries(layer.paint)) map.setPaintProperty(layer.id, name as PaintName, value);
    }
  }

  function fit(bounds: Bounds, maxZoom?: number, covered = 0) {
    const base = padding();
    const room = Math.min(covered, Math.max(0, size().height - base.top - base.bottom - 80));
    const fitOptions = { padding: { ...base, bottom: base.bottom + room }, duration: reduceMotion ? 0 : 700, ...(maxZoom ? { maxZoom } : {}) };
    map.fitBounds(bounds as LngLatBoundsLike, fitOptions);
    setFrame(null);
  }

  function showFrame(name: MapFrame) {
    const camera = fitCamera(frames[name], size(), padding());
    map.easeTo({ center: camera.center, zoom: Math.max(camera.zoom, map.getMinZoom()), duration: reduceMotion ? 0 : 700 });
    setFrame(name);
  }

  /** A session, actor or person frames its places; a place is brought into view if it is not;
   * clearing the selection goes back to an overview. */
  function follow(previous: ViewState) {
    const selection = state.selection;
    if (selection === previous.selection) return;
    // On a phone the details sheet opens with this change: frame the selection once it has.
    if (selection && options.coveredBelow && matches(PHONE_QUERY) && typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => {
        if (state.selection === selection) frameSelection(options.coveredBelow?.() ?? 0);
      });
      return;
    }
    frameSelection(0);
  }

  function frameSelection(covered: number) {
    const selection = state.selection;
    if (!selection) {
      // Back to the overview: every place during a presentation (the whole network), else France.
      const all = boundsOf(dataset.places);
      if (state.step !== null && all) fit(all);
      else showFrame('france');
      return;
    }
    if (selection.type === 'place') {
      // A selected place is brought well inside the map, clear of every edge (never on the top edge).
      const place = dataset.placeById.get(selection.id);
      if (!place) return;
      const point = map.project([place.longitude, place.latitude]);
      const { width } = size();
      const height = Math.max(80, size().height - covered);
      if (!wellInside(point, { width, height }, selectionMarginsFor(width, height))) {
        // Centred in the part left visible above what covers the bottom.
        const offset: [number, number] = [0, -(size().height - height) / 2];
        map.easeTo({ center: [place.longitude, place.latitude], ...(covered > 0 ? { offset } : {}), duration: reduceMotion ? 0 : 500 });
        setFrame(null);
      }
      return;
    }
    const places = dataset.places.filter((p) => current.context.spotlight?.places.has(p.id));
    const bounds = boundsOf(places);
    if (bounds) fit(bounds, SELECTION_MAX_ZOOM, covered);
  }

  function update(next: ViewState) {
    waiting = false;
    const previous = state;
    state = next;
    if (next.filters !== previous.filters) {
      current = data(next);
      pushData();
    } else if (next.selection !== previous.selection) {
      current = data(next, current.arcs);
      pushData();
    } else if (next.lang !== previous.lang) {
      labelsStale = true;
      setBusy(true);
      map.triggerRepaint();
    }
    if (paletteOf(next) !== palette) {
      palette = paletteOf(next);
      applyPalette();
    }
    // A view chosen by the visitor or by the address (Back, a shared link) is shown; otherwise the
    // map follows the selection.
    const asked = next.mapFrame !== previous.mapFrame ? next.mapFrame : null;
    if (asked) {
      if (asked !== shownFrame) showFrame(asked);
    } else follow(previous);
    // Drawn again even when nothing changed here, so that idle comes and says the map is at rest.
    map.triggerRepaint();
  }

  life.add(() => {
    clearTimeout(onlineTimer);
    labels.destroy();
    map.remove();
    canvasHost.remove();
    labelLayer.remove();
  });

  return {
    map,
    update,
    /** A change is on its way (update follows soon): busy until the map rests again. */
    pending: () => {
      waiting = true;
      setBusy(true);
    },
    frame: showFrame,
    /** What is written over the map now: how many names and cluster counts. */
    written: () => labels.counts(),
    zoom(by: 1 | -1) {
      if (by > 0) map.zoomIn({ duration: reduceMotion ? 0 : 250 });
      else map.zoomOut({ duration: reduceMotion ? 0 : 250 });
    },
    destroy: life.destroy,
  };
}

export type MapView = ReturnType<typeof createMapView>;

/** What the map draws over its basemap for a state. */
interface Overlay {
  /** The places' address (placeAddress.ts), as a short one naming it (keptAddress.ts). */
  readonly places: string;
  /** The arcs' address (arcLines.ts), as a short one naming it. */
  readonly arcs: string;
  /** Which arcs are lit, by feature id. */
  readonly lights: ArcLights;
  readonly context: FeatureContext;
}

/** The overlay's features for a state, a step of work at a time (workSteps.ts): the places, the arcs'
 * address (or the arcs given, of a state with the same filters) and which arcs are lit. */
function* overlaySteps(dataset: Dataset, state: ViewState, arcs?: string): Generator<void, Overlay, void> {
  const visibleActors = selectVisibleActorIds(dataset, state);
  const context: FeatureContext = {
    visibleActors,
    visibleRelations: selectVisibleRelations(dataset, state),
    selection: state.selection,
    spotlight: selectSpotlight(dataset, state.selection),
  };
  yield;
  // Each address kept (a Blob made of half a megabyte of text) in a step of its own.
  const places = yield* placesUrlSteps(dataset, context);
  yield;
  const keptPlaces = keep(places);
  let keptArcs = arcs;
  if (keptArcs === undefined) {
    const address = yield* arcsUrlSteps(dataset, context);
    yield;
    keptArcs = keep(address);
  }
  yield;
  return {
    places: keptPlaces,
    arcs: keptArcs,
    lights: yield* arcLightSteps(dataset, context),
    context,
  };
}

/** What prepareMapData made ahead: the first features, and the state they are for. */
export interface PreparedMap {
  readonly filters: ViewState['filters'];
  readonly selection: ViewState['selection'];
  readonly overlay: Overlay;
}

/** How long the map waits for its script to be in MapLibre's worker: a worker that never starts
 * (a missing or refused file) never answers, and the map must still be made, to say so. */
const SCRIPT_WAIT_MS = 3000;

/**
 * Made before createMapView, and awaited: puts the script that makes the places and arcs into
 * MapLibre's worker (starting it) while it makes the first addresses for the store's state in
 * slices of a few milliseconds between which the page draws and answers (at 15,000 actors they
 * are a quarter of a second of work). Never fails and never waits long: without the script the
 * page makes the features itself (the protocols above). Null if cancelled.
 */
export async function prepareMapData(dataset: Dataset, store: Store<ViewState>, cancelled: () => boolean): Promise<PreparedMap | null> {
  const imported = importScriptInWorkers(new URL(overlayScriptUrl, document.baseURI).href).catch((error: unknown) => {
    console.warn('Map: Maillage’s script could not be put into MapLibre’s worker:', error);
  });
  const state = store.get();
  const overlay = await runInSlices(overlaySteps(dataset, state), () => new Promise((resolve) => setTimeout(resolve, 0)), { cancelled });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([imported, new Promise((resolve) => (timer = setTimeout(resolve, SCRIPT_WAIT_MS)))]);
  clearTimeout(timer);
  return overlay && { filters: state.filters, selection: state.selection, overlay };
}

/** A touch screen where the map sits in a scrolling page. */
const COOPERATIVE_QUERY = `${SCROLLING_QUERY} and (pointer: coarse)`;
const cooperativeWanted = () => matches(COOPERATIVE_QUERY);

/** MapLibre's hints for cooperative gestures, in the page's language (set when the map starts). */
function gestureTexts(lang: Language): Record<string, string> {
  const t = translator(lang);
  return {
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gesture.windows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gesture.mac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gesture.mobile'),
  };
}
