// Tables of actors and relations → a dataset in Maillage's shape, or every problem found, each
// with its file, sheet, line and column. Nothing half-converts: one problem and no dataset.
import { suggest } from '../data/problems';
import { KNOWN_HEADERS, matchColumns, type ColumnMap, type Role } from './columns';
import { parseDecimal } from './numbers';
import type { ImportProblem } from './problem';
import type { Table } from './table';
import { createSlugger, nameKey } from './text';
import { createVocabularyCollector, scaleVocabulary } from './vocabulary';
import { isVocabularyTable, readVocabularyTable } from './vocabularyTable';
import { isPlacesTable, placeKey, readPlacesTable, type KnownPlace } from './placesTable';
import { readSource } from './url';
import type { ImportedActor, ImportedDataset, ImportedPlace, ImportedRelation, ImportedVocabulary, Provenance, UnresolvedPlace } from './types';

export type ConvertResult =
  | { readonly ok: true; readonly dataset: ImportedDataset; readonly unresolvedPlaces: readonly UnresolvedPlace[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

interface Row {
  readonly table: Table;
  readonly map: ColumnMap;
  readonly cells: readonly string[];
  readonly line: number;
}

const cell = (row: Row, role: Role): string => {
  const i = row.map.roles[role];
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
};
const header = (row: Row, role: Role): string => row.table.headers[row.map.roles[role] ?? -1] ?? role;
const localized = (lang: 'fr' | 'en', text: string) => ({ [lang]: text });

/**
 * `vocabulary`: the file's own kinds, scales and relation kinds when it says them apart from its
 * rows (a GEXF's meta); a vocabulary table among `tables` (vocabulary.csv) says them too.
 */
export function convertTables(allTables: readonly Table[], title: string, vocabulary: ImportedVocabulary = {}): ConvertResult {
  const problems: ImportProblem[] = [];
  const tables = allTables.filter((t) => !isVocabularyTable(t.headers) && !isPlacesTable(t.headers));
  // places.csv of the CSV set: what the actors' rows do not say about a place (precision, source).
  const knownPlaces = new Map<string, KnownPlace>();
  for (const table of allTables.filter((t) => isPlacesTable(t.headers)))
    for (const [key, place] of readPlacesTable(table)) if (!knownPlaces.has(key)) knownPlaces.set(key, place);
  const own: Required<ImportedVocabulary> = {
    actorKinds: [...(vocabulary.actorKinds ?? [])],
    scales: [...(vocabulary.scales ?? [])],
    relationKinds: [...(vocabulary.relationKinds ?? [])],
  };
  for (const table of allTables.filter((t) => isVocabularyTable(t.headers))) {
    const read = readVocabularyTable(table);
    problems.push(...read.problems);
    own.actorKinds.push(...(read.vocabulary.actorKinds ?? []));
    own.scales.push(...(read.vocabulary.scales ?? []));
    own.relationKinds.push(...(read.vocabulary.relationKinds ?? []));
  }
  const at = (row: Row, role: Role | undefined, code: ImportProblem['code'], params: Record<string, string | number> = {}, suggestion?: string) =>
    problems.push({
      file: row.table.file,
      ...(row.table.sheet !== undefined && { sheet: row.table.sheet }),
      line: row.line,
      ...(role !== undefined && { column: header(row, role) }),
      code,
      params,
      ...(suggestion !== undefined && { suggestion }),
    });

  const actorRows: Row[] = [];
  const relationRows: Row[] = [];
  let anyActorTable = false;
  for (const table of tables) {
    const map = matchColumns(table.headers);
    const where = { file: table.file, ...(table.sheet !== undefined && { sheet: table.sheet }) };
    if (!map.hasActors && !map.hasRelations) {
      const near = table.headers.map((h) => suggest(h, KNOWN_HEADERS)).find((s) => s !== undefined);
      problems.push({ ...where, line: table.firstLine - 1, code: 'noColumns', params: { found: table.headers.join(', ') }, ...(near && { suggestion: near }) });
      continue;
    }
    if (table.rows.length === 0) problems.push({ ...where, code: 'noRows', params: {} });
    anyActorTable ||= map.hasActors;
    table.rows.forEach((cells, i) => {
      const row: Row = { table, map, cells, line: table.firstLine + i };
      if (cells.every((c) => c.trim() === '')) return;
      const isRelation = map.hasRelations && (cell(row, 'from') !== '' || cell(row, 'to') !== '');
      if (isRelation) relationRows.push(row);
      else if (map.hasActors && cell(row, 'name') !== '') actorRows.push(row);
      else if (map.hasActors) at(row, 'name', 'missingName');
    });
  }

  const kinds = createVocabularyCollector('actorKinds', own.actorKinds);
  const scales = createVocabularyCollector('scales', own.scales);
  const relationKinds = createVocabularyCollector('relationKinds', own.relationKinds);
  const ownDirected = new Map(own.relationKinds.map((k) => [k.id, k.directed]));
  const actorIds = createSlugger();
  const placeIds = createSlugger();
  const actors: ImportedActor[] = [];
  const places: ImportedPlace[] = [];
  const placeByKey = new Map<string, string>();
  const unresolvedPlaces: UnresolvedPlace[] = [];
  const actorByName = new Map<string, { id: string; line: number }>();

  const addActor = (row: Row | null, name: string, lang: 'fr' | 'en'): string => {
    const ownId = row ? cell(row, 'id') : '';
    const id = actorIds(ownId || name, 'actor');
    actorByName.set(nameKey(name), { id, line: row?.line ?? 0 });
    if (ownId) actorByName.set(nameKey(ownId), { id, line: row?.line ?? 0 });
    if (!row) {
      actors.push({ id, name: localized(lang, name), kind: kinds.resolve('', lang).id, scale: scales.resolve('', lang).id, place: null, sources: [] });
    }
    return id;
  };

  for (const row of actorRows) {
    const lang = row.map.lang;
    const name = cell(row, 'name');
    const seen = actorByName.get(nameKey(name));
    if (seen) {
      at(row, 'name', 'duplicateName', { name, first: seen.line });
      continue;
    }
    const id = addActor(row, name, lang);
    const kind = kinds.resolve(cell(row, 'kind'), lang);
    if (kind.near) at(row, 'kind', 'nearValue', { value: cell(row, 'kind') }, kind.near);
    const scale = scales.resolve(cell(row, 'scale'), lang);
    if (scale.near) at(row, 'scale', 'nearValue', { value: cell(row, 'scale') }, scale.near);

    const sourceText = cell(row, 'sourceUrl');
    const source = sourceText ? readSource(sourceText) : null;
    if (source?.kind === 'invalid') at(row, 'sourceUrl', 'badUrl', { value: sourceText });
    const address = source?.kind === 'url' ? source.href : undefined;

    const place = readPlace(row, name);
    let placeId: string | null = null;
    if (place && 'problem' in place) {
      for (const p of place.problem) at(row, p.role, p.code, p.params);
    } else if (place) {
      const key = placeKey(place.name, place.latitude, place.longitude);
      placeId = placeByKey.get(key) ?? null;
      if (placeId === null) {
        placeId = placeIds(place.name, 'place');
        placeByKey.set(key, placeId);
        const known = knownPlaces.get(key);
        places.push({
          id: placeId,
          name: localized(lang, place.name),
          ...(cell(row, 'country') && { country: cell(row, 'country') }),
          latitude: place.latitude,
          longitude: place.longitude,
          precision: known?.precision ?? (address ? 'sourced' : 'approximate'),
          ...((known?.source ?? address) !== undefined && { source: known?.source ?? address }),
          ...(known?.geocodedFrom !== undefined && { geocodedFrom: known.geocodedFrom }),
        });
      }
    } else if (cell(row, 'place') || cell(row, 'insee')) {
      unresolvedPlaces.push({
        actor: id,
        name: cell(row, 'place'),
        ...(cell(row, 'country') && { country: cell(row, 'country') }),
        ...(cell(row, 'departement') && { departement: cell(row, 'departement') }),
        ...(cell(row, 'insee') && { insee: cell(row, 'insee') }),
        file: row.table.file,
        line: row.line,
      });
    }

    const attributes: Record<string, string> = {};
    // The INSEE code is kept in sight too: it says which commune, whatever the coordinates.
    const inseeColumn = row.map.roles.insee;
    for (const i of inseeColumn === undefined ? row.map.unknown : [inseeColumn, ...row.map.unknown]) {
      const value = (row.cells[i] ?? '').trim();
      const key = row.table.headers[i] ?? '';
      if (value && key) attributes[key] = value;
    }
    const description = cell(row, 'description');
    actors.push({
      id,
      name: localized(lang, name),
      kind: kind.id,
      scale: scale.id,
      place: placeId,
      ...(description && { description: localized(lang, description) }),
      sources: address ? [address] : [],
      ...(Object.keys(attributes).length > 0 && { attributes }),
    });
  }

  // Places of places.csv no actor is seated at are places of the network all the same.
  const placesLang = tables.length > 0 ? matchColumns(tables[0]!.headers).lang : 'fr';
  for (const [key, known] of knownPlaces) {
    if (placeByKey.has(key)) continue;
    const id = placeIds(known.name, 'place');
    placeByKey.set(key, id);
    places.push({
      id,
      name: localized(placesLang, known.name),
      ...(known.country !== undefined && { country: known.country }),
      latitude: known.latitude,
      longitude: known.longitude,
      precision: known.precision,
      ...(known.source !== undefined && { source: known.source }),
      ...(known.geocodedFrom !== undefined && { geocodedFrom: known.geocodedFrom }),
    });
  }

  const relations: ImportedRelation[] = [];
  const relationIds = createSlugger();
  const triples = new Map<string, number>();
  const directedness = new Map<string, boolean>();
  const endId = (row: Row, role: 'from' | 'to'): string | null => {
    const name = cell(row, role);
    if (name === '') {
      at(row, role, 'missingEnd');
      return null;
    }
    const known = actorByName.get(nameKey(name));
    if (known) return known.id;
    if (!anyActorTable) return addActor(null, name, row.map.lang);
    const names = actorRows.map((r) => cell(r, 'name'));
    at(row, role, 'unknownActor', { name }, suggest(name, names));
    return null;
  };
  for (const row of relationRows) {
    const from = endId(row, 'from');
    const to = endId(row, 'to');
    if (from === null || to === null) continue;
    if (from === to) {
      at(row, 'to', 'selfRelation', { name: cell(row, 'to') });
      continue;
    }
    const kind = relationKinds.resolve(cell(row, 'kind'), row.map.lang);
    if (kind.near) at(row, 'kind', 'nearValue', { value: cell(row, 'kind') }, kind.near);
    if (!kind.builtIn && !ownDirected.has(kind.id) && !directedness.has(kind.id))
      directedness.set(kind.id, !/^(undirected|non ?orient|mutu|reciproque|both)/i.test(cell(row, 'direction')));
    const key = `${from}|${kind.id}|${to}`;
    const first = triples.get(key);
    if (first !== undefined) {
      at(row, 'to', 'duplicateRelation', { first });
      continue;
    }
    triples.set(key, row.line);
    const provenance = readProvenance(row, (code, params) => at(row, 'sourceUrl', code, params));
    relations.push({ id: relationIds(`${from}-${kind.id}-${to}`), from, to, kind: kind.id, provenance });
  }

  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const scaleList = scaleVocabulary(scales.builtInsUsed(), scales.declared(), own.scales.length > 0);
  const actorKinds = kinds.declared();
  const relationKindList = relationKinds
    .declared()
    .map((k) => ({ ...k, directed: ownDirected.get(k.id) ?? (k.id === 'linked-to' ? false : (directedness.get(k.id) ?? true)) }));
  const ownVocabulary = {
    ...(actorKinds.length > 0 && { actorKinds }),
    ...(scaleList && { scales: scaleList }),
    ...(relationKindList.length > 0 && { relationKinds: relationKindList }),
  };
  const lang = tables.length > 0 ? matchColumns(tables[0]!.headers).lang : 'fr';
  return {
    ok: true,
    dataset: {
      event: { title: localized(lang, title) },
      ...(Object.keys(ownVocabulary).length > 0 && { vocabulary: ownVocabulary }),
      actors,
      places,
      relations,
    },
    unresolvedPlaces,
  };
}

type PlaceRead =
  { name: string; latitude: number; longitude: number } | { problem: { role: Role; code: ImportProblem['code']; params: Record<string, string> }[] } | null;

function readPlace(row: Row, actorName: string): PlaceRead {
  const latText = cell(row, 'latitude');
  const lonText = cell(row, 'longitude');
  if (latText === '' && lonText === '') return null;
  const problem: { role: Role; code: ImportProblem['code']; params: Record<string, string> }[] = [];
  const lat = latText === '' ? null : parseDecimal(latText);
  const lon = lonText === '' ? null : parseDecimal(lonText);
  if (latText === '') problem.push({ role: 'latitude', code: 'missingCoordinate', params: { other: header(row, 'longitude') } });
  else if (lat === null) problem.push({ role: 'latitude', code: 'notANumber', params: { value: latText } });
  else if (lat < -90 || lat > 90) problem.push({ role: 'latitude', code: 'latitudeRange', params: { value: latText } });
  if (lonText === '') problem.push({ role: 'longitude', code: 'missingCoordinate', params: { other: header(row, 'latitude') } });
  else if (lon === null) problem.push({ role: 'longitude', code: 'notANumber', params: { value: lonText } });
  else if (lon < -180 || lon > 180) problem.push({ role: 'longitude', code: 'longitudeRange', params: { value: lonText } });
  if (problem.length > 0 || lat === null || lon === null) return { problem };
  return { name: cell(row, 'place') || actorName, latitude: lat, longitude: lon };
}

function readProvenance(row: Row, report: (code: 'badUrl', params: Record<string, string>) => void): Provenance {
  const lang = row.map.lang;
  const sourceText = cell(row, 'sourceUrl');
  const quote = cell(row, 'quote');
  const source = sourceText ? readSource(sourceText) : null;
  if (source?.kind === 'invalid') report('badUrl', { value: sourceText });
  if (source?.kind === 'url') return { type: 'source', url: source.href, ...(quote && { note: localized(lang, quote) }) };
  if (quote) return { type: 'document', quote, ...(source?.kind === 'text' && { note: localized(lang, sourceText) }) };
  if (source?.kind === 'text') return { type: 'unsourced', note: localized(lang, sourceText) };
  return { type: 'unsourced' };
}

const sortProblems = (problems: ImportProblem[]): ImportProblem[] =>
  problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.file.localeCompare(b.p.file) || (a.p.sheet ?? '').localeCompare(b.p.sheet ?? '') || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
