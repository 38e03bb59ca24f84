// The dataset's own vocabulary as a table (vocabulary.csv in the CSV set, or a "Vocabulaire" sheet):
// one row per actor kind, scale or relation kind, with its labels in French and English and, for a
// relation kind, whether it has a direction. Rows keep their order: scales go from local (first)
// to global (last). Written by the CSV export, read back here. Pure.
import { matchColumns } from './columns';
import type { ImportProblem } from './problem';
import type { Table } from './table';
import { nameKey, slug } from './text';
import type { ImportedVocabulary } from './types';

/** The GEXF <meta> element that holds a dataset's own vocabulary as JSON (src/export/gexf.ts). */
export const VOCABULARY_META = 'maillage-vocabulary';

export type VocabularyList = 'actorKinds' | 'scales' | 'relationKinds';
type Lang = 'fr' | 'en';

export const VOCABULARY_COLUMNS = {
  fr: ['Liste', 'Id', 'Libellé (fr)', 'Libellé (en)', 'Orienté'],
  en: ['List', 'Id', 'Label (fr)', 'Label (en)', 'Directed'],
} as const;

/** What the List column says, per language. */
export const LIST_NAMES: Record<Lang, Record<VocabularyList, string>> = {
  fr: { actorKinds: 'type d’acteur', scales: 'échelle', relationKinds: 'type de relation' },
  en: { actorKinds: 'actor kind', scales: 'scale', relationKinds: 'relation kind' },
};
export const YES_NO: Record<Lang, { yes: string; no: string }> = { fr: { yes: 'oui', no: 'non' }, en: { yes: 'yes', no: 'no' } };

const LIST_BY_KEY = new Map<string, VocabularyList>();
for (const list of ['actorKinds', 'scales', 'relationKinds'] as const) {
  for (const name of [list, LIST_NAMES.fr[list], LIST_NAMES.en[list], list === 'actorKinds' ? 'kind' : list === 'scales' ? 'échelles' : 'relation']) {
    LIST_BY_KEY.set(nameKey(name), list);
  }
  LIST_BY_KEY.set(nameKey(`${LIST_NAMES.fr[list]}s`), list);
  LIST_BY_KEY.set(nameKey(`${LIST_NAMES.en[list]}s`), list);
}
const YES = new Set(['oui', 'yes', 'true', 'vrai', '1', 'oriente', 'directed'].map(nameKey));
const NO = new Set(['non', 'no', 'false', 'faux', '0', 'nonoriente', 'undirected'].map(nameKey));

const HEADER_KEYS = {
  list: new Set(['liste', 'list']),
  id: new Set(['id', 'identifiant', 'identifier']),
  fr: new Set(['libellefr', 'labelfr', 'fr']),
  en: new Set(['libelleen', 'labelen', 'en']),
  directed: new Set(['oriente', 'directed']),
};
type Column = keyof typeof HEADER_KEYS;

function columnsOf(headers: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  headers.forEach((h, i) => {
    const key = nameKey(h);
    for (const column of Object.keys(HEADER_KEYS) as Column[]) if (found[column] === undefined && HEADER_KEYS[column].has(key)) found[column] = i;
  });
  return found;
}

/** A vocabulary table has a List column and an Id or a label column, and no actor or relation columns. */
export function isVocabularyTable(headers: readonly string[]): boolean {
  const c = columnsOf(headers);
  if (c.list === undefined || (c.id === undefined && c.fr === undefined && c.en === undefined)) return false;
  const map = matchColumns(headers);
  return !map.hasActors && !map.hasRelations;
}

export function readVocabularyTable(table: Table): { vocabulary: ImportedVocabulary; problems: ImportProblem[] } {
  const c = columnsOf(table.headers);
  const problems: ImportProblem[] = [];
  const out: Required<ImportedVocabulary> = { actorKinds: [], scales: [], relationKinds: [] };
  const seen: Record<VocabularyList, Set<string>> = { actorKinds: new Set(), scales: new Set(), relationKinds: new Set() };
  const where = { file: table.file, ...(table.sheet !== undefined && { sheet: table.sheet }) };
  table.rows.forEach((cells, i) => {
    const line = table.firstLine + i;
    const get = (column: Column) => (c[column] === undefined ? '' : (cells[c[column]] ?? '').trim());
    const at = (column: Column, code: ImportProblem['code'], params: Record<string, string | number>) =>
      problems.push({ ...where, line, column: table.headers[c[column] ?? -1] ?? column, code, params });
    if (cells.every((cell) => cell.trim() === '')) return;
    const list = LIST_BY_KEY.get(nameKey(get('list')));
    if (!list) {
      at('list', 'unknownList', { value: get('list') });
      return;
    }
    const fr = get('fr');
    const en = get('en');
    if (fr === '' && en === '' && get('id') === '') {
      at('id', 'missingName', {});
      return;
    }
    const id = get('id') || slug(fr || en);
    const label = fr === '' && en === '' ? { fr: id } : { ...(fr && { fr }), ...(en && { en }) };
    if (seen[list].has(id)) return;
    seen[list].add(id);
    if (list !== 'relationKinds') {
      out[list].push({ id, label });
      return;
    }
    const said = nameKey(get('directed'));
    if (said !== '' && !YES.has(said) && !NO.has(said)) at('directed', 'notYesNo', { value: get('directed') });
    out.relationKinds.push({ id, label, directed: !NO.has(said) });
  });
  const vocabulary: ImportedVocabulary = {
    ...(out.actorKinds.length > 0 && { actorKinds: out.actorKinds }),
    ...(out.scales.length > 0 && { scales: out.scales }),
    ...(out.relationKinds.length > 0 && { relationKinds: out.relationKinds }),
  };
  return { vocabulary, problems };
}
