// npx tsx scripts/build-basemap.ts: writes the offline basemap, public/basemap/countries.geojson.
//
// From Natural Earth 1:50m countries (the world-atlas package, TopoJSON), it keeps two features:
// the land (every country merged, so coasts are drawn once) and the borders between countries (a
// mesh of the arcs two countries share, so each border is drawn once). Coordinates are rounded to
// 0.01° (about 1 km, finer than a pixel at the zooms the app uses) and points that round onto the
// previous one are dropped, which keeps the file small enough to ship with the app.
//
// world-atlas is stitched for spherical use: a few rings (Russia's far east, Fiji, Wrangel Island)
// jump from +180° to −180°, which a flat map draws as lines across the world. Those rings are
// unwrapped and cut at the antimeridian into planar pieces, and border lines are split there.
// Antarctica, which no view of the app shows and which Mercator cannot draw whole, is left out.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';

const DIGITS = 2;
/** Douglas–Peucker tolerance in degrees: about two pixels at the France view (zoom 5.5). */
const TOLERANCE = 0.03;
/** Islands smaller than this (square degrees, about 9 × 9 km in France) are not drawn. */
const MIN_AREA = 0.01;
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-50m.json');
// world-atlas is a trusted build input, not user data: its shape is checked just enough to fail loudly.
type Topology = Parameters<typeof mesh>[0];
type Countries = Extract<Parameters<typeof merge>[1], unknown[]>;
const topology = JSON.parse(readFileSync(source, 'utf8')) as Topology;
const countries = topology.objects.countries as { type: 'GeometryCollection'; geometries: Countries };
if (countries?.type !== 'GeometryCollection') throw new Error(`${source} has no countries collection`);

const factor = 10 ** DIGITS;
const round = (p: Position): Position => [Math.round((p[0] ?? 0) * factor) / factor, Math.round((p[1] ?? 0) * factor) / factor];

/** Douglas–Peucker simplification; the first and last points are kept, so shared ends still meet. */
function simplify(line: readonly Position[]): Position[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const [ax = 0, ay = 0] = line[first] ?? [];
    const [bx = 0, by = 0] = line[last] ?? [];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px = 0, py = 0] = line[i] ?? [];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Shoelace area of a ring, in square degrees. */
const ringArea = (ring: readonly Position[]): number =>
  Math.abs(
    ring.reduce((sum, p, i) => {
      const q = ring[(i + 1) % ring.length] ?? p;
      return sum + (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
    }, 0),
  ) / 2;

/** Makes a ring continuous across the antimeridian (longitudes may leave ±180). */
function unwrap(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (const [i, p] of ring.entries()) {
    const previous = ring[i - 1];
    if (previous) {
      const d = (p[0] ?? 0) - (previous[0] ?? 0);
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([(p[0] ?? 0) + shift, p[1] ?? 0]);
  }
  return out;
}

/** Sutherland–Hodgman: the part of a closed ring on one side of the meridian x = c. */
function clipRing(ring: readonly Position[], c: number, keepWest: boolean): Position[] {
  const inside = (p: Position) => (keepWest ? (p[0] ?? 0) <= c : (p[0] ?? 0) >= c);
  const cross = (a: Position, b: Position): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [c, ay + ((by - ay) * (c - ax)) / (bx - ax)];
  };
  const out: Position[] = [];
  for (const [i, current] of ring.entries()) {
    const previous = ring[(i + ring.length - 1) % ring.length] ?? current;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  if (out.length > 0) out.push(out[0] ?? [0, 0]);
  return out;
}

const shiftRing = (ring: readonly Position[], dx: number): Position[] => ring.map(([x = 0, y = 0]) => [x + dx, y]);

/** A ring as planar pieces within ±180°: one piece, or several when it crossed the antimeridian. */
function planarRings(ring: readonly Position[]): Position[][] {
  const open = unwrap(ring.slice(0, -1));
  const xs = open.map((p) => p[0] ?? 0);
  if (Math.min(...xs) >= -180 && Math.max(...xs) <= 180) return [[...ring]];
  return [clipRing(clipRing(open, -180, false), 180, true), shiftRing(clipRing(open, 180, false), -360), shiftRing(clipRing(open, -180, true), 360)].filter(
    (piece) => piece.length >= 4,
  );
}

/** A line split wherever it jumps across the antimeridian, each piece ending on ±180°. */
function splitLine(line: readonly Position[]): Position[][] {
  const pieces: Position[][] = [[]];
  for (const [i, p] of line.entries()) {
    const previous = line[i - 1];
    const d = previous ? (p[0] ?? 0) - (previous[0] ?? 0) : 0;
    if (previous && Math.abs(d) > 180) {
      const edge = (previous[0] ?? 0) > 0 ? 180 : -180;
      const nextX = (p[0] ?? 0) + (edge > 0 ? 360 : -360);
      const t = (edge - (previous[0] ?? 0)) / (nextX - (previous[0] ?? 0));
      const y = (previous[1] ?? 0) + t * ((p[1] ?? 0) - (previous[1] ?? 0));
      pieces[pieces.length - 1]?.push([edge, y]);
      pieces.push([[-edge, y]]);
    }
    pieces[pieces.length - 1]?.push(p);
  }
  return pieces;
}

const southOf = (ring: readonly Position[], lat: number) => ring.every((p) => (p[1] ?? 0) < lat);

/** Simplifies, rounds and drops points equal to the one before. */
function roundLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of simplify(line)) {
    const q = round(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** A ring needs four positions (closed) to stay a valid polygon ring. */
const roundRing = (ring: readonly Position[]): Position[] | null => {
  if (ringArea(ring) < MIN_AREA) return null;
  const out = roundLine(ring);
  return out.length >= 4 ? out : null;
};

const land = merge(topology, countries.geometries);
const landPolygons = land.coordinates
  .filter((polygon) => !southOf(polygon[0] ?? [], -60))
  .flatMap((polygon) => {
    // A crossing exterior ring becomes several polygons; each hole goes with the piece around it.
    const [outer = [], ...holes] = polygon;
    const pieces = planarRings(outer);
    if (pieces.length === 1) return [[pieces[0] ?? outer, ...holes]];
    const within = (hole: Position[], piece: Position[]) => {
      const [x = 0, y = 0] = hole[0] ?? [];
      const xs = piece.map((p) => p[0] ?? 0);
      const ys = piece.map((p) => p[1] ?? 0);
      return x >= Math.min(...xs) && x <= Math.max(...xs) && y >= Math.min(...ys) && y <= Math.max(...ys);
    };
    return pieces.map((piece, i) => [piece, ...holes.filter((hole) => pieces.findIndex((p) => within(hole, p)) === i)]);
  })
  .map((polygon) => polygon.map(roundRing))
  .filter((polygon) => polygon[0] !== null)
  .map((polygon) => polygon.filter((ring): ring is Position[] => ring !== null));

const borders = mesh(topology, countries, (a, b) => a !== b);
const borderLines = borders.coordinates
  .flatMap(splitLine)
  .filter((line) => !southOf(line, -60))
  .map(roundLine)
  .filter((line) => line.length >= 2);

const landFeature: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: { kind: 'land' },
  geometry: { type: 'MultiPolygon', coordinates: landPolygons },
};
const bordersFeature: Feature<MultiLineString> = {
  type: 'Feature',
  properties: { kind: 'border' },
  geometry: { type: 'MultiLineString', coordinates: borderLines },
};
const collection: FeatureCollection = { type: 'FeatureCollection', features: [landFeature, bordersFeature] };

const outDir = `${root}public/basemap`;
mkdirSync(outDir, { recursive: true });
const text = JSON.stringify(collection);
writeFileSync(`${outDir}/countries.geojson`, `${text}\n`);
console.log(
  `public/basemap/countries.geojson: ${(text.length / 1024).toFixed(0)} kB, ${landPolygons.length} land polygons, ${borderLines.length} border lines`,
);
