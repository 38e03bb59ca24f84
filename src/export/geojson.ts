// GeoJSON (RFC 7946) of the network: each place as a Point with the actors seated there, each
// alliance between two places as a line with its relation kind and provenance. Positions are
// [longitude, latitude] in WGS 84; no "crs" member. A line that crosses the antimeridian is split
// into a MultiLineString there (RFC 7946 §3.1.9). Pure: Dataset in, object out.
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import { provenanceColumns, textIn, type ExportLanguage } from './text';

export interface PlaceProperties {
  readonly kind: 'place';
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly precision: string;
  readonly source: string | null;
  readonly geocodedFrom: string | null;
  readonly actors: readonly { id: string; name: string; kind: string; scale: string }[];
}

export interface RelationProperties {
  readonly kind: 'relation';
  readonly id: string;
  readonly relationKind: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  readonly provenance: string;
  readonly url: string | null;
  readonly quote: string | null;
  readonly note: string | null;
}

export type NetworkFeature = Feature<Point, PlaceProperties> | Feature<LineString | MultiLineString, RelationProperties>;

const orNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

/** A segment from a to b, split at the antimeridian when the short way crosses it. */
export function lineBetween(a: Position, b: Position): LineString | MultiLineString {
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  if (Math.abs(lon2 - lon1) <= 180) return { type: 'LineString', coordinates: [a, b] };
  // Crossing: go the short way round, cut at ±180 with the latitude interpolated.
  const east = lon1 > lon2; // from east to west across +180
  const lon2u = east ? lon2 + 360 : lon2 - 360;
  const edge = east ? 180 : -180;
  const t = (edge - lon1) / (lon2u - lon1);
  const lat = lat1 + (lat2 - lat1) * t;
  return {
    type: 'MultiLineString',
    coordinates: [
      [a, [edge, lat]],
      [[-edge, lat], b],
    ],
  };
}

export function toGeoJson(
  dataset: Dataset,
  lang: ExportLanguage = 'fr',
): FeatureCollection<Point | LineString | MultiLineString, PlaceProperties | RelationProperties> {
  const position = (placeId: string | null): Position | null => {
    const place = placeId === null ? undefined : dataset.placeById.get(placeId);
    return place ? [place.longitude, place.latitude] : null;
  };
  const places: Feature<Point, PlaceProperties>[] = dataset.places.map((place) => {
    const extra: { country?: string; source?: string; geocodedFrom?: string } = place;
    return {
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
      properties: {
        kind: 'place',
        id: place.id,
        name: textIn(place.name, lang),
        country: orNull(extra.country),
        precision: place.precision,
        source: orNull(extra.source),
        geocodedFrom: orNull(extra.geocodedFrom),
        actors: dataset.actors.filter((a) => a.place === place.id).map((a) => ({ id: a.id, name: textIn(a.name, lang), kind: a.kind, scale: a.scale })),
      },
    };
  });
  const arcs: Feature<LineString | MultiLineString, RelationProperties>[] = [];
  for (const relation of dataset.relations) {
    const from = dataset.actorById.get(relation.from);
    const to = dataset.actorById.get(relation.to);
    if (!from || !to || from.place === to.place) continue;
    const a = position(from.place);
    const b = position(to.place);
    if (!a || !b) continue;
    const p = provenanceColumns(relation.provenance, lang);
    arcs.push({
      type: 'Feature',
      id: relation.id,
      geometry: lineBetween(a, b),
      properties: {
        kind: 'relation',
        id: relation.id,
        relationKind: relation.kind,
        from: from.id,
        to: to.id,
        fromName: textIn(from.name, lang),
        toName: textIn(to.name, lang),
        provenance: p.type,
        url: orNull(p.url),
        quote: orNull(p.quote),
        note: orNull(p.note),
      },
    });
  }
  return { type: 'FeatureCollection', features: [...places, ...arcs] };
}

export const geoJsonText = (dataset: Dataset, lang: ExportLanguage = 'fr'): string => `${JSON.stringify(toGeoJson(dataset, lang), null, 1)}\n`;
