// What is written over the map, as HTML: the places' names and the clusters' counts. No glyph
// server is needed (the embedded basemap has none, and the CSP is default-src 'self'): the text is
// the browser's own, legible on a projector, any script, set with textContent.
// Bounded: at most MAX_LABELS names and MAX_BADGES counts, chosen by importance when the map comes
// to rest (moveend/idle), placed with a grid (labelPlacement.ts); while the map moves they only
// follow their points. Names are aria-hidden (the list of places says the same); each count is a
// button, so a cluster can be opened from the keyboard (arrow keys move between them).
import type { Point } from 'geojson';
import { translator, type Language } from '../i18n/t';
import { MAX_LABELS, placeLabels, type LabelBox, type LabelInput } from './labelPlacement';
import { LAYER_CLUSTERS, LAYER_PLACES, clusterRadiusFor, placeRadiusAt } from './style';
import { createLifecycle } from '../ui/lifecycle';

/** What the overlay needs from the map: MapLibre's Map fits. */
export interface OverlayMap {
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
  queryRenderedFeatures(options: { layers: string[] }): ReadonlyArray<{ geometry: { type: string }; properties: Record<string, unknown> | null }>;
  /** The longitudes in view (beyond ±180 where the world repeats); without it, every copy is
   * projected to find out. */
  getBounds?(): { getWest(): number; getEast(): number };
}

export interface LabelsOptions {
  /** A cluster's count was activated (click, Enter, Space). */
  readonly onCluster: (clusterId: number, lngLat: [number, number]) => void;
  /** A place of a spread cluster was chosen. */
  readonly onPlace?: (placeId: string) => void;
  /** Where focus goes when the focused count disappears (the map's canvas). */
  readonly focusFallback?: () => HTMLElement | null;
}

export const MAX_BADGES = 200;
const WORLD_COPIES = [0, -360, 360];
/** Names measured per refresh: the most important places on screen, a few times the cap. */
const CANDIDATES = MAX_LABELS * 3;

interface Anchored {
  readonly lngLat: [number, number];
  /** From the projected point to the element's top left. */
  readonly dx: number;
  readonly dy: number;
}

const pointOf = (geometry: { type: string }): [number, number] | null => {
  if (geometry.type !== 'Point') return null;
  const [lon, lat] = (geometry as Point).coordinates;
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
};
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function createLabels(layer: HTMLElement, map: OverlayMap, options: LabelsOptions) {
  const badgeGroup = document.createElement('div');
  badgeGroup.className = 'map-cluster-badges';
  badgeGroup.setAttribute('role', 'group');
  const names = document.createElement('div');
  names.className = 'map-names';
  names.setAttribute('aria-hidden', 'true');
  const spreadGroup = document.createElement('div');
  spreadGroup.className = 'map-spread';
  spreadGroup.setAttribute('role', 'group');
  layer.append(names, badgeGroup, spreadGroup);

  const spans = new Map<string, HTMLSpanElement>();
  const badges = new Map<string, HTMLButtonElement>();
  const anchors = new Map<HTMLElement, Anchored>();
  const sizes = new Map<string, { width: number; height: number }>();
  let lang: Language = 'fr';
  /** The zoom and the projected origin when things were last placed: a pan at the same zoom moves
   * every point by the same pixels, so the two layers move as wholes (composited, not repainted). */
  let placedZoom = NaN;
  let placedOrigin = { x: 0, y: 0 };
  let shifted = false;
  const ORIGIN: [number, number] = [0, 0];
  function shift(dx: number, dy: number) {
    const value = dx === 0 && dy === 0 ? '' : `translate(${dx}px, ${dy}px)`;
    names.style.transform = value;
    badgeGroup.style.transform = value;
    spreadGroup.style.transform = value;
    shifted = value !== '';
  }

  function activate(button: HTMLButtonElement) {
    const id = Number(button.dataset.cluster);
    const anchor = anchors.get(button);
    if (anchor && Number.isFinite(id)) options.onCluster(id, anchor.lngLat);
  }
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button instanceof HTMLButtonElement) activate(button);
  };
  const onKey = (event: KeyboardEvent) => {
    const list = [...badges.values()];
    const at = list.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? list.length - 1 : step ? (at + step + list.length) % list.length : -1;
    if (to < 0) return;
    event.preventDefault();
    rove(list[to]);
  };
  function rove(target: HTMLButtonElement | undefined) {
    if (!target) return;
    for (const b of badges.values()) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  }
  const life = createLifecycle();
  life.on(badgeGroup, 'click', onClick);
  life.on(badgeGroup, 'keydown', onKey);

  // A cluster whose places sit (almost) at the same spot cannot be opened by zooming: its places are
  // spread around it as buttons, each selecting its place. Escape, a choice or a move closes it.
  let spreadAt: [number, number] | null = null;
  function closeSpread() {
    spreadGroup.replaceChildren();
    spreadAt = null;
  }
  const onSpreadClick = (event: MouseEvent) => {
    const id = event.target instanceof Element ? event.target.closest('button')?.dataset.place : undefined;
    if (!id) return;
    closeSpread();
    options.onPlace?.(id);
  };
  const onSpreadKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    closeSpread();
    options.focusFallback?.()?.focus();
  };
  life.on(spreadGroup, 'click', onSpreadClick);
  life.on(spreadGroup, 'keydown', onSpreadKey);

  function spread(lngLat: [number, number], places: ReadonlyArray<{ id: string; name: string }>) {
    closeSpread();
    spreadAt = lngLat;
    const t = translator(lang);
    spreadGroup.setAttribute('aria-label', t('map.spread', { count: places.length }));
    const { x, y } = map.project(lngLat);
    const radius = 34 + 5 * places.length;
    places.forEach((p, i) => {
      const angle = (2 * Math.PI * i) / places.length - Math.PI / 2;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-spread-place';
      button.dataset.place = p.id;
      button.textContent = p.name;
      button.style.transform = `translate(${Math.round(x + radius * Math.cos(angle))}px, ${Math.round(y + radius * Math.sin(angle))}px) translate(-50%, -50%)`;
      spreadGroup.append(button);
    });
    spreadGroup.querySelector('button')?.focus();
  }

  function place(element: HTMLElement, anchor: Anchored) {
    anchors.set(element, anchor);
    const { x, y } = map.project(anchor.lngLat);
    element.style.transform = `translate(${Math.round(x + anchor.dx)}px, ${Math.round(y + anchor.dy)}px)`;
  }

  /** Chooses and places what is written, for the map at rest. */
  function refresh(nextLang: Language = lang) {
    lang = nextLang;
    const t = translator(lang);
    badgeGroup.setAttribute('aria-label', t('map.clusters'));
    const width = layer.clientWidth;
    const height = layer.clientHeight;
    const zoom = map.getZoom();
    shift(0, 0);
    if (spreadAt) closeSpread();
    placedZoom = zoom;
    placedOrigin = map.project(ORIGIN);
    const onScreen = (x: number, y: number) => x >= -40 && y >= -40 && x <= width + 40 && y <= height + 40;
    // A point whose longitude is out of view is not projected (thousands of places, and three
    // copies of the world each, made this the longest part of a refresh at 15,000 actors).
    const seen = map.getBounds?.();
    // (Bounds that wrap, or span the whole world, say nothing: every copy is looked at.)
    const bounds = seen && seen.getEast() > seen.getWest() && seen.getEast() - seen.getWest() < 360 ? seen : null;
    const west = bounds ? bounds.getWest() : -Infinity;
    const east = bounds ? bounds.getEast() : Infinity;
    const margin = bounds && width > 0 ? ((east - west) * 80) / width : 0;
    const inView = (lng: number) => lng >= west - margin && lng <= east + margin;

    const clusters = new Map<string, { id: number; lngLat: [number, number]; count: number; x: number; y: number }>();
    const places = new Map<string, LabelInput & { lngLat: [number, number]; text: string; lit: boolean; selected: boolean }>();
    for (const f of map.queryRenderedFeatures({ layers: [LAYER_CLUSTERS, LAYER_PLACES] })) {
      const point = pointOf(f.geometry);
      const p = f.properties ?? {};
      if (!point) continue;
      // The world repeats sideways at low zoom: write on whichever copies are on screen.
      for (const offset of WORLD_COPIES) {
        const lngLat: [number, number] = [point[0] + offset, point[1]];
        if (!inView(lngLat[0])) continue;
        const { x, y } = map.project(lngLat);
        if (!onScreen(x, y)) continue;
        if (typeof p.cluster_id === 'number') {
          const key = `${p.cluster_id}@${offset}`;
          if (!clusters.has(key)) clusters.set(key, { id: p.cluster_id, lngLat, count: num(p.point_count), x, y });
          continue;
        }
        const id = str(p.id);
        if (!id || places.has(id)) continue;
        const selected = p.selected === true;
        const lit = p.lit === true;
        const actorCount = num(p.actorCount);
        places.set(id, {
          id,
          lngLat,
          x,
          y,
          radius: placeRadiusAt(zoom, actorCount, selected ? 6 : 0),
          width: 0,
          height: 0,
          // The selection first, then what it lights, then the places with most actors and links.
          priority: (selected ? 1e9 : 0) + (lit ? 1e6 : 0) + actorCount * 1000 + num(p.linkCount),
          text: lang === 'en' ? str(p.nameEn) : str(p.nameFr),
          lit,
          selected,
        });
      }
    }

    // Counts: the biggest clusters first, at most MAX_BADGES.
    const hadFocus = badgeGroup.contains(document.activeElement);
    const shownClusters = [...clusters.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, MAX_BADGES);
    const keepBadges = new Set(shownClusters.map(([id]) => id));
    for (const [id, button] of badges) {
      if (keepBadges.has(id)) continue;
      anchors.delete(button);
      button.remove();
      badges.delete(id);
    }
    const obstacles: LabelBox[] = [];
    for (const [key, c] of shownClusters) {
      let button = badges.get(key);
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'map-cluster';
        button.dataset.cluster = String(c.id);
        button.tabIndex = -1;
        badgeGroup.append(button);
        badges.set(key, button);
      }
      const r = clusterRadiusFor(c.count);
      const text = c.count >= 1000 ? `${Math.round(c.count / 100) / 10}k` : String(c.count);
      if (button.textContent !== text) button.textContent = text;
      button.setAttribute('aria-label', t('map.cluster', { count: c.count }));
      button.style.width = button.style.height = `${2 * r}px`;
      place(button, { lngLat: c.lngLat, dx: -r, dy: -r });
      obstacles.push({ left: c.x - r, top: c.y - r, width: 2 * r, height: 2 * r });
    }
    const list = [...badges.values()];
    if (!list.some((b) => b.tabIndex === 0) && list[0]) list[0].tabIndex = 0;
    if (hadFocus && !badgeGroup.contains(document.activeElement)) {
      if (list[0]) rove(list[0]);
      else options.focusFallback?.()?.focus();
    }

    // Names: measure the most important candidates (one layout read for all), then place.
    const ranked = [...places.values()].sort((a, b) => b.priority - a.priority);
    const candidates = ranked.slice(0, CANDIDATES);
    for (const other of ranked.slice(CANDIDATES))
      obstacles.push({ left: other.x - other.radius, top: other.y - other.radius, width: 2 * other.radius, height: 2 * other.radius });
    const keepSpans = new Set(candidates.map((c) => c.id));
    for (const [id, span] of spans) {
      if (keepSpans.has(id)) continue;
      anchors.delete(span);
      span.remove();
      spans.delete(id);
    }
    const key = (c: { text: string; lit: boolean; selected: boolean }) => `${c.text}|${c.lit}|${c.selected}`;
    for (const c of candidates) {
      let span = spans.get(c.id);
      if (!span) {
        span = document.createElement('span');
        span.className = 'map-label';
        span.setAttribute('aria-hidden', 'true');
        span.dataset.place = c.id;
        names.append(span);
        spans.set(c.id, span);
      }
      if (span.textContent !== c.text) span.textContent = c.text;
      span.classList.toggle('is-dim', !c.lit);
      span.classList.toggle('is-selected', c.selected);
    }
    for (const c of candidates) {
      const k = key(c);
      if (!sizes.has(k)) {
        const span = spans.get(c.id);
        sizes.set(k, { width: span?.offsetWidth ?? 0, height: span?.offsetHeight ?? 0 });
      }
    }
    const inputs = candidates.map((c) => ({ ...c, ...(sizes.get(key(c)) ?? { width: 0, height: 0 }) }));
    const boxes = placeLabels(inputs, { width, height }, { obstacles });
    for (const c of inputs) {
      const span = spans.get(c.id);
      const box = boxes.get(c.id);
      if (!span) continue;
      if (box) {
        place(span, { lngLat: c.lngLat, dx: box.left - c.x, dy: box.top - c.y });
        span.style.visibility = 'visible';
      } else {
        anchors.delete(span);
        span.style.visibility = 'hidden';
      }
    }
  }

  /** While the map moves: what is written follows its points; nothing is chosen again. A pan moves
   * the layers as wholes; a zoom moves each name and count. */
  function position() {
    if (map.getZoom() === placedZoom) {
      const origin = map.project(ORIGIN);
      shift(Math.round(origin.x - placedOrigin.x), Math.round(origin.y - placedOrigin.y));
      return;
    }
    if (shifted) shift(0, 0);
    for (const [element, anchor] of anchors) place(element, anchor);
  }

  life.add(() => {
    spreadGroup.remove();
    names.remove();
    badgeGroup.remove();
    spans.clear();
    badges.clear();
    anchors.clear();
  });
  return {
    refresh,
    position,
    spread,
    /** After a resize: the font may have changed size with the window, so measure again. */
    resized() {
      sizes.clear();
      refresh();
    },
    /** How many names and counts are written now (for tests and figures). */
    counts: () => ({ names: [...spans.values()].filter((s) => s.style.visibility === 'visible').length, clusters: badges.size }),
    destroy: life.destroy,
  };
}
