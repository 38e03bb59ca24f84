// npm run bench -- [--runs N] [--sizes 1000,5000] [--targets app,sigma] [--no-node] [--no-build]
//                  [--no-workshop] [--screenshots] [--docs]
//
// 1. In Node: the pure core's timings (parse, search, layout) on the workshop and synthetic data.
// 2. In the system's Chromium, on the production build: the app beside force-graph, sigma v3 and
//    a blank page, on the workshop and on synthetic networks with places, runs interleaved; the
//    medians printed side by side with the app ÷ better-peer ratio, written to bench/results.json
//    (and, with --docs, into docs/performance.md between its "bench:latest" markers).
// Figures to read and compare, not assertions. See docs/performance.md.
import { cpus, release, totalmem, type as osType } from 'node:os';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser';
import { DEFAULT_RUNS, DEFAULT_SIZES, LARGE, RELATIONS_PER_ACTOR, TARGETS, VIEWPORT } from '../bench/config';
import { benchImport, benchInProcess, type InProcessFigures } from './bench-node';
import { measurePage, type RunMetrics, emptyMetrics } from './bench-page';
import { datasetRows, datasetTitle, summarise, type DatasetResult, type TargetId } from './bench-report';
import { textTable } from './bench-stats';
import { serveStatic } from './bench-server';
import { writeDocs } from './bench-docs';
import { syntheticDataset } from './synthetic';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runsOption = option('--runs');
const sizes = (option('--sizes') ?? DEFAULT_SIZES.join(','))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const runsFor = (actors: number) => (runsOption ? Math.max(1, Number(runsOption)) : actors >= LARGE ? 1 : DEFAULT_RUNS);
const only = option('--targets')?.split(',');
const targets = TARGETS.filter((t) => !only || only.includes(t.id));
/** --screenshots: a PNG of each page once its layout settled, in bench/.out/shots/, to look at. */
const shots = flag('--screenshots') ? `${root}bench/.out/shots` : null;
if (shots) mkdirSync(shots, { recursive: true });

let inProcess: InProcessFigures | null = null;
if (!flag('--no-node')) {
  console.log('— In Node, the pure core (no browser) —');
  inProcess = benchInProcess();
  await benchImport(inProcess);
  console.log();
}

// The production build of the app, and the peers beside it.
const dist = `${root}dist`;
const peersOut = `${root}bench/.out`;
if (!flag('--no-build')) {
  console.log('Building the app (vite build) and the peer pages…');
  await build({ root, logLevel: 'warn' });
  await build({ configFile: `${root}bench/vite.config.ts`, logLevel: 'warn' });
}

// The datasets, written where the pages fetch them (same origin).
const dataDir = `${root}bench/.data`;
mkdirSync(`${dataDir}/sessions`, { recursive: true });
interface Dataset {
  name: string;
  path: string | null; // served path for ?data=, null = the app's bundled workshop
  peerPath: string;
  actors: number;
  relations: number;
  places: number;
  bytes: number;
}
const datasets: Dataset[] = [];
if (!flag('--no-workshop')) {
  const json = readFileSync(`${root}data/workshop.json`, 'utf8');
  copyFileSync(`${root}data/workshop.json`, `${dataDir}/workshop.json`);
  const parsed = JSON.parse(json) as { actors: unknown[]; relations: unknown[]; places: unknown[] };
  datasets.push({
    name: 'workshop',
    path: null,
    peerPath: 'bench-data/workshop.json',
    actors: parsed.actors.length,
    relations: parsed.relations.length,
    places: parsed.places.length,
    bytes: json.length,
  });
}
for (const size of sizes) {
  const relations = Math.round(size * RELATIONS_PER_ACTOR);
  const { json, notes } = syntheticDataset(size, { relations, geography: 'spread' });
  const name = `synthetic-${size}`;
  writeFileSync(`${dataDir}/${name}.json`, json);
  for (const [path, text] of notes) writeFileSync(`${dataDir}/${path}`, text);
  const parsed = JSON.parse(json) as { relations: unknown[]; places: unknown[] };
  const path = `bench-data/${name}.json`;
  datasets.push({ name, path, peerPath: path, actors: size, relations: parsed.relations.length, places: parsed.places.length, bytes: json.length });
}

const server = await serveStatic({ '/': dist, '/peers/': `${peersOut}/peers`, '/bench-data/': dataDir });
let browser: Browser = await launch();
let helper: Page = await browser.newPage();
const chromium = browser.version();

async function relaunch() {
  await browser.close().catch(() => undefined);
  browser = await launch();
  helper = await browser.newPage();
}

/** The app's drawing surface, so the peers draw at the same size. */
async function appGraphSize(): Promise<{ width: number; height: number } | null> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(server.url, { timeout: 60_000 });
    const app = TARGETS.find((t) => t.id === 'app');
    // Once laid out: the surface is there before its first size (a 1×1 SVG for a moment).
    const surface = app?.surface ?? '#graph';
    await page.waitForFunction(
      (selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box !== undefined && box.width > 10 && box.height > 10;
      },
      surface,
      { timeout: 60_000 },
    );
    const box = await page.locator(surface).first().boundingBox({ timeout: 60_000 });
    return box && { width: box.width, height: box.height };
  } catch {
    return null;
  } finally {
    await context.close();
  }
}
const graphSize = await appGraphSize();
console.log(
  `Chromium ${chromium}; the app's graph area ${graphSize ? `${Math.round(graphSize.width)}×${Math.round(graphSize.height)}` : 'unknown'} in a ${VIEWPORT.width}×${VIEWPORT.height} window.\n`,
);

const results: DatasetResult[] = [];
const started = Date.now();
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1e9),
  os: `${osType()} ${release()}`,
  node: process.version,
  chromium,
  rendering: 'headless Chromium, software WebGL (SwiftShader)',
  date: new Date().toISOString(),
};
/** Written after each dataset, so a long run that is stopped keeps what it measured. */
function writeResults(complete: boolean) {
  const output = {
    machine,
    settings: {
      viewport: VIEWPORT,
      graphArea: graphSize,
      sizes,
      runs: Object.fromEntries(datasets.map((d) => [d.name, runsFor(d.actors)])),
      targets: targets.map((t) => t.id),
    },
    complete,
    minutes: Math.round((Date.now() - started) / 6000) / 10,
    inProcess,
    datasets: results,
  };
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(output, null, 2)}\n`);
  return output;
}

try {
  for (const dataset of datasets) {
    const runs: Partial<Record<TargetId, RunMetrics[]>> = {};
    const count = runsFor(dataset.actors);
    for (let run = 1; run <= count; run++) {
      for (const target of targets) {
        const url = new URL(target.url(target.id === 'app' ? dataset.path : dataset.peerPath, graphSize), server.url).href;
        const t0 = Date.now();
        let metrics: RunMetrics;
        const shot = shots ? `${shots}/${dataset.name}-${target.id}-${run}.png` : undefined;
        try {
          metrics = await measurePage(browser, helper, target, url, dataset.actors, target.id === 'app' ? dataset.path : dataset.peerPath, shot);
        } catch (error) {
          // The browser itself failed (crashed or stopped answering): start a fresh one.
          await relaunch();
          metrics = await measurePage(browser, helper, target, url, dataset.actors, target.id === 'app' ? dataset.path : dataset.peerPath).catch(() =>
            emptyMetrics([`the browser failed: ${String(error).split('\n')[0]}`]),
          );
        }
        (runs[target.id] ??= []).push(metrics);
        const status = [metrics.timedOut.length ? `timed out: ${metrics.timedOut.join(', ')}` : '', ...metrics.notes].filter(Boolean).join('; ');
        console.log(
          `  ${dataset.name} run ${run}/${count} ${target.label.padEnd(12)} ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s${status ? `  (${status})` : ''}`,
        );
      }
      if (dataset.actors >= LARGE) await relaunch(); // a fresh browser after the heaviest pages
    }
    const summary: DatasetResult['summary'] = {};
    for (const [id, list] of Object.entries(runs) as [TargetId, RunMetrics[]][]) summary[id] = summarise(list);
    const { name, actors, relations, places, bytes } = dataset;
    const result: DatasetResult = { name, actors, relations, places, bytes, runs, summary };
    results.push(result);
    console.log(`\n${datasetTitle(result)}\n${textTable(datasetRows(result))}\n`);
    writeResults(false);
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
const output = writeResults(true);
console.log(`Written to bench/results.json (${output.minutes} min). Machine: ${machine.cpu}, ${machine.cores} cores, Chromium ${chromium}.`);

if (flag('--docs')) {
  if (writeDocs('latest', machine, results)) console.log('The latest tables are in docs/performance.md.');
  else console.error('docs/performance.md has no <!-- bench:latest --> … <!-- /bench:latest --> block; nothing written there.');
}
