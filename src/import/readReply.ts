// Page side of the import worker's reply (reply.ts): the dataset's JSON read a few parts at a time
// (as many as fit in a slice of a few milliseconds), the page given back between slices, each part
// checked with zod as it is read (protocol.ts). What is wrong is said with where it is in the
// dataset (`actors.2041`), as a check of the whole would.
import type { RawDataset } from '../data/schema';
import { ROW_LISTS, WorkerDatasetHeadSchema, WorkerRowsSchemas, type ReplyParts, type RowList } from './protocol';
import { MAX_ROWS } from './limits';
import { ROWS_PER_PART } from './reply';
import { runInSlices } from '../ui/workSteps';

export type ReplyIssue = { readonly path: PropertyKey[]; readonly message: string };
export type ReadReply = { readonly ok: true; readonly raw: RawDataset } | { readonly ok: false; readonly issues: readonly ReplyIssue[] };

const unreadable = (message: string): ReadReply => ({ ok: false, issues: [{ path: [], message }] });

function parsed(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `the reply is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Parts a list may come in: enough for the most rows a file may hold (limits.ts) in parts of
 * ROWS_PER_PART (reply.ts). */
const MAX_PARTS = Math.ceil(MAX_ROWS / ROWS_PER_PART);

/**
 * Whether `parts` tile `text` exactly as replyOf writes it: the head, then each list's name and its
 * parts one after the other, separated by commas, then the closing brace. Nothing outside the
 * parts goes unread, so the text (kept in this browser) is the dataset shown, no row is read twice.
 */
function tiles(text: string, parts: ReplyParts): boolean {
  let at = parts.head;
  const expect = (glue: string) => {
    if (text.startsWith(glue, at)) at += glue.length;
    else at = -1;
    return at >= 0;
  };
  for (const [k, list] of ROW_LISTS.entries()) {
    const spans = parts.rows[list];
    if (spans === undefined || spans.length > MAX_PARTS) return false;
    if (!expect(`${k === 0 && parts.head === 1 ? '' : ','}${JSON.stringify(list)}:[`)) return false;
    for (const [i, [start, end]] of spans.entries()) {
      if ((i > 0 && !expect(',')) || start !== at || end <= start || end > text.length) return false;
      at = end;
    }
    if (!expect(']')) return false;
  }
  return expect('}') && at === text.length;
}

type Lists = Record<RowList, unknown[]>;

type HeadKey = keyof typeof WorkerDatasetHeadSchema.shape;

/**
 * The head checked as WorkerDatasetHeadSchema would (a strict object, defaults filled in), a member
 * per step: the first check of the dataset's schemas on the page is their slowest (zod makes their
 * parts ready when first used), a few tens of milliseconds in one go on this machine.
 */
function* checkHead(value: unknown): Generator<void, { head: Record<string, unknown> } | { wrong: ReadReply }, void> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { wrong: unreadable('the reply’s head is not an object') };
  const input = value as Record<string, unknown>;
  // Read here, not when the module is evaluated: the schema is built when first used (lazySchema.ts).
  const headKeys = Object.keys(WorkerDatasetHeadSchema.shape) as HeadKey[];
  const unknown = Object.keys(input).filter((key) => !(headKeys as string[]).includes(key));
  if (unknown.length > 0) return { wrong: unreadable(`the reply’s head has unknown keys: ${unknown.join(', ')}`) };
  const head: Record<string, unknown> = {};
  for (const key of headKeys) {
    const checked = WorkerDatasetHeadSchema.shape[key].safeParse(input[key]);
    if (!checked.success) return { wrong: { ok: false, issues: checked.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })) } };
    if (checked.data !== undefined || key in input) head[key] = checked.data;
    yield;
  }
  return { head };
}

/** Reading the rows, a part per step: parsed, checked with zod, each row handed to `eachRow`;
 * the issues of the first part found wrong, or null. */
function* readRows(text: string, parts: ReplyParts, lists: Lists, eachRow: (row: object) => void): Generator<void, ReadReply | null, void> {
  for (const list of ROW_LISTS) {
    const rows = lists[list];
    for (const [start, end] of parts.rows[list] ?? []) {
      const part = parsed(`[${text.slice(start, end)}]`);
      if (!part.ok) return unreadable(part.message);
      const checked = WorkerRowsSchemas[list].safeParse(part.value);
      if (!checked.success) {
        const at = rows.length;
        return { ok: false, issues: checked.error.issues.map((issue) => ({ ...issue, path: [list, ...shifted(issue.path, at)] })) };
      }
      for (const row of checked.data) {
        eachRow(row);
        rows.push(row);
      }
      yield;
    }
  }
  return null;
}

/**
 * The dataset of a reply, or what is wrong with it. The rows are read in slices of a few
 * milliseconds, measured (as many parts as fit), `pause` giving the page back between slices;
 * `eachRow` is given each row as it is read (the page interns and freezes them then, while the
 * copies JSON.parse made are still young).
 */
export async function readReply(text: string, parts: ReplyParts, pause: () => Promise<void>, eachRow: (row: object) => void = () => {}): Promise<ReadReply> {
  // A task of its own after the message's check: the first zod check of the dataset's schemas on
  // the page costs most (their parts are made ready when first used).
  await pause();
  if (!tiles(text, parts)) return unreadable('the reply’s parts do not match its text');
  const head = parsed(`${text.slice(0, parts.head)}}`);
  if (!head.ok) return unreadable(head.message);
  const checkedHead = await runInSlices(checkHead(head.value), pause);
  if (!checkedHead) return unreadable('the reply’s head was not read');
  if ('wrong' in checkedHead) return checkedHead.wrong;
  const lists: Lists = { actors: [], people: [], places: [], relations: [] };
  await pause();
  const wrong = await runInSlices(readRows(text, parts, lists, eachRow), pause);
  if (wrong) return wrong;
  const raw = { ...checkedHead.head, ...lists };
  if (raw.actors.length === 0) return { ok: false, issues: [{ path: ['actors'], message: 'the dataset has at least one actor' }] };
  return { ok: true, raw: raw as RawDataset };
}

/** A row's index in its part made its index in the whole list. */
const shifted = (path: readonly PropertyKey[], by: number): PropertyKey[] => {
  const [first, ...rest] = path;
  return typeof first === 'number' ? [first + by, ...rest] : [...path];
};
