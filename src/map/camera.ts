// Pure: where the map looks. The three views one click away, the first view, and the padding
// that leaves room for names. No MapLibre here, so it is tested as data.
import type { Dataset } from '../data/dataset';
import type { Spotlight } from '../state/derive';
import type { Selection } from '../state/viewState';
import { boundsOf } from './features';

export type MapFrame = 'france' | 'europe' | 'world';
/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export const EUROPE: Bounds = [-11, 35, 32, 61];
export const WORLD: Bounds = [-170, -56, 180, 74];
/** Metropolitan France, when the dataset has no French place. */
export const FRANCE: Bounds = [-5, 42.3, 8.2, 51.1];

/** "France" frames the dataset's French places; "Europe" and "Monde" are fixed. */
export function framesFor(d: Dataset): Record<MapFrame, Bounds> {
  return { france: boundsOf(d.places.filter((p) => p.country === 'France')) ?? FRANCE, europe: EUROPE, world: WORLD };
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
