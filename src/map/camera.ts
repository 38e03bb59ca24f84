// Pure: where the map looks. The three views one click away, the first view, and the padding
// that leaves room for names. No MapLibre here, so it is tested as data.
import type { Dataset } from '../data/dataset';
import type { Spotlight } from '../state/derive';
import type { MapFrame, Selection } from '../state/viewState';
import { boundsOf } from './features';

export type { MapFrame };
/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export const EUROPE: Bounds = [-11, 35, 32, 61];
export const WORLD: Bounds = [-170, -56, 180, 74];
/** Metropolitan France, Corsica included: from the Pointe de Corsen in Brittany (4.80° W; Ouessant
 * at 5.14° W) to Corsica's east coast (9.56° E), from Corsica's south tip (41.33° N) to Bray-Dunes
 * (51.09° N). */
export const FRANCE: Bounds = [-5.2, 41.3, 9.6, 51.15];

/** "France" shows all of metropolitan France (not only the dataset's French places, which would
 * cut Brittany off); "Europe" and "Monde" are fixed. */
export function framesFor(d: Dataset): Record<MapFrame, Bounds> {
  // French places outside the metropolitan frame (overseas) widen it only if they are close by.
  const french = boundsOf(d.places.filter((p) => p.country === 'France' && p.latitude > 40 && p.latitude < 52 && p.longitude > -6 && p.longitude < 10));
  const france: Bounds = french
    ? [Math.min(FRANCE[0], french[0]), Math.min(FRANCE[1], french[1]), Math.max(FRANCE[2], french[2]), Math.max(FRANCE[3], french[3])]
    : FRANCE;
  return { france, europe: EUROPE, world: WORLD };
}

export interface Padding {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export interface Camera {
  /** [longitude, latitude] of the map's centre. */
  readonly center: [number, number];
  readonly zoom: number;
}

/** Web Mercator, as MapLibre draws it: 512 px for the world at zoom 0. x and y in [0, 1]. */
const TILE = 512;
const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const longitudeOf = (x: number) => x * 360 - 180;
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/** Where a point is drawn, in CSS pixels from the container's top left, for a camera. */
export function projectWith(camera: Camera, size: { readonly width: number; readonly height: number }, [lon, lat]: readonly [number, number]) {
  const scale = TILE * 2 ** camera.zoom;
  return {
    x: size.width / 2 + (mercatorX(lon) - mercatorX(camera.center[0])) * scale,
    y: size.height / 2 + (mercatorY(lat) - mercatorY(camera.center[1])) * scale,
  };
}

/** The camera that shows the whole of some bounds inside a container, leaving its padding free,
 * whatever the container's aspect: the zoom is the larger that fits both ways. */
export function fitCamera(bounds: Bounds, size: { readonly width: number; readonly height: number }, padding: Padding, maxZoom = 22): Camera {
  const [west, south, east, north] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const innerWidth = Math.max(1, size.width - padding.left - padding.right);
  const innerHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(innerWidth / (spanX * TILE), innerHeight / (spanY * TILE))));
  const scale = TILE * 2 ** zoom;
  // The middle of the free area shows the middle of the bounds: shift by half the padding imbalance.
  const cx = (x0 + x1) / 2 + (padding.right - padding.left) / 2 / scale;
  const cy = (y0 + y1) / 2 + (padding.bottom - padding.top) / 2 / scale;
  return { center: [longitudeOf(cx), latitudeOf(cy)], zoom };
}

/** Whether a selected place drawn at (x, y) sits well inside the map, clear of its edges by the
 * margins; if not, the map should bring it in (never leave it on the top edge). */
export function wellInside(
  point: { readonly x: number; readonly y: number },
  size: { readonly width: number; readonly height: number },
  margins: Padding,
): boolean {
  return point.x >= margins.left && point.x <= size.width - margins.right && point.y >= margins.top && point.y <= size.height - margins.bottom;
}

/** Margins that keep a selected place and its name clear of the edges (and of the zoom buttons
 * at the top right). */
export function selectionMarginsFor(width: number, height: number): Padding {
  const v = Math.min(90, height * 0.2);
  return { top: v, bottom: v, left: Math.min(60, width * 0.15), right: Math.min(160, width * 0.25) };
}

/** Padding in pixels that leaves room for names (drawn to the right), scaled down on small maps so
 * that fitBounds still fits. */
export function paddingFor(width: number, height: number) {
  const vertical = Math.min(36, height * 0.1);
  return { top: vertical, bottom: vertical, left: Math.min(40, width * 0.1), right: Math.min(110, width * 0.22) };
}

const inside = ([w, s, e, n]: Bounds, lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;

/** The first view: the French places, unless a deep link selects something elsewhere — a session,
 * actor or person frames its places; a place outside the French frame is shown at country zoom. */
/** How close the map comes to a selection's places: one place alone keeps its region around it. */
export const SELECTION_MAX_ZOOM = 6;

export function firstFrame(
  d: Dataset,
  selection: Selection | null,
  spot: Spotlight | null,
  frames: Record<MapFrame, Bounds>,
): { bounds: Bounds; maxZoom?: number } {
  const bounds = boundsOf(d.places.filter((p) => spot?.places.has(p.id)));
  if (!selection || !bounds) return { bounds: frames.france };
  if (selection.type !== 'place') return { bounds, maxZoom: SELECTION_MAX_ZOOM };
  return inside(frames.france, bounds[0], bounds[1]) ? { bounds: frames.france } : { bounds, maxZoom: 5 };
}
