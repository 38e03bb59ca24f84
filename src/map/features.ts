// Pure: the dataset's places and relations as GeoJSON (RFC 7946, longitude first), with what the
// filters and the selection say about each, for the map's layers. No DOM, no MapLibre. Imported
// only by the lazily loaded view (and tests), so d3-geo stays out of the page's first chunk.
import { pickText } from '../data/text';
import { geoInterpolate } from 'd3';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { Place, Relation, RelationKind } from '../data/schema';
import type { Spotlight } from '../state/derive';
import type { Selection } from '../state/viewState';

export interface PlaceProperties {
  readonly id: string;
  readonly nameFr: string;
  readonly nameEn: string;
  /** Actors seated here that the filters let through. */
  readonly actorCount: number;
  /** Relations the filters let through that touch an actor seated here: how connected it is. */
  readonly linkCount: number;
  /** Lit by the selection (or nothing is selected). */
  readonly lit: boolean;
  /** This place is the selection. */
  readonly selected: boolean;
}

export interface ArcProperties {
  readonly id: string;
  readonly kind: RelationKind;
  readonly from: string;
  readonly to: string;
  readonly fromPlace: string;
  readonly toPlace: string;
  readonly unsourced: boolean;
  readonly lit: boolean;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type ArcFeature = Feature<LineString, ArcProperties>;

/** What the features depend on besides the dataset; all of it derived from the view state. */
export interface FeatureContext {
  readonly visibleActors: ReadonlySet<string>;
  readonly visibleRelations: readonly Relation[];
  readonly selection: Selection | null;
  readonly spotlight: Spotlight | null;
}

/** [longitude, latitude], as RFC 7946 wants, rounded to 6 decimals (about 10 cm). */
export const placePosition = (place: Place): Position => [round6(place.longitude), round6(place.latitude)];
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function placeFeatures(d: Dataset, ctx: FeatureContext): FeatureCollection<Point, PlaceProperties> {
  const counts = new Map<string, number>();
  for (const a of d.actors) if (a.place && ctx.visibleActors.has(a.id)) counts.set(a.place, (counts.get(a.place) ?? 0) + 1);
  const links = new Map<string, number>();
  for (const r of ctx.visibleRelations) {
    const ends = new Set([d.actorById.get(r.from)?.place, d.actorById.get(r.to)?.place]);
    for (const place of ends) if (place) links.set(place, (links.get(place) ?? 0) + 1);
  }
  const selectedPlace = ctx.selection?.type === 'place' ? ctx.selection.id : null;
  return {
    type: 'FeatureCollection',
    features: d.places.map(
      (place): PlaceFeature => ({
        type: 'Feature',
        id: d.places.indexOf(place),
        geometry: { type: 'Point', coordinates: placePosition(place) },
        properties: {
          id: place.id,
          nameFr: pickText(place.name, 'fr').text,
          nameEn: pickText(place.name, 'en').text,
          actorCount: counts.get(place.id) ?? 0,
          linkCount: links.get(place.id) ?? 0,
          lit: !ctx.spotlight || ctx.spotlight.places.has(place.id),
          selected: place.id === selectedPlace,
        },
      }),
    ),
  };
}

/** Points along the great circle from a to b, ends included; longitudes unwrapped so a line
 * crossing the antimeridian stays continuous (MapLibre draws longitudes beyond ±180). */
export function greatCircle(a: Position, b: Position, segments = 48): Position[] {
  const from: [number, number] = [a[0] ?? 0, a[1] ?? 0];
  const to: [number, number] = [b[0] ?? 0, b[1] ?? 0];
  const interpolate = geoInterpolate(from, to);
  const points: Position[] = [];
  let previous = from[0];
  for (let i = 0; i <= segments; i++) {
    const [lon, lat] = i === 0 ? from : i === segments ? to : interpolate(i / segments);
    let x = lon;
    while (x - previous > 180) x -= 360;
    while (x - previous < -180) x += 360;
    previous = x;
    points.push([round6(x), round6(lat)]);
  }
  return points;
}

/** Whether the selection lights a relation: one that touches the selected actor or place, or
 * joins two lit actors for a session or a person. */
export function relationLit(d: Dataset, r: Relation, selection: Selection | null, spot: Spotlight | null): boolean {
  if (!selection || !spot) return true;
  if (selection.type === 'actor') return r.from === selection.id || r.to === selection.id;
  if (selection.type === 'place') {
    return d.actorById.get(r.from)?.place === selection.id || d.actorById.get(r.to)?.place === selection.id;
  }
  return spot.actors.has(r.from) && spot.actors.has(r.to);
}

/** Relations between actors seated at two different places, as great-circle arcs. */
export function arcFeatures(d: Dataset, ctx: FeatureContext): FeatureCollection<LineString, ArcProperties> {
  const features: ArcFeature[] = [];
  for (const r of ctx.visibleRelations) {
    const fromPlace = seatOf(d, r.from);
    const toPlace = seatOf(d, r.to);
    if (!fromPlace || !toPlace || fromPlace.id === toPlace.id) continue;
    features.push({
      type: 'Feature',
      id: d.relations.indexOf(r),
      geometry: { type: 'LineString', coordinates: greatCircle(placePosition(fromPlace), placePosition(toPlace)) },
      properties: {
        id: r.id,
        kind: r.kind,
        from: r.from,
        to: r.to,
        fromPlace: fromPlace.id,
        toPlace: toPlace.id,
        unsourced: r.provenance.type === 'unsourced',
        lit: relationLit(d, r, ctx.selection, ctx.spotlight),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const seatOf = (d: Dataset, actorId: string): Place | undefined => {
  const place = d.actorById.get(actorId)?.place;
  return place ? d.placeById.get(place) : undefined;
};

/** [west, south, east, north] around some places, or null when there are none. */
export function boundsOf(places: readonly Place[]): [number, number, number, number] | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
