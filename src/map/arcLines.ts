// Pure: the map's arcs as an address, and the address made back into GeoJSON arcs along their great
// circles. The page writes the address (a few numbers per pair of places); MapLibre's worker reads
// it through a protocol of ours (overlayProtocol.worker.ts) and makes the lines there. At 15,000
// actors the lines are half a million points: made on the page and handed to MapLibre as objects,
// they cost the page a second of work and most of its heap; as an address they cost it a string.
// No DOM, no MapLibre, no zod: this module runs inside MapLibre's worker too.
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { addressFields, encodedText } from './addressFields';

/** The protocol MapLibre is asked to load the arcs with: `maillage-arcs://v1/…`. */
export const ARC_PROTOCOL = 'maillage-arcs';
const PREFIX = `${ARC_PROTOCOL}://v1/`;

/** The alliances between two places, drawn as one arc: how many, of which kind mostly. */
export interface ArcProperties {
  /** The pair of places, "a|b" with a < b. */
  readonly id: string;
  readonly fromPlace: string;
  readonly toPlace: string;
  /** How many relations the filters let through between actors seated at these two places. */
  readonly count: number;
  /** The most frequent kind among them (its colour); ties go to the first in RELATION_KINDS. */
  readonly kind: string;
  /** Every kind present, comma-separated, in RELATION_KINDS order. */
  readonly kinds: string;
  /** Dashed: none of them has a source. */
  readonly unsourced: boolean;
  /** At least one of them is lit by the selection (the map shows it by feature state: arcLights). */
  readonly lit: boolean;
}

export type ArcFeature = Feature<LineString, ArcProperties>;

/** One end of an arc: a place's id and its position ([longitude, latitude], rounded). */
export interface ArcEnd {
  readonly id: string;
  readonly position: Position;
}

/** One arc as the page tallies it: its ends in key order, its feature id and its properties. */
export interface ArcTally {
  readonly featureId: number;
  readonly from: ArcEnd;
  readonly to: ArcEnd;
  readonly count: number;
  readonly kind: string;
  readonly kinds: string;
  readonly unsourced: boolean;
  readonly lit: boolean;
}

/** Most points an arc has between its ends, and how many degrees of arc a straight piece may
 * span: a line across a region is a few pieces, one across the world 40, which still reads as a
 * curve at the world's and Europe's views. */
const MAX_SEGMENTS = 40;
const SEGMENT_DEGREES = 4;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Points along the great circle from a to b, ends included; longitudes unwrapped so a line
 * crossing the antimeridian stays continuous (MapLibre draws longitudes beyond ±180). */
export function greatCircle(a: Position, b: Position, segments?: number): Position[] {
  const from: [number, number] = [a[0] ?? 0, a[1] ?? 0];
  const to: [number, number] = [b[0] ?? 0, b[1] ?? 0];
  segments ??= Math.min(MAX_SEGMENTS, Math.max(1, Math.ceil((geoDistance(from, to) * 180) / Math.PI / SEGMENT_DEGREES)));
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

// The address: `maillage-arcs://v1/<places>/<styles>/<arcs>`, each part a list separated by ';'
// whose fields are separated by ','. Text is percent-encoded (encodeURIComponent), so no field
// holds a separator, and the address survives being resolved as a URL unchanged.
//   places  longitude,latitude,id          (the ends the arcs use, in order of first use)
//   styles  kind,kinds                      (the distinct pairs of kind and kinds)
//   arcs    from,to,featureId,count,style,flags   (indices into places and styles; flags: 1
//           unsourced, 2 lit)

const JOINED = 256;

/** Writes the address of some arcs, one arc at a time (so that the page can make it in slices). */
export function arcsAddressWriter() {
  const places: string[] = [];
  const placeAt = new Map<string, number>();
  const styles: string[] = [];
  const styleAt = new Map<string, number>();
  /** The arcs' rows, joined a few hundred at a time as they come (one join of 24,000 rows at the
   * end took a task's worth of time). */
  const rows: string[] = [];
  let pending: string[] = [];
  const indexOf = (end: ArcEnd) => {
    let at = placeAt.get(end.id);
    if (at === undefined) {
      placeAt.set(end.id, (at = places.length));
      places.push(`${end.position[0] ?? 0},${end.position[1] ?? 0},${encodedText(end.id)}`);
    }
    return at;
  };
  return {
    add(arc: ArcTally): void {
      const style = `${encodedText(arc.kind)},${encodedText(arc.kinds)}`;
      let s = styleAt.get(style);
      if (s === undefined) {
        styleAt.set(style, (s = styles.length));
        styles.push(style);
      }
      const flags = (arc.unsourced ? 1 : 0) | (arc.lit ? 2 : 0);
      pending.push(`${indexOf(arc.from)},${indexOf(arc.to)},${arc.featureId},${arc.count},${s},${flags}`);
      if (pending.length === JOINED) {
        rows.push(pending.join(';'));
        pending = [];
      }
    },
    address: (): string => `${PREFIX}${places.join(';')}/${styles.join(';')}/${[...rows, ...(pending.length > 0 ? [pending.join(';')] : [])].join(';')}`,
  };
}

/** The address of some arcs, for MapLibre's worker to make their lines. */
export function arcsAddress(arcs: readonly ArcTally[]): string {
  const writer = arcsAddressWriter();
  for (const arc of arcs) writer.add(arc);
  return writer.address();
}

/** The lines already made, by their ends' positions: a filter changes which arcs there are, not
 * where they run. Forgotten when it grows past a bound (another dataset). */
const lines = new Map<string, Position[]>();
const LINES_KEPT = 200_000;
function lineBetween(from: Position, to: Position): Position[] {
  const key = `${from[0]},${from[1]},${to[0]},${to[1]}`;
  let line = lines.get(key);
  if (!line) {
    if (lines.size >= LINES_KEPT) lines.clear();
    lines.set(key, (line = greatCircle(from, to)));
  }
  return line;
}

const list = (part: string) => (part === '' ? [] : part.split(';'));
const { bad, finite, whole, decoded } = addressFields('arcs');

/** The arcs an address stands for, with their lines; throws a clear error on an address that is
 * not one of ours (it comes from another thread: it is checked, not trusted). */
export function arcsFromAddress(address: string): FeatureCollection<LineString, ArcProperties> {
  if (!address.startsWith(PREFIX)) bad('prefix');
  const parts = address.slice(PREFIX.length).split('/');
  if (parts.length !== 3) bad('parts');
  const [placePart = '', stylePart = '', arcPart = ''] = parts;
  const places = list(placePart).map((row, i) => {
    const [lon, lat, id, ...rest] = row.split(',');
    if (rest.length > 0) bad(`place ${i}`);
    return { id: decoded(id, `place ${i}`), position: [finite(lon, `place ${i}`), finite(lat, `place ${i}`)] as Position };
  });
  const styles = list(stylePart).map((row, i) => {
    const [kind, kinds, ...rest] = row.split(',');
    if (rest.length > 0) bad(`style ${i}`);
    return { kind: decoded(kind, `style ${i}`), kinds: decoded(kinds, `style ${i}`) };
  });
  const features = list(arcPart).map((row, i): ArcFeature => {
    const fields = row.split(',');
    if (fields.length !== 6) bad(`arc ${i}`);
    const [a, b, featureId, count, style, flags] = fields;
    const from = places[whole(a, `arc ${i}`, places.length)]!;
    const to = places[whole(b, `arc ${i}`, places.length)]!;
    const { kind, kinds } = styles[whole(style, `arc ${i}`, styles.length)]!;
    const f = whole(flags, `arc ${i}`, 4);
    return {
      type: 'Feature',
      id: whole(featureId, `arc ${i}`),
      geometry: { type: 'LineString', coordinates: lineBetween(from.position, to.position) },
      properties: {
        id: `${from.id}|${to.id}`,
        fromPlace: from.id,
        toPlace: to.id,
        count: whole(count, `arc ${i}`),
        kind,
        kinds,
        unsourced: (f & 1) !== 0,
        lit: (f & 2) !== 0,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
