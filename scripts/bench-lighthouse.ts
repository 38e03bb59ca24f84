// npm run bench:lighthouse [-- --runs N] [--no-build] [--preset mobile|desktop|both] [--dist DIR] [--out FILE] [--save-assets]
// Lighthouse on the workshop, served from the production build: the mobile preset (its default
// emulated phone, slow 4G and 4× CPU slowdown) and the desktop preset (`--preset=desktop`), all four
// categories (performance, accessibility, best practices, SEO). Prints each run's scores, total
// blocking time, FCP, LCP, TTI and CLS, and their medians, and writes them to bench/lighthouse.json;
// the full reports are in bench/.out/lighthouse-<preset>-<run>.json. Uses the system's Chromium
// (CHROME_PATH, else the usual paths); downloads nothing. `--dist DIR` measures another build (an
// earlier commit's, built with `npx vite build --outDir DIR`), written to `--out FILE`.
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
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 3));
const presetOption = option('--preset') ?? 'both';
const presets = (presetOption === 'both' ? ['mobile', 'desktop'] : [presetOption]).filter((p): p is 'mobile' | 'desktop' => p === 'mobile' || p === 'desktop');
if (presets.length === 0) throw new Error(`--preset: mobile, desktop or both, not ${presetOption}`);
const dist = option('--dist') ?? `${root}dist`;
const outFile = option('--out') ?? `${root}bench/lighthouse.json`;
if (!args.includes('--no-build') && !option('--dist')) await build({ root, logLevel: 'warn' });

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

interface Report {
  lighthouseVersion: string;
  environment: { hostUserAgent: string; benchmarkIndex: number };
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string; title: string }>;
}

interface Row {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  tbt: number | null;
  fcp: number | null;
  lcp: number | null;
  tti: number | null;
  cls: number | null;
}

const chrome = findChrome();
// Gzipped, as any real static host serves it (see bench-server.ts).
const server = await serveStatic({ '/': dist }, { gzip: true });
mkdirSync(`${root}bench/.out`, { recursive: true });
const results: Record<string, { runs: Row[]; median: Record<keyof Row, number | null>; failing: string[] }> = {};
let version = '';
let benchmarkIndex: number | null = null;
const percent = (score: number | null | undefined) => (score === null || score === undefined ? null : Math.round(score * 100));
try {
  for (const preset of presets) {
    const rows: Row[] = [];
    const failing = new Set<string>();
    for (let run = 1; run <= runs; run++) {
      const out = `${root}bench/.out/lighthouse-${option('--dist') ? 'other-' : ''}${preset}-${run}.json`;
      await promisify(execFile)(
        `${root}node_modules/.bin/lighthouse`,
        [
          server.url,
          `--only-categories=${categories.join(',')}`,
          ...(preset === 'desktop' ? ['--preset=desktop'] : []),
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          // --save-assets: the run's trace beside its report (<report>-0.trace.json), for
          // `tsx scripts/trace-load.ts --from` to name what each long task was.
          ...(process.argv.includes('--save-assets') ? ['--save-assets'] : []),
          `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      version = report.lighthouseVersion;
      benchmarkIndex = report.environment.benchmarkIndex;
      const audit = (id: string) => report.audits[id]?.numericValue ?? null;
      const row: Row = {
        performance: percent(report.categories.performance.score),
        accessibility: percent(report.categories.accessibility.score),
        'best-practices': percent(report.categories['best-practices'].score),
        seo: percent(report.categories.seo.score),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tti: audit('interactive'),
        cls: audit('cumulative-layout-shift'),
      };
      // Audits that count in a non-performance category and did not pass: what to fix.
      for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
        for (const ref of report.categories[category].auditRefs) {
          const a = report.audits[ref.id];
          if (a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
            failing.add(`${category}: ${ref.id} (${a.title})`);
        }
      }
      rows.push(row);
      console.log(
        `${preset} run ${run}/${runs}: performance ${row.performance}, accessibility ${row.accessibility}, best practices ${row['best-practices']}, SEO ${row.seo}; ` +
          `TBT ${formatMs(row.tbt)}, FCP ${formatMs(row.fcp)}, LCP ${formatMs(row.lcp)}, TTI ${formatMs(row.tti)}, CLS ${row.cls?.toFixed(3)}`,
      );
    }
    const med = (key: keyof Row) => median(rows.map((f) => f[key]).filter((v): v is number => v !== null));
    const summary = Object.fromEntries((Object.keys(rows[0]!) as (keyof Row)[]).map((k) => [k, med(k)])) as Record<keyof Row, number | null>;
    results[preset] = { runs: rows, median: summary, failing: [...failing] };
    console.log(
      `${preset}, median of ${runs}: performance ${summary.performance}, accessibility ${summary.accessibility}, best practices ${summary['best-practices']}, SEO ${summary.seo}; ` +
        `TBT ${formatMs(summary.tbt)} (goal on mobile: ≤ 200 ms), FCP ${formatMs(summary.fcp)}, LCP ${formatMs(summary.lcp)}, TTI ${formatMs(summary.tti)}, CLS ${summary.cls?.toFixed(3)}`,
    );
    for (const f of failing) console.log(`  not passed — ${f}`);
  }
} finally {
  await server.close();
}
writeFileSync(outFile, `${JSON.stringify({ date: new Date().toISOString(), lighthouse: version, benchmarkIndex, page: 'workshop', ...results }, null, 2)}\n`);
