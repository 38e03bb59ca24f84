// places.csv of the CSV set: each place with its precision, source and where the gazetteer found
// it, which the actors' rows (name, country, latitude, longitude) do not say. Read back so that a
// place keeps them, and a place no actor is seated at is not lost. Pure.
import { parseDecimal } from './numbers';
import type { Table } from './table';
import { nameKey } from './text';
import { readSource } from './url';

export interface KnownPlace {
  readonly name: string;
  readonly country?: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly precision: 'sourced' | 'approximate';
  readonly source?: string;
  readonly geocodedFrom?: string;
}

const HEADER_KEYS = {
  name: ['nom', 'name'],
  country: ['pays', 'country'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng'],
  precision: ['precision'],
  source: ['source'],
  geocodedFrom: ['geocodedepuis', 'geocodedfrom'],
} as const;
type Column = keyof typeof HEADER_KEYS;

function columnsOf(headers: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  headers.forEach((h, i) => {
    const key = nameKey(h);
    for (const column of Object.keys(HEADER_KEYS) as Column[])
      if (found[column] === undefined && (HEADER_KEYS[column] as readonly string[]).includes(key)) found[column] = i;
  });
  return found;
}

/** A table of places: a name, coordinates and a Precision column, which no actor table has. */
export function isPlacesTable(headers: readonly string[]): boolean {
  const c = columnsOf(headers);
  return c.precision !== undefined && c.name !== undefined && c.latitude !== undefined && c.longitude !== undefined;
}

/** The key a place is found by from an actor's row: its name and coordinates. */
export const placeKey = (name: string, latitude: number, longitude: number): string => `${nameKey(name)}|${latitude}|${longitude}`;

/** The places of the table by key; rows without a name or valid coordinates are left aside. */
export function readPlacesTable(table: Table): Map<string, KnownPlace> {
  const c = columnsOf(table.headers);
  const out = new Map<string, KnownPlace>();
  for (const cells of table.rows) {
    const get = (column: Column) => (c[column] === undefined ? '' : (cells[c[column]] ?? '').trim());
    const name = get('name');
    const latitude = parseDecimal(get('latitude'));
    const longitude = parseDecimal(get('longitude'));
    if (name === '' || latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) continue;
    const source = readSource(get('source'));
    const key = placeKey(name, latitude, longitude);
    if (out.has(key)) continue;
    out.set(key, {
      name,
      ...(get('country') && { country: get('country') }),
      latitude,
      longitude,
      precision: nameKey(get('precision')) === 'sourced' ? 'sourced' : 'approximate',
      ...(source.kind === 'url' && { source: source.href }),
      ...(get('geocodedFrom') && { geocodedFrom: get('geocodedFrom') }),
    });
  }
  return out;
}
