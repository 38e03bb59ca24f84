// First section of `npm run bench`: how long the pure core takes in Node (no browser) on the
// workshop and on larger synthetic datasets. Figures to read and compare, not assertions.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { loadDataset } from '../src/data/load';
import { createSearchIndex } from '../src/data/search';
import { spotlight, visibleActorIds, visibleRelations } from '../src/state/derive';
import { noFilters } from '../src/state/viewState';
import type { Dataset } from '../src/data/dataset';
import { syntheticDataset } from './synthetic';
import { readDatasetFromDisk } from './nodeDataset';
import { buildModel } from '../src/graph/model';
import { buildScene } from '../src/graph/scene';
import { toCsvSet } from '../src/export/csv';
import { gexfText } from '../src/export/gexf';
import { parseFile } from '../src/import/parseFile';

/** Mean ms per call, by dataset name then label. */
export type InProcessFigures = Record<string, Record<string, number>>;

function benchDataset(name: string, json: string, notes: ReadonlyMap<string, string>, d: Dataset, figures: InProcessFigures) {
  const mine: Record<string, number> = (figures[name] = {});
  const time = (label: string, runs: number, fn: () => unknown): void => {
    if (runs > 1) fn(); // warm up (not for the heavy single runs)
    const start = performance.now();
    for (let i = 0; i < runs; i++) fn();
    const ms = (performance.now() - start) / runs;
    mine[label] = Math.round(ms * 1000) / 1000;
    console.log(`  ${label.padEnd(34)} ${ms < 1 ? ms.toFixed(3) : ms.toFixed(1)} ms`);
  };
  console.log(`${name}: ${d.actors.length} actors, ${d.relations.length} relations, ${(json.length / 1024).toFixed(0)} kB`);
  time('parse + validate + index', 5, () => loadDataset(json, { file: name, readNote: (p) => notes.get(p) }));
  time('build search index', 5, () => createSearchIndex(d));
  const index = createSearchIndex(d);
  time('search "lille"', 50, () => index.search('lille', 'fr'));
  time('visible actors + relations', 50, () => visibleRelations(d, noFilters, visibleActorIds(d, noFilters)));
  time('spotlight of an actor', 50, () => spotlight(d, { type: 'actor', id: d.actors[0]?.id ?? '' }));
  // Large graphs get a cheaper layout and label placement (src/graph/crowding.ts, labels.ts
  // CROWDED): the targets are < 800 ms at 500 actors and < 6 s at 2000, per layout.
  const runs = d.actors.length > 100 ? 1 : 10;
  for (const layout of ['rings', 'free'] as const) {
    time(`graph layout + labels (${layout}, 867×787)`, runs, () =>
      buildScene(d, buildModel(d, { showPeople: true, showSessions: true, filters: noFilters }), { width: 867, height: 787, layout, lang: 'fr' }),
    );
  }
}

export function benchInProcess(): InProcessFigures {
  const figures: InProcessFigures = {};
  const root = fileURLToPath(new URL('..', import.meta.url));
  const shipped = readDatasetFromDisk(`${root}data`);
  if (!shipped.ok) throw new Error('shipped data invalid');
  const workshopJson = readFileSync(`${root}data/workshop.json`, 'utf8');
  const notes = new Map(
    shipped.dataset.sessions.flatMap((s) => (s.notes === undefined ? [] : [[s.notes, shipped.dataset.notesBySession.get(s.id) ?? ''] as const])),
  );
  benchDataset('workshop', workshopJson, notes, shipped.dataset, figures);

  for (const size of [500, 2000]) {
    const { json, notes } = syntheticDataset(size);
    const result = loadDataset(json, { file: `synthetic-${size}`, readNote: (p) => notes.get(p) });
    if (!result.ok) throw new Error(`synthetic ${size} invalid: ${result.problems[0]?.message}`);
    benchDataset(`synthetic-${size}`, json, notes, result.dataset, figures);
  }
  return figures;
}

/**
 * Opening a spreadsheet or a Gephi file, as the import worker does (read, match columns, convert,
 * validate): a 10,000-row CSV (actors and relations in one sheet, as Maillage exports it) and a
 * 5,000-node GEXF, both written from synthetic networks by the app's own exporters.
 */
export async function benchImport(figures: InProcessFigures): Promise<void> {
  const mine: Record<string, number> = (figures.import = {});
  const timed = async (label: string, bytes: Uint8Array, name: string) => {
    const start = performance.now();
    const result = await parseFile(bytes, name);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`${name} did not open: ${JSON.stringify(result.problems[0])}`);
    mine[label] = Math.round(ms);
    console.log(`  ${label.padEnd(44)} ${ms.toFixed(0)} ms (${(bytes.byteLength / 1024).toFixed(0)} kB)`);
  };
  const loaded = (n: number): Dataset => {
    const { json, notes } = syntheticDataset(n);
    const result = loadDataset(json, { file: `synthetic-${n}`, readNote: (p) => notes.get(p) });
    if (!result.ok) throw new Error(`synthetic ${n} invalid`);
    return result.dataset;
  };
  // About 3,400 actors and 6,600 relations: 10,000 rows in network.csv.
  const csv = toCsvSet(loaded(3_400)).find((f) => f.name === 'network.csv');
  if (!csv) throw new Error('no network.csv');
  const rows = csv.text.split('\n').length - 2;
  console.log(`import: network.csv of ${rows.toLocaleString('en')} rows, network.gexf of 5,000 nodes`);
  await timed('open + validate a 10,000-row CSV', new TextEncoder().encode(csv.text), 'network.csv');
  await timed('open + validate a 5,000-node GEXF', new TextEncoder().encode(gexfText(loaded(5_000))), 'network.gexf');
}
