// npm run check-data [path]: validates the shipped dataset (default data/) or any other one, then
// holds it to an editor's checks: programme quotes found in the programme text shipped beside it,
// source addresses that name a page, descriptions beyond the programme sourced, note context
// footnoted, coordinates sourced or approximate (scripts/checkDataset.ts, src/data/editorial.ts).
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/data/problems';
import { checkDataset } from './checkDataset';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = process.argv[2] ?? `${root}data`;
const { problems, summary } = checkDataset(target, `${root}data/schema.json`);

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was accepted.`);
  process.exit(1);
}
console.log(summary);
