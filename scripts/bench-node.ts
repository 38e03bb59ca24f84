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
