// Pure statistics for `npm run bench`: medians, percentiles, frame times, total blocking time,
// and how figures and ratios are printed. No clock, no browser.

/** The median of the numbers given (mean of the two middle ones for an even count), or null when none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The p-th percentile (0–100) by the nearest-rank method, or null when there are no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Frame times from requestAnimationFrame timestamps: the gaps between consecutive frames. */
export function frameTimes(timestamps: readonly number[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < timestamps.length; i++) gaps.push(timestamps[i]! - timestamps[i - 1]!);
  return gaps;
}

export interface Task {
  readonly start: number;
  readonly duration: number;
}

/** Total blocking time: the part beyond 50 ms of every long task that starts in [from, to). */
export function totalBlockingTime(tasks: readonly Task[], from = 0, to = Infinity): number {
  let total = 0;
  for (const task of tasks) if (task.start >= from && task.start < to) total += Math.max(0, task.duration - 50);
  return total;
}

/** The longest task that starts in [from, to), in ms; 0 when none was long. */
export function longestTask(tasks: readonly Task[], from = 0, to = Infinity): number {
  let longest = 0;
  for (const task of tasks) if (task.start >= from && task.start < to) longest = Math.max(longest, task.duration);
  return longest;
}

/** A script that ran in a long animation frame, the file it came from and its function's name
 * (or what invoked it), when Chromium gives them. */
export interface Script extends Task {
  readonly source: string;
  readonly name?: string;
}

/** The longest script that starts in [from, to) and whose file `matches`; null when none. */
export function longestScriptOf(scripts: readonly Script[], matches: (source: string) => boolean, from = 0, to = Infinity): Script | null {
  let longest: Script | null = null;
  for (const script of scripts)
    if (script.start >= from && script.start < to && matches(script.source) && script.duration > (longest?.duration ?? 0)) longest = script;
  return longest;
}

/** Its duration, in ms; 0 when none. */
export const longestScript = (scripts: readonly Script[], matches: (source: string) => boolean, from = 0, to = Infinity): number =>
  longestScriptOf(scripts, matches, from, to)?.duration ?? 0;

/** A duration for a table: "—" when missing, ms below 10 s, seconds above. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Bytes as MB with one decimal, "—" when missing. */
export function formatMb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** a / b for a table ("×2.4", "×0.51"); "—" when either is missing or b is zero. */
export function formatRatio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '—';
  const ratio = a / b;
  return `×${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}`;
}

/** The smallest of the values present, or null. */
export function best(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return present.length ? Math.min(...present) : null;
}

/** Pads the columns of rows of text into an aligned plain-text table. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The same rows as a Markdown table (first row as header). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [head, ...body] = rows;
  if (!head) return '';
  const line = (row: readonly string[]) => `| ${row.join(' | ')} |`;
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...body.map(line)].join('\n');
}
