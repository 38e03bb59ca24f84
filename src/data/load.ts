// The only way data gets into Maillage: text in, a validated and indexed Dataset or a list of
// problems out. Nothing is half-accepted.
import { DatasetSchema, LIMITS, type RawDataset } from './schema';
import { checkIntegrity } from './integrity';
import { jsonSyntaxProblem, zodProblems, type Problem } from './problems';
import { indexDataset, type Dataset } from './dataset';
import { englishNotePath } from './noteParts';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface LoadOptions {
  /** Name shown in problems, e.g. "data/workshop.json". */
  readonly file: string;
  /** Reads a Markdown note by its path relative to the data folder ("sessions/01-x.md"). */
  readonly readNote?: (path: string) => string | undefined;
}

const BOM = '\uFEFF';

export function parseJsonText(file: string, text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const clean = text.startsWith(BOM) ? text.slice(1) : text;
  if (clean.trim() === '') return { ok: false, problem: { file, path: '', message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(clean) as unknown };
  } catch (error) {
    return { ok: false, problem: jsonSyntaxProblem(file, clean, error) };
  }
}

/** A dataset checked but not indexed: its validated data and the notes it names, or its problems. */
export type RawResult =
  | { readonly ok: true; readonly raw: RawDataset; readonly notes: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Validation and integrity, without the index: what the build checks the shipped workshop with
 * (scripts/workshopPlugin.ts), so that the page only indexes it. */
export function validateRawDataset(value: unknown, options: LoadOptions): RawResult {
  const { file, readNote = () => undefined } = options;
  const parsed = DatasetSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, DatasetSchema, value, parsed.error) };
  const raw: RawDataset = parsed.data;
  const notes = new Map<string, string>();
  const tooLong: Problem[] = [];
  for (const [i, session] of raw.sessions.entries()) {
    if (session.notes === undefined) continue;
    // The note, and its English version beside it when there is one (sessions/01-x.en.md).
    for (const path of [session.notes, englishNotePath(session.notes)]) {
      const text = readNote(path);
      if (text === undefined) continue;
      notes.set(path, text);
      if (text.length > LIMITS.noteLength) {
        const message = `note file "${path}" has ${text.length.toLocaleString('en')} characters; at most ${LIMITS.noteLength.toLocaleString('en')} characters`;
        tooLong.push({ file, path: `sessions[${i}].notes`, message });
      }
    }
  }
  const problems = [...tooLong, ...checkIntegrity(file, raw, (path) => notes.has(path))];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, raw, notes: Object.fromEntries(notes) };
}

const indexed = (checked: RawResult): LoadResult => (checked.ok ? { ok: true, dataset: indexDataset(checked.raw, checked.notes) } : checked);

export function validateDataset(value: unknown, options: LoadOptions): LoadResult {
  return indexed(validateRawDataset(value, options));
}

/** The text parsed, validated and checked, without the index. */
export function loadRawDataset(text: string, options: LoadOptions): RawResult {
  const json = parseJsonText(options.file, text);
  return json.ok ? validateRawDataset(json.value, options) : { ok: false, problems: [json.problem] };
}

export function loadDataset(text: string, options: LoadOptions): LoadResult {
  return indexed(loadRawDataset(text, options));
}
