// Everything `npm run check-data` checks, for a dataset on disk: validation, the JSON Schema being
// current, and the editor's checks (src/data/editorial.ts) against the programme text shipped
// beside the dataset (sources/programme.txt, with sources/corrections.json applied).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkEditorial } from '../src/data/editorial';
import { datasetJsonSchema } from '../src/data/jsonSchema';
import { parseJsonText } from '../src/data/load';
import { englishNotePath } from '../src/data/noteParts';
import { zodProblems, type Problem } from '../src/data/problems';
import { applyCorrections, CorrectionsSchema, normalise, type Correction } from '../src/data/programmeText';
import { readDatasetFromDisk, resolveDatasetFile } from './nodeDataset';

/** The programme text beside a dataset file, corrected and normalised; null when there is none. */
export function readProgrammeFromDisk(datasetFile: string, cwd = process.cwd()): { programme: string | null; problems: Problem[] } {
  const folder = dirname(datasetFile);
  const textFile = join(folder, 'sources', 'programme.txt');
  if (!existsSync(textFile)) return { programme: null, problems: [] };
  const problems: Problem[] = [];
  const correctionsFile = join(folder, 'sources', 'corrections.json');
  const shown = relative(cwd, correctionsFile) || correctionsFile;
  let corrections: Correction[] = [];
  if (existsSync(correctionsFile)) {
    const json = parseJsonText(shown, readFileSync(correctionsFile, 'utf8'));
    if (!json.ok) problems.push(json.problem);
    else {
      const parsed = CorrectionsSchema.safeParse(json.value);
      if (parsed.success) corrections = parsed.data;
      else problems.push(...zodProblems(shown, CorrectionsSchema, json.value, parsed.error));
    }
  }
  const applied = applyCorrections(readFileSync(textFile, 'utf8'), corrections);
  for (const miss of applied.unmatched) problems.push({ file: shown, path: '', message: `correction ${miss}` });
  return { programme: normalise(applied.text), problems };
}

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** The one line printed when there is no problem. */
  readonly summary: string;
}

export function checkDataset(target: string, schemaFile: string, cwd = process.cwd()): CheckResult {
  const result = readDatasetFromDisk(target, cwd);
  const problems: Problem[] = result.ok ? [] : [...result.problems];
  const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  if (committed !== datasetJsonSchema()) {
    problems.push({ file: 'data/schema.json', path: '', message: 'is stale: run `npm run gen-schema` and commit it' });
  }
  if (!result.ok) return { problems, summary: '' };

  const d = result.dataset;
  const file = resolveDatasetFile(target);
  const { programme, problems: programmeProblems } = readProgrammeFromDisk(file, cwd);
  problems.push(...programmeProblems);
  const notes = new Map<string, string>();
  for (const s of d.sessions) {
    if (s.notes === undefined) continue;
    notes.set(s.notes, d.notesBySession.get(s.id) ?? '');
    const en = d.englishNotesBySession.get(s.id);
    if (en !== undefined) notes.set(englishNotePath(s.notes), en);
  }
  const editorial = checkEditorial({ file: relative(cwd, file) || file, data: d, notes, programme });
  problems.push(...editorial.problems);
  const quotes =
    programme === null ? 'no programme text (sources/programme.txt): quotes not checked' : `${editorial.quotesChecked} programme quotes found in the programme`;
  return {
    problems,
    summary:
      `ok: ${d.actors.length} actors, ${d.people.length} people, ${d.sessions.length} sessions, ` +
      `${d.places.length} places, ${d.relations.length} relations, ${d.themes.length} themes; ${quotes}`,
  };
}
