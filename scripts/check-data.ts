// npm run check-data [path]: validates the shipped dataset (default data/) or any other one.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../src/data/problems';
import { datasetJsonSchema } from '../src/data/jsonSchema';
import { readDatasetFromDisk } from './nodeDataset';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = process.argv[2] ?? `${root}data`;
const result = readDatasetFromDisk(target);
const problems: Problem[] = result.ok ? [] : [...result.problems];

const schemaFile = `${root}data/schema.json`;
const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
if (committed !== datasetJsonSchema()) {
  problems.push({ file: 'data/schema.json', path: '', message: 'is stale: run `npm run gen-schema` and commit it' });
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
      `${d.places.length} places, ${d.relations.length} relations, ${d.themes.length} themes`,
  );
}
