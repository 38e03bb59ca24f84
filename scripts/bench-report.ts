// Turns the runs of `npm run bench` into medians, side-by-side tables with the app/best-peer ratio,
// and the Markdown summary for docs/performance.md. Pure: no clock, no browser, no files.
import { best, formatMb, formatMs, formatRatio, markdownTable, median } from './bench-stats';
import type { RunMetrics } from './bench-page';

export type TargetId = 'app' | 'force-graph' | 'sigma' | 'blank';
export const PEERS: readonly TargetId[] = ['force-graph', 'sigma'];
export const COLUMNS: readonly TargetId[] = ['app', 'force-graph', 'sigma', 'blank'];

export type NumericMetric = Exclude<keyof RunMetrics, 'timedOut' | 'notes'>;

export interface Summary {
  /** Median of the runs that gave a figure, per metric. */
  readonly median: Partial<Record<NumericMetric | 'firstDrawAfterData' | 'firstDrawAfterParse', number>>;
  /** Metrics that timed out in at least one run, with how many runs. */
  readonly timedOut: Readonly<Record<string, number>>;
  readonly runs: number;
}

export interface DatasetResult {
  readonly name: string;
  readonly actors: number;
  readonly relations: number;
  readonly places: number;
  readonly bytes: number;
  readonly runs: Partial<Record<TargetId, RunMetrics[]>>;
  readonly summary: Partial<Record<TargetId, Summary>>;
}

const NUMERIC: readonly NumericMetric[] = [
  'firstDraw',
  'dataLoaded',
  'settled',
  'longestTask',
  'totalBlockingTime',
  'layoutLongestTask',
  'layoutBlocking',
  'layoutOwnScript',
  'layoutMapScript',
  'zoomP50',
  'zoomP95',
  'zoomFrames',
  'panP50',
  'panP95',
  'panFrames',
  'click',
  'heap',
  'domElements',
];

/** What a page that never settled leaves without a figure (and, before it, one never drawn). */
const AFTER_SETTLE: readonly NumericMetric[] = [
  'settled',
  'longestTask',
  'totalBlockingTime',
  'layoutLongestTask',
  'layoutBlocking',
  'layoutOwnScript',
  'layoutMapScript',
  'zoomP50',
  'zoomP95',
  'panP50',
  'panP95',
  'click',
  'heap',
];

/** Which metric a timed-out step leaves without a figure. */
const STEP_METRICS: Readonly<Record<string, readonly NumericMetric[]>> = {
  load: ['firstDraw', ...AFTER_SETTLE],
  settle: AFTER_SETTLE,
  heap: ['heap', 'click', 'zoomP50', 'zoomP95', 'panP50', 'panP95'],
  click: ['click'], // no selection shown in time; the page went on
  'click+': ['click', 'zoomP50', 'zoomP95', 'panP50', 'panP95'], // the page stopped answering
  zoom: ['zoomP50', 'zoomP95', 'panP50', 'panP95'],
  pan: ['panP50', 'panP95'],
};

export function summarise(runs: readonly RunMetrics[]): Summary {
  const med: Partial<Record<NumericMetric | 'firstDrawAfterData' | 'firstDrawAfterParse', number>> = {};
  for (const metric of NUMERIC) {
    const value = median(runs.map((r) => r[metric]).filter((v): v is number => typeof v === 'number'));
    if (value !== null) med[metric] = value;
  }
  const after = median(runs.filter((r) => r.firstDraw !== null && r.dataLoaded !== null).map((r) => (r.firstDraw ?? 0) - (r.dataLoaded ?? 0)));
  if (after !== null) med.firstDrawAfterData = after;
  const afterParse = median(runs.filter((r) => r.firstDraw !== null && r.dataParsed !== null).map((r) => (r.firstDraw ?? 0) - (r.dataParsed ?? 0)));
  if (afterParse !== null) med.firstDrawAfterParse = afterParse;
  const timedOut: Record<string, number> = {};
  for (const run of runs) {
    for (const step of run.timedOut) for (const metric of STEP_METRICS[step] ?? [step]) timedOut[metric] = (timedOut[metric] ?? 0) + 1;
  }
  return { median: med, timedOut, runs: runs.length };
}

interface Row {
  readonly label: string;
  readonly metric: NumericMetric | 'firstDrawAfterData' | 'firstDrawAfterParse';
  readonly format: (v: number | null | undefined) => string;
  /** Compared with the better peer (lower is better for all of these). */
  readonly ratio: boolean;
  /** Shown for the blank page too. */
  readonly floor?: boolean;
}

const count = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v)));

export const ROWS: readonly Row[] = [
  { label: 'first drawing', metric: 'firstDraw', format: formatMs, ratio: true },
  { label: 'first drawing after data loaded', metric: 'firstDrawAfterData', format: formatMs, ratio: true },
  { label: 'first drawing after data parsed', metric: 'firstDrawAfterParse', format: formatMs, ratio: true },
  { label: 'settled layout', metric: 'settled', format: formatMs, ratio: true },
  { label: 'longest task (load)', metric: 'longestTask', format: formatMs, ratio: true },
  { label: 'total blocking time (load)', metric: 'totalBlockingTime', format: formatMs, ratio: true },
  { label: 'longest task (layout)', metric: 'layoutLongestTask', format: formatMs, ratio: true },
  { label: 'total blocking time (layout)', metric: 'layoutBlocking', format: formatMs, ratio: true },
  { label: 'longest script of the page (layout)', metric: 'layoutOwnScript', format: formatMs, ratio: true },
  { label: 'longest script of MapLibre (layout)', metric: 'layoutMapScript', format: formatMs, ratio: false },
  { label: 'zoom frame p50', metric: 'zoomP50', format: formatMs, ratio: true, floor: true },
  { label: 'zoom frame p95', metric: 'zoomP95', format: formatMs, ratio: true, floor: true },
  { label: 'zoom frames in 3 s', metric: 'zoomFrames', format: count, ratio: false, floor: true },
  { label: 'pan frame p50', metric: 'panP50', format: formatMs, ratio: true, floor: true },
  { label: 'pan frame p95', metric: 'panP95', format: formatMs, ratio: true, floor: true },
  { label: 'pan frames in 3 s', metric: 'panFrames', format: count, ratio: false, floor: true },
  { label: 'click to selection shown', metric: 'click', format: formatMs, ratio: true },
  { label: 'JS heap after GC', metric: 'heap', format: formatMb, ratio: true, floor: true },
  { label: 'DOM elements', metric: 'domElements', format: count, ratio: false, floor: true },
];

function cell(summary: Summary | undefined, row: Row, floor: boolean): string {
  if (!summary || (floor && !row.floor)) return '';
  const value = summary.median[row.metric];
  const timedOut = summary.timedOut[row.metric] ?? 0;
  if (value === undefined) return timedOut ? 'timed out' : '—';
  return timedOut ? `${row.format(value)} (${timedOut}/${summary.runs} timed out)` : row.format(value);
}

/** The table of one dataset: one row per metric, one column per page, then app ÷ better peer. */
export function datasetRows(result: DatasetResult): string[][] {
  const rows: string[][] = [['', 'Maillage', 'force-graph', 'sigma v3', 'blank page', 'app ÷ best peer']];
  for (const row of ROWS) {
    const app = result.summary.app?.median[row.metric];
    const bestPeer = best(PEERS.map((p) => result.summary[p]?.median[row.metric]));
    rows.push([row.label, ...COLUMNS.map((c) => cell(result.summary[c], row, c === 'blank')), row.ratio ? formatRatio(app, bestPeer) : '']);
  }
  return rows;
}

export function datasetTitle(result: DatasetResult): string {
  const runs = Math.max(0, ...Object.values(result.summary).map((s) => s.runs));
  return `${result.name}: ${result.actors.toLocaleString('en')} actors, ${result.relations.toLocaleString('en')} relations, ${result.places.toLocaleString('en')} places (${(result.bytes / 1024).toFixed(0)} kB), median of ${runs} run${runs === 1 ? '' : 's'}`;
}

export function markdownSummary(results: readonly DatasetResult[]): string {
  return results.map((r) => `#### ${datasetTitle(r)}\n\n${markdownTable(datasetRows(r))}`).join('\n\n');
}
