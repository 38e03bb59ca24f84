// Pure: the map's places as an address, and the address made back into GeoJSON points, as the
// arcs are (arcLines.ts): MapLibre's worker reads it with our script (overlayProtocol.worker.ts), so
// the page sends MapLibre a string, not thousands of objects to serialise, at load and at every
// selection (which changes what is lit and selected, and so the clusters' counts).
// No DOM, no MapLibre, no zod: this module runs inside MapLibre's worker too.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { addressFields, encodedText } from './addressFields';

/** The protocol MapLibre is asked to load the places with: `maillage-places://v1/…`. */
export const PLACE_PROTOCOL = 'maillage-places';
const PREFIX = `${PLACE_PROTOCOL}://v1/`;

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

export type PlaceFeature = Feature<Point, PlaceProperties>;

/** One place as a row of the address: `longitude,latitude,id,nameFr,nameEn,actorCount,linkCount,flags`
 * (text percent-encoded, so no field holds a separator; nameEn empty when it is nameFr; flags:
 * 1 lit, 2 selected). Its feature id is its row's position. */
export function placeRow(longitude: number, latitude: number, p: PlaceProperties): string {
  const en = p.nameEn === p.nameFr ? '' : encodedText(p.nameEn);
  const flags = (p.lit ? 1 : 0) | (p.selected ? 2 : 0);
  return `${longitude},${latitude},${encodedText(p.id)},${encodedText(p.nameFr)},${en},${p.actorCount},${p.linkCount},${flags}`;
}

/** The address of places given as rows (placeRow), in feature id order. */
export const placesAddress = (rows: readonly string[]): string => `${PREFIX}${rows.join(';')}`;

const { bad, finite, whole, decoded } = addressFields('places');

/** The places an address stands for; throws a clear error on an address that is not one of ours
 * (it comes from another thread: it is checked, not trusted). */
export function placesFromAddress(address: string): FeatureCollection<Point, PlaceProperties> {
  if (!address.startsWith(PREFIX)) bad('prefix');
  const body = address.slice(PREFIX.length);
  const features = (body === '' ? [] : body.split(';')).map((row, i): PlaceFeature => {
    const fields = row.split(',');
    const what = `place ${i}`;
    if (fields.length !== 8) bad(what);
    const [lon, lat, id, fr, en, actors, links, flags] = fields;
    const nameFr = decoded(fr, what);
    const f = whole(flags, what, 4);
    return {
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [finite(lon, what), finite(lat, what)] },
      properties: {
        id: decoded(id, what),
        nameFr,
        nameEn: en === '' ? nameFr : decoded(en, what),
        actorCount: whole(actors, what),
        linkCount: whole(links, what),
        lit: (f & 1) !== 0,
        selected: (f & 2) !== 0,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
