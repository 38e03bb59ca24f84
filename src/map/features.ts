// Pure: the dataset's places and relations as GeoJSON (RFC 7946, longitude first), with what the
// filters and the selection say about each, for the map's layers. No DOM, no MapLibre. Imported
// only by the lazily loaded view (and tests), so d3-geo stays out of the page's first chunk.
import { pickText } from '../data/text';
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Dataset } from '../data/dataset';
import { RELATION_KINDS, type Place, type Relation, type RelationKind } from '../data/schema';
import { placeIndexSteps, visibleCountAt } from './placeIndex';
import type { Spotlight } from '../state/derive';
import type { Selection } from '../state/viewState';
import { arcsAddressWriter, arcsFromAddress, type ArcProperties } from './arcLines';
import { runAll } from '../ui/workSteps';
import { pairIdBound, pairPlaces, relationPositions, seatedPairAt } from './seatedPair';
import { placeRow, placesAddress, placesFromAddress, type PlaceProperties } from './placeAddress';

/** How many relations or places a step of the map's work handles between two yields (workSteps.ts). */
export const STEP = 256;

export { greatCircle, type ArcFeature, type ArcProperties } from './arcLines';
export type { PlaceFeature, PlaceProperties } from './placeAddress';

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

/** The places for the map, with how many actors and relations the filters let through at each and
 * whether the selection lights it: the address MapLibre's worker reads them from (placeAddress.ts),
 * a step of work at a time (workSteps.ts). */
export function* placesUrlSteps(d: Dataset, ctx: FeatureContext): Generator<void, string, void> {
  const index = yield* placeIndexSteps(d);
  const links = new Map<string, number>();
  let n = 0;
  for (const r of ctx.visibleRelations) {
    const from = index.seatOf(r.from)?.id;
    const to = index.seatOf(r.to)?.id;
    if (from) links.set(from, (links.get(from) ?? 0) + 1);
    if (to && to !== from) links.set(to, (links.get(to) ?? 0) + 1);
    if (++n % STEP === 0) yield;
  }
  const selectedPlace = ctx.selection?.type === 'place' ? ctx.selection.id : null;
  const rows: string[] = [];
  for (const [i, place] of d.places.entries()) {
    const [longitude = 0, latitude = 0] = placePosition(place);
    rows.push(
      placeRow(longitude, latitude, {
        id: place.id,
        nameFr: pickText(place.name, 'fr').text,
        nameEn: pickText(place.name, 'en').text,
        actorCount: visibleCountAt(index, place.id, ctx.visibleActors),
        linkCount: links.get(place.id) ?? 0,
        lit: !ctx.spotlight || ctx.spotlight.places.has(place.id),
        selected: place.id === selectedPlace,
      }),
    );
    if (i % STEP === STEP - 1) yield;
  }
  return placesAddress(rows);
}

export const placesUrl = (d: Dataset, ctx: FeatureContext): string => runAll(placesUrlSteps(d, ctx));

/** The places as MapLibre's worker makes them from their address: what the map draws. */
export const placeFeatures = (d: Dataset, ctx: FeatureContext): FeatureCollection<Point, PlaceProperties> => placesFromAddress(placesUrl(d, ctx));

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

interface PairTally {
  readonly featureId: number;
  readonly from: Place;
  readonly to: Place;
  readonly kinds: Map<RelationKind, number>;
  count: number;
  sourced: number;
  lit: boolean;
}

/** Whether each arc is lit, by feature id: what a new selection changes in the arcs (their lines,
 * counts and kinds depend on the filters alone). Null when nothing is selected: every arc lit.
 * Otherwise a byte per possible arc id: NOT_DRAWN, DARK or LIT (a table of 24,000 booleans at
 * 15,000 actors was 0.45 MB of the page's heap). */
export type ArcLights = Uint8Array | null;
export const NOT_DRAWN = 0;
export const DARK = 1;
export const LIT = 2;

/** Whether an arc drawn with these lights is lit. */
export const arcLit = (lights: ArcLights, id: number): boolean => lights === null || lights[id] === LIT;

/** Which arcs are lit, a step of work at a time (see ArcLights). */
export function* arcLightSteps(d: Dataset, ctx: FeatureContext): Generator<void, ArcLights, void> {
  if (!ctx.selection || !ctx.spotlight) return null;
  yield* placeIndexSteps(d);
  const lights = new Uint8Array(pairIdBound(d));
  const positionOf = relationPositions(d);
  let n = 0;
  for (const r of ctx.visibleRelations) {
    if (++n % STEP === 0) yield;
    const pair = seatedPairAt(d, positionOf(r));
    if (pair < 0 || lights[pair] === LIT) continue;
    lights[pair] = relationLit(d, r, ctx.selection, ctx.spotlight) ? LIT : DARK;
  }
  return lights;
}

export const arcLights = (d: Dataset, ctx: FeatureContext): ArcLights => runAll(arcLightSteps(d, ctx));

/** Relations between actors seated at two different places, one arc per pair of places with how
 * many relations it stands for, not one line per relation: the address MapLibre's worker makes
 * them from, their lines along great circles (arcLines.ts). A step of work at a time. */
export function* arcsUrlSteps(d: Dataset, ctx: FeatureContext): Generator<void, string, void> {
  yield* placeIndexSteps(d);
  const pairs = new Map<number, PairTally>();
  const positionOf = relationPositions(d);
  let n = 0;
  for (const r of ctx.visibleRelations) {
    if (++n % STEP === 0) yield;
    const pair = seatedPairAt(d, positionOf(r));
    if (pair < 0) continue;
    let tally = pairs.get(pair);
    if (!tally) {
      const { from, to } = pairPlaces(d, pair);
      tally = { featureId: pair, from, to, kinds: new Map(), count: 0, sourced: 0, lit: false };
      pairs.set(pair, tally);
    }
    tally.count++;
    tally.kinds.set(r.kind, (tally.kinds.get(r.kind) ?? 0) + 1);
    if (r.provenance.type !== 'unsourced') tally.sourced++;
    if (!tally.lit && relationLit(d, r, ctx.selection, ctx.spotlight)) tally.lit = true;
  }
  const address = arcsAddressWriter();
  let written = 0;
  for (const tally of pairs.values()) {
    const present = RELATION_KINDS.filter((k) => tally.kinds.has(k));
    const kind = present.reduce((best, k) => ((tally.kinds.get(k) ?? 0) > (tally.kinds.get(best) ?? 0) ? k : best), present[0] ?? 'partner-of');
    address.add({
      featureId: tally.featureId,
      from: { id: tally.from.id, position: placePosition(tally.from) },
      to: { id: tally.to.id, position: placePosition(tally.to) },
      count: tally.count,
      kind,
      kinds: present.join(','),
      unsourced: tally.sourced === 0,
      lit: tally.lit,
    });
    if (++written % STEP === 0) yield;
  }
  return address.address();
}

export const arcsUrl = (d: Dataset, ctx: FeatureContext): string => runAll(arcsUrlSteps(d, ctx));

/** The arcs as MapLibre's worker makes them from their address: what the map draws. */
export const arcFeatures = (d: Dataset, ctx: FeatureContext): FeatureCollection<LineString, ArcProperties> => arcsFromAddress(arcsUrl(d, ctx));

/** [west, south, east, north] around some places, or null when there are none. */
export function boundsOf(places: readonly Place[]): [number, number, number, number] | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
