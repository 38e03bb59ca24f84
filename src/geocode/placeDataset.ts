// Places the actors that a file named a place for but gave no coordinates: each is looked up in
// the offline gazetteer; found ones get a place marked approximate with where it came from, shared
// by every actor named at the same spot; ambiguous and unknown ones are listed, and their actors
// stay without a place (in the graph, "no place on the map"). Pure: dataset and gazetteer in.
import type { RawDataset } from '../data/schema';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { geocode, type GeocodeHints } from './geocode';

export interface PlaceRequest extends GeocodeHints {
  readonly actor: string;
  readonly name: string;
  readonly file?: string;
  readonly line?: number;
}

export interface GeocodingReport {
  readonly placed: readonly { readonly request: PlaceRequest; readonly place: string }[];
  readonly ambiguous: readonly { readonly request: PlaceRequest; readonly candidates: readonly GazetteerEntry[] }[];
  readonly unknown: readonly { readonly request: PlaceRequest; readonly reason: 'name' | 'insee' | 'country' | 'departement' }[];
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'place';

export function placeActors(raw: RawDataset, requests: readonly PlaceRequest[], gazetteer: Gazetteer): { raw: RawDataset; report: GeocodingReport } {
  const places = [...raw.places];
  const used = new Set(places.map((p) => p.id));
  const byMatch = new Map<string, string>();
  const seatOf = new Map<string, string>();
  const placed: GeocodingReport['placed'][number][] = [];
  const ambiguous: GeocodingReport['ambiguous'][number][] = [];
  const unknown: GeocodingReport['unknown'][number][] = [];

  for (const request of requests) {
    const result = geocode(gazetteer, request.name, request);
    if (!result.ok) {
      if ('ambiguous' in result) ambiguous.push({ request, candidates: result.ambiguous });
      else unknown.push({ request, reason: result.unknown });
      continue;
    }
    const match = result.match;
    const key = `${match.insee ?? ''}|${match.name}|${match.country}|${match.lat}|${match.lon}`;
    let id = byMatch.get(key);
    if (id === undefined) {
      const base = slug(match.name);
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      byMatch.set(key, id);
      places.push({
        id,
        name: { fr: match.name },
        country: match.country,
        latitude: match.lat,
        longitude: match.lon,
        precision: 'approximate',
        geocodedFrom: match.source,
      });
    }
    seatOf.set(request.actor, id);
    placed.push({ request, place: id });
  }
  const actors = raw.actors.map((a) => (seatOf.has(a.id) && a.place === null ? { ...a, place: seatOf.get(a.id) ?? null } : a));
  return { raw: { ...raw, actors, places }, report: { placed, ambiguous, unknown } };
}
