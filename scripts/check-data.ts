// npm run check-data [path]: validates the shipped dataset (default data/) or any other one, then
// holds it to an editor's checks (src/data/editorial.ts): programme quotes found in the programme
// text (sources/programme.txt beside the dataset, with sources/corrections.json applied), source
// addresses that name a page, descriptions beyond the programme sourced, note context footnoted,
// coordinates sourced or approximate.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, zodProblems, type Problem } from '../src/data/problems';
import { datasetJsonSchema } from '../src/data/jsonSchema';
import { checkEditorial } from '../src/data/editorial';
import { englishNotePath } from '../src/data/noteParts';
import { applyCorrections, CorrectionsSchema, normalise, type Correction } from '../src/data/programmeText';
import { parseJsonText } from '../src/data/load';
import { readDatasetFromDisk, resolveDatasetFile } from './nodeDataset';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = process.argv[2] ?? `${root}data`;
const result = readDatasetFromDisk(target);
const problems: Problem[] = result.ok ? [] : [...result.problems];

const schemaFile = `${root}data/schema.json`;
const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
if (committed !== datasetJsonSchema()) {
  problems.push({ file: 'data/schema.json', path: '', message: 'is stale: run `npm run gen-schema` and commit it' });
}

/** The programme text beside the dataset, corrected; null when the dataset ships none. */
function readProgramme(folder: string): string | null {
  const textFile = join(folder, 'sources', 'programme.txt');
  if (!existsSync(textFile)) return null;
  const raw = readFileSync(textFile, 'utf8');
  const correctionsFile = join(folder, 'sources', 'corrections.json');
  const shown = relative(process.cwd(), correctionsFile) || correctionsFile;
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
  const applied = applyCorrections(raw, corrections);
  for (const miss of applied.unmatched) problems.push({ file: shown, path: '', message: `correction ${miss}` });
  return normalise(applied.text);
}

let quotes = '';
if (result.ok) {
  const d = result.dataset;
  const file = resolveDatasetFile(target);
  const shown = relative(process.cwd(), file) || file;
  const programme = readProgramme(dirname(file));
  const notes = new Map<string, string>();
  for (const s of d.sessions) {
    notes.set(s.notes, d.notesBySession.get(s.id) ?? '');
    const en = d.englishNotesBySession.get(s.id);
    if (en !== undefined) notes.set(englishNotePath(s.notes), en);
  }
  const editorial = checkEditorial({ file: shown, data: d, notes, programme });
  problems.push(...editorial.problems);
  quotes =
    programme === null
      ? 'no programme text (sources/programme.txt): quotes not checked'
      : `${editorial.quotesChecked} programme quotes found in the programme`;
}

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was accepted.`);
  process.exit(1);
}
if (result.ok) {
  const d = result.dataset;
  console.log(
    `ok: ${d.actors.length} actors, ${d.people.length} people, ${d.sessions.length} sessions, ` +
      `${d.places.length} places, ${d.relations.length} relations, ${d.themes.length} themes; ${quotes}`,
  );
}
