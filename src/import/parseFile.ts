// One file in, a dataset in Maillage's shape or every problem out. Pure and usable from Node
// (`parseFile(bytes, name)`), from the Web Worker and from `?data=`. The result is validated by
// the app's one loader, so an import can never hold what a hand-written dataset could not.
import { loadDataset, validateDataset } from '../data/load';
import type { Dataset } from '../data/dataset';
import { VocabularySchema } from '../data/schema';
import { convertTables } from './convert';
import { noNotes } from './kept';
import { readCsv } from './csv';
import { decodeText } from './decode';
import { detectFormat, type Format } from './format';
import { readGexf } from './gexf';
import { VOCABULARY_META } from './vocabularyTable';
import { MAX_BYTES, MAX_ROWS, formatMegabytes } from './limits';
import { matchColumns } from './columns';
import type { ImportProblem } from './problem';
import type { Table } from './table';
import type { ImportedVocabulary, UnresolvedPlace } from './types';
import { readZipTexts } from './zipSet';

export type ParseResult =
  | {
      readonly ok: true;
      readonly format: Format;
      /** The dataset as plain JSON data, as it is saved and validated. */
      readonly raw: unknown;
      readonly dataset: Dataset;
      /** Places named without coordinates, for the gazetteer; their actors have no place yet. */
      readonly unresolvedPlaces: readonly UnresolvedPlace[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface ParseOptions {
  readonly contentType?: string;
  /** Share of the work done, 0 to 1, with the step under way. */
  readonly onProgress?: (done: number, step: 'read' | 'check') => void;
}

const fail = (file: string, code: ImportProblem['code'], params: Record<string, string | number> = {}): ParseResult => ({
  ok: false,
  problems: [{ file, code, params }],
});

/** The vocabulary a GEXF of Maillage carries in its meta, as JSON, checked like any data coming in. */
function readVocabularyMeta(text: string): { ok: true; vocabulary: ImportedVocabulary } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = VocabularySchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, vocabulary: parsed.data };
}

const titleOf = (name: string): string =>
  name
    .replace(/-csv(\.zip)$/i, '$1')
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[_]+/g, ' ')
    .trim() || name;

export async function parseFile(bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParseResult> {
  const progress = options.onProgress ?? (() => {});
  if (bytes.byteLength > MAX_BYTES) return fail(name, 'tooBig', { size: formatMegabytes(bytes.byteLength), max: formatMegabytes(MAX_BYTES) });
  if (bytes.byteLength === 0) return fail(name, 'emptyFile');
  const format = detectFormat(name, bytes, options.contentType);
  if (format === null) return fail(name, 'unknownFormat', { name });

  if (format === 'json') {
    const text = decodeText(bytes).text;
    const loaded = loadDataset(text, { file: name, readNote: noNotes });
    if (!loaded.ok) return { ok: false, problems: loaded.problems.map(schemaProblem) };
    return { ok: true, format, raw: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, dataset: loaded.dataset, unresolvedPlaces: [] };
  }

  let tables: Table[];
  let vocabulary: ImportedVocabulary = {};
  if (format === 'xlsx') {
    try {
      const { readXlsx } = await import('./xlsx');
      tables = await readXlsx(name, bytes);
    } catch (error) {
      return fail(name, 'unreadable', { reason: error instanceof Error ? error.message : String(error) });
    }
    // Sheets with no known column (notes, a legend) are left aside when others hold the network.
    const useful = tables.filter((t) => {
      const map = matchColumns(t.headers);
      return map.hasActors || map.hasRelations;
    });
    if (useful.length > 0) tables = useful;
  } else if (format === 'gexf') {
    const read = readGexf(name, decodeText(bytes).text);
    if ('error' in read) return fail(name, 'unreadable', { reason: read.error });
    tables = read.tables;
    if (read.vocabulary !== undefined) {
      const own = readVocabularyMeta(read.vocabulary);
      if (!own.ok) return { ok: false, problems: [{ file: name, code: 'schema', params: { path: `meta/${VOCABULARY_META}`, message: own.message } }] };
      vocabulary = own.vocabulary;
    }
  } else if (format === 'zip') {
    const read = readZipTexts(bytes);
    if ('tooBig' in read) return fail(name, 'tooBig', { size: formatMegabytes(read.tooBig), max: formatMegabytes(MAX_BYTES) });
    if ('error' in read) return fail(name, 'unreadable', { reason: read.error });
    if (read.files.length === 0) return fail(name, 'noRows');
    tables = read.files.map((f) => readCsv(f.name, f.text, { tab: /\.tsv$/i.test(f.name) }).table);
  } else {
    const { table } = readCsv(name, decodeText(bytes).text, { tab: format === 'tsv', onProgress: (d) => progress(d * 0.6, 'read') });
    tables = [table];
  }
  progress(0.6, 'read');
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  if (rows > MAX_ROWS) return fail(name, 'tooManyRows', { rows, max: MAX_ROWS });

  const converted = convertTables(tables, titleOf(name), vocabulary);
  progress(0.8, 'check');
  if (!converted.ok) return converted;
  const raw = JSON.parse(JSON.stringify(converted.dataset)) as unknown;
  const result = validateDataset(raw, { file: name, readNote: noNotes });
  progress(1, 'check');
  if (!result.ok) return { ok: false, problems: result.problems.map(schemaProblem) };
  return { ok: true, format, raw, dataset: result.dataset, unresolvedPlaces: converted.unresolvedPlaces };
}

const schemaProblem = (p: { file: string; path: string; message: string }): ImportProblem => ({
  file: p.file,
  code: 'schema',
  params: { path: p.path, message: p.message },
});
