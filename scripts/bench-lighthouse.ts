// npm run bench:lighthouse [-- --runs N] [--no-build]
// Lighthouse (mobile preset: its default emulated phone, slow 4G and 4× CPU slowdown) on the
// workshop, served from the production build; prints the performance score and the total blocking
// time of each run and their medians, and writes them to bench/lighthouse.json. Uses the system's
// Chromium (CHROME_PATH, else the usual paths); downloads nothing.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChrome, CHROME_ARGS } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';
import { formatMs, median } from './bench-stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsIndex = args.indexOf('--runs');
const runs = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1])) : 3;
if (!args.includes('--no-build')) await build({ root, logLevel: 'warn' });

interface Report {
  lighthouseVersion: string;
  environment: { hostUserAgent: string; benchmarkIndex: number };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}

const chrome = findChrome();
const server = await serveStatic({ '/': `${root}dist` });
mkdirSync(`${root}bench/.out`, { recursive: true });
const figures: { score: number | null; tbt: number | null; fcp: number | null; lcp: number | null; tti: number | null }[] = [];
let version = '';
let benchmarkIndex: number | null = null;
try {
  for (let run = 1; run <= runs; run++) {
    const out = `${root}bench/.out/lighthouse-${run}.json`;
    await promisify(execFile)(
      `${root}node_modules/.bin/lighthouse`,
      [
        server.url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    version = report.lighthouseVersion;
    benchmarkIndex = report.environment.benchmarkIndex;
    const audit = (id: string) => report.audits[id]?.numericValue ?? null;
    const score = report.categories.performance.score;
    const row = { score: score === null ? null : Math.round(score * 100), tbt: audit('total-blocking-time'), fcp: audit('first-contentful-paint'), lcp: audit('largest-contentful-paint'), tti: audit('interactive') };
    figures.push(row);
    console.log(`run ${run}/${runs}: performance ${row.score}, total blocking time ${formatMs(row.tbt)}, FCP ${formatMs(row.fcp)}, LCP ${formatMs(row.lcp)}, TTI ${formatMs(row.tti)}`);
  }
} finally {
  await server.close();
}
const med = (key: keyof (typeof figures)[number]) => median(figures.map((f) => f[key]).filter((v): v is number => v !== null));
const summary = { score: med('score'), tbt: med('tbt'), fcp: med('fcp'), lcp: med('lcp'), tti: med('tti') };
console.log(`median of ${runs}: performance ${summary.score}, total blocking time ${formatMs(summary.tbt)} (goal of issue 10: ≤ 200 ms)`);
writeFileSync(
  `${root}bench/lighthouse.json`,
  `${JSON.stringify({ date: new Date().toISOString(), lighthouse: version, benchmarkIndex, preset: 'mobile (default)', page: 'workshop', runs: figures, median: summary }, null, 2)}\n`,
);
