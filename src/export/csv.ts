// The CSV set a spreadsheet opens: actors.csv, relations.csv, places.csv. UTF-8 with a BOM (so that
// Excel reads accents); in French, `;` between columns and decimal commas (French Excel's own
// "CSV (séparateur : point-virgule)"), in English `,` and decimal points. Column names are the
// ones the importer's column matcher reads back. Written with Papa Parse's unparse, which quotes
// what needs quoting.
import Papa from 'papaparse';
import type { Dataset } from '../data/dataset';
import { isDirected } from '../data/vocabulary';
import { LIST_NAMES, VOCABULARY_COLUMNS, YES_NO } from '../import/vocabularyTable';
import { sourceAndCitation, textIn, type ExportLanguage } from './text';

export const BOM = '\uFEFF';

/** Column names per language. Order is the order of the columns in the files. */
export const CSV_COLUMNS = {
  fr: {
    actors: ['Id', 'Nom', 'Type', 'Échelle', 'Description', 'Lieu', 'Pays', 'Latitude', 'Longitude'],
    relations: ['Id', 'De', 'Vers', 'Type', 'Sens', 'Provenance', 'Source', 'Citation'],
    places: ['Id', 'Nom', 'Pays', 'Latitude', 'Longitude', 'Précision', 'Source', 'Géocodé depuis'],
    vocabulary: VOCABULARY_COLUMNS.fr,
  },
  en: {
    actors: ['Id', 'Label', 'Type', 'Scale', 'Description', 'Place', 'Country', 'Latitude', 'Longitude'],
    relations: ['Id', 'From', 'To', 'Type', 'Direction', 'Provenance', 'Source', 'Citation'],
    places: ['Id', 'Name', 'Country', 'Latitude', 'Longitude', 'Precision', 'Source', 'Geocoded from'],
    vocabulary: VOCABULARY_COLUMNS.en,
  },
} as const;

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

export type Cell = string | number;

/** One table of the set: its file name, column names and rows (numbers kept as numbers). */
export interface Table {
  readonly name: 'actors' | 'relations' | 'places' | 'network' | 'vocabulary';
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A cell a spreadsheet would run as a formula gets a leading apostrophe; plain numbers do not. */
export const FORMULA = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

const cellText = (value: Cell, lang: ExportLanguage): string =>
  typeof value === 'number' ? (lang === 'fr' ? String(value).replace('.', ',') : String(value)) : value;

function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], lang: ExportLanguage): string {
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map((c) => cellText(c, lang))) },
    { delimiter: lang === 'fr' ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: FORMULA },
  );
  return `${BOM}${text}\r\n`;
}

export function toTables(dataset: Dataset, lang: ExportLanguage = 'fr'): Table[] {
  const columns = CSV_COLUMNS[lang];
  const actors = dataset.actors.map((actor): Cell[] => {
    const place = actor.place === null ? undefined : dataset.placeById.get(actor.place);
    const extra: { description?: typeof actor.description } = actor;
    const seat: { country?: string } = place ?? {};
    return [
      actor.id,
      textIn(actor.name, lang),
      actor.kind,
      actor.scale,
      textIn(extra.description, lang),
      place ? textIn(place.name, lang) : '',
      seat.country ?? '',
      place?.latitude ?? '',
      place?.longitude ?? '',
    ];
  });
  // From and To name the actors as a person would, by their name; the id when two share a name.
  const names = new Map<string, number>();
  for (const a of dataset.actors) names.set(textIn(a.name, lang), (names.get(textIn(a.name, lang)) ?? 0) + 1);
  const ref = (id: string) => {
    const actor = dataset.actorById.get(id);
    const name = actor ? textIn(actor.name, lang) : id;
    return (names.get(name) ?? 0) > 1 ? id : name;
  };
  const relations = dataset.relations.map((r): Cell[] => {
    const { source, citation } = sourceAndCitation(r.provenance, lang);
    // The direction as the importer reads it back ("non orienté", "undirected").
    const direction = isDirected(dataset.resolvedVocabulary, r.kind) ? DIRECTION[lang].directed : DIRECTION[lang].undirected;
    return [r.id, ref(r.from), ref(r.to), r.kind, direction, r.provenance.type, source, citation];
  });
  const places = dataset.places.map((place): Cell[] => {
    const extra: { country?: string; source?: string; geocodedFrom?: string } = place;
    return [
      place.id,
      textIn(place.name, lang),
      extra.country ?? '',
      place.latitude,
      place.longitude,
      place.precision,
      extra.source ?? '',
      extra.geocodedFrom ?? '',
    ];
  });
  const vocabulary = vocabularyRows(dataset, lang);
  return [
    { name: 'actors', header: columns.actors, rows: actors },
    { name: 'relations', header: columns.relations, rows: relations },
    { name: 'places', header: columns.places, rows: places },
    ...(vocabulary.length > 0 ? [{ name: 'vocabulary' as const, header: columns.vocabulary, rows: vocabulary }] : []),
  ];
}

const DIRECTION = { fr: { directed: 'orienté', undirected: 'non orienté' }, en: { directed: 'directed', undirected: 'undirected' } } as const;

/** The dataset's own kinds, scales (local first) and relation kinds, one row each, both languages. */
function vocabularyRows(dataset: Dataset, lang: ExportLanguage): Cell[][] {
  const own = dataset.vocabulary;
  if (!own) return [];
  const names = LIST_NAMES[lang];
  const row = (list: keyof typeof names, entry: { id: string; label: { fr?: string; en?: string } }, directed = ''): Cell[] => [
    names[list],
    entry.id,
    entry.label.fr ?? '',
    entry.label.en ?? '',
    directed,
  ];
  return [
    ...(own.actorKinds ?? []).map((k) => row('actorKinds', k)),
    ...(own.scales ?? []).map((s) => row('scales', s)),
    ...(own.relationKinds ?? []).map((k) => row('relationKinds', k, k.directed ? YES_NO[lang].yes : YES_NO[lang].no)),
  ];
}

/**
 * Actors and relations in one table, the file to open again in Maillage in one go: actor rows
 * leave From/To empty, relation rows fill them ("Type" is the kind of either).
 */
export function networkTable(tables: readonly Table[]): Table {
  const actors = tables.find((t) => t.name === 'actors');
  const relations = tables.find((t) => t.name === 'relations');
  if (!actors || !relations) throw new Error('networkTable needs the actors and relations tables');
  const extra = relations.header.filter((h) => !actors.header.includes(h));
  const header = [...actors.header, ...extra];
  const place = (row: readonly Cell[], from: readonly string[]): Cell[] => header.map((h) => (from.includes(h) ? (row[from.indexOf(h)] ?? '') : ''));
  return { name: 'network', header, rows: [...actors.rows.map((r) => place(r, actors.header)), ...relations.rows.map((r) => place(r, relations.header))] };
}

/**
 * actors.csv, relations.csv, places.csv, network.csv (actors and relations together) and, when the
 * dataset has its own kinds or scales, vocabulary.csv. The .zip of the set opens again as it is.
 */
export function toCsvSet(dataset: Dataset, lang: ExportLanguage = 'fr'): CsvFile[] {
  const tables = toTables(dataset, lang);
  return [...tables, networkTable(tables)].map((table) => ({ name: `${table.name}.csv`, text: csvText(table.header, table.rows, lang) }));
}
