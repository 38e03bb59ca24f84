// Places a name on the map from the offline gazetteer, or says why not. Pure: the gazetteer is
// passed in. Nothing is guessed: a name that fits several places is "ambiguous" with every
// candidate, for a département or country column to settle; a name that fits none is "unknown".
// Without a country, a name is looked up among French communes first, then among world cities.
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { normalizePlaceName } from './normalize';
import { FRENCH_COUNTRY_CODES, OVERSEAS_DEPARTEMENTS } from './sources';

export interface GeocodeHints {
  /** Code ("93", "2A", "974") or name ("Seine-Saint-Denis") of a French département. */
  readonly departement?: string;
  /** ISO code ("ES") or name in French or English ("Espagne", "Spain"). */
  readonly country?: string;
  /** INSEE code of a French commune ("93008"): settles everything on its own. */
  readonly insee?: string;
}

export type GeocodeResult =
  | { readonly ok: true; readonly lat: number; readonly lon: number; readonly source: string; readonly match: GazetteerEntry }
  | { readonly ok: false; readonly ambiguous: readonly GazetteerEntry[] }
  | { readonly ok: false; readonly unknown: 'name' | 'insee' | 'country' | 'departement' };

const found = (match: GazetteerEntry): GeocodeResult => ({ ok: true, lat: match.lat, lon: match.lon, source: match.source, match });

function settle(list: readonly GazetteerEntry[]): GeocodeResult | null {
  if (list.length === 1) return found(list[0]!);
  if (list.length > 1) return { ok: false, ambiguous: list };
  return null;
}

function departementCode(gazetteer: Gazetteer, text: string): string | undefined {
  const trimmed = text.trim();
  const padded = /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
  return gazetteer.departements.get(padded.toLowerCase()) ?? gazetteer.departements.get(normalizePlaceName(trimmed));
}

export function geocode(gazetteer: Gazetteer, name: string, hints: GeocodeHints = {}): GeocodeResult {
  if (hints.insee?.trim()) {
    const commune = gazetteer.communeByInsee.get(hints.insee.trim().toUpperCase());
    return commune ? found(commune) : { ok: false, unknown: 'insee' };
  }
  const key = normalizePlaceName(name);
  if (key === '') return { ok: false, unknown: 'name' };

  let country: string | undefined;
  if (hints.country?.trim()) {
    country = gazetteer.countries.get(hints.country.trim().toLowerCase()) ?? gazetteer.countries.get(normalizePlaceName(hints.country));
    if (!country) return { ok: false, unknown: 'country' };
  }
  let departement: string | undefined;
  if (hints.departement?.trim()) {
    departement = departementCode(gazetteer, hints.departement);
    if (!departement) return { ok: false, unknown: 'departement' };
  } else if (country && OVERSEAS_DEPARTEMENTS[country]) departement = OVERSEAS_DEPARTEMENTS[country];

  const french = country === undefined || FRENCH_COUNTRY_CODES.includes(country);
  if (french || departement) {
    const communes = (gazetteer.communesByName.get(key) ?? []).filter((c) => !departement || c.departement === departement);
    const result = settle(communes);
    if (result) return result;
    if (country !== undefined || departement) return { ok: false, unknown: 'name' };
  }
  const cities = (gazetteer.citiesByName.get(key) ?? []).filter((c) => !country || c.country === country);
  return settle(cities) ?? { ok: false, unknown: 'name' };
}
