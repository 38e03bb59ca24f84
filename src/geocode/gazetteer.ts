// The offline gazetteer as the app holds it: the two files of public/gazetteer/ (checked with zod,
// they are an edge like any other), indexed by normalised name, INSEE code and country.
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';
import { normalizePlaceName } from './normalize';
import { FRENCH_COUNTRY_CODES } from './sources';

const CommunesFileSchema = lazySchema(() =>
  z.object({
    source: z.string(),
    rows: z.array(z.tuple([z.string(), z.string(), z.string(), z.number(), z.number()])),
    departements: z.array(z.tuple([z.string(), z.string()])),
  }),
);
const CitiesFileSchema = lazySchema(() =>
  z.object({
    source: z.string(),
    rows: z.array(z.tuple([z.string(), z.string(), z.number(), z.number(), z.number()])),
  }),
);

export interface GazetteerEntry {
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** French communes only. */
  readonly insee?: string;
  readonly departement?: string;
  /** World cities only. */
  readonly population?: number;
  readonly source: string;
}

export interface Gazetteer {
  readonly communesByName: ReadonlyMap<string, readonly GazetteerEntry[]>;
  readonly communeByInsee: ReadonlyMap<string, GazetteerEntry>;
  readonly citiesByName: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Normalised département name or code → code ("seine saint denis" → "93"). */
  readonly departements: ReadonlyMap<string, string>;
  /** Normalised country name (French or English) or ISO code → ISO code ("espagne" → "ES"). */
  readonly countries: ReadonlyMap<string, string>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** ISO code of each overseas département ("974" → "RE"). */
const OVERSEAS_COUNTRY: Readonly<Record<string, string>> = { '971': 'GP', '972': 'MQ', '973': 'GF', '974': 'RE', '976': 'YT' };

function countryNames(codes: Iterable<string>): Map<string, string> {
  const names = new Map<string, string>();
  const displays = (['fr', 'en'] as const).flatMap((lang) => {
    try {
      return [new Intl.DisplayNames([lang], { type: 'region' })];
    } catch {
      return [];
    }
  });
  for (const code of codes) {
    names.set(code.toLowerCase(), code);
    for (const display of displays) {
      const name = display.of(code);
      if (name && name !== code) {
        names.set(normalizePlaceName(name), code);
        // "La Réunion", "Le Royaume-Uni": also without the article.
        names.set(normalizePlaceName(name).replace(/^(la|le|les|l|the) /, ''), code);
      }
    }
  }
  return names;
}

export type GazetteerFiles = { readonly communes: unknown; readonly cities: unknown };

export function createGazetteer(files: GazetteerFiles): { ok: true; gazetteer: Gazetteer } | { ok: false; error: string } {
  const communes = CommunesFileSchema.safeParse(files.communes);
  const cities = CitiesFileSchema.safeParse(files.cities);
  if (!communes.success || !cities.success) return { ok: false, error: 'the gazetteer files are damaged' };
  const communesByName = new Map<string, GazetteerEntry[]>();
  const communeByInsee = new Map<string, GazetteerEntry>();
  for (const [insee, name, departement, lat, lon] of communes.data.rows) {
    const entry: GazetteerEntry = { name, country: OVERSEAS_COUNTRY[departement] ?? 'FR', lat, lon, insee, departement, source: communes.data.source };
    push(communesByName, normalizePlaceName(name), entry);
    communeByInsee.set(insee, entry);
  }
  const citiesByName = new Map<string, GazetteerEntry[]>();
  const codes = new Set<string>(FRENCH_COUNTRY_CODES);
  for (const [name, country, lat, lon, population] of cities.data.rows) {
    push(citiesByName, normalizePlaceName(name), { name, country, lat, lon, population, source: cities.data.source });
    codes.add(country);
  }
  const departements = new Map<string, string>();
  for (const [code, name] of communes.data.departements) {
    departements.set(code.toLowerCase(), code);
    departements.set(normalizePlaceName(name), code);
  }
  return { ok: true, gazetteer: { communesByName, communeByInsee, citiesByName, departements, countries: countryNames(codes) } };
}
