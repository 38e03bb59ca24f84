// Writes the tables of a bench run into docs/performance.md, between markers:
// `npx tsx scripts/bench-docs.ts [latest|baseline]` reads bench/results.json (also a partial one,
// written while a run goes on); `npm run bench -- --docs` calls it at the end of a run.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { markdownSummary, type DatasetResult } from './bench-report';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly chromium: string;
  readonly rendering: string;
  readonly date: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Replaces the block between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->`; false when there is none. */
export function writeDocs(name: string, machine: Machine, results: readonly DatasetResult[], heading = ''): boolean {
  const docs = `${root}docs/performance.md`;
  const text = readFileSync(docs, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return false;
  const about = `_${heading}${machine.date.slice(0, 10)}, ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, ${machine.rendering}._`;
  writeFileSync(docs, `${text.slice(0, from)}${start}\n${about}\n\n${markdownSummary(results)}\n${end}${text.slice(to + end.length)}`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2] ?? 'latest';
  const saved = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8')) as { machine: Machine; datasets: DatasetResult[]; complete?: boolean };
  const note = saved.complete === false ? 'partial run, ' : '';
  if (!writeDocs(name, saved.machine, saved.datasets, note)) {
    console.error(`docs/performance.md has no <!-- bench:${name} --> … <!-- /bench:${name} --> block.`);
    process.exit(1);
  }
  console.log(`docs/performance.md: the ${name} tables are written.`);
}
