// Page side of the import worker's reply (reply.ts): the dataset's JSON read a part at a time, the
// page given back between parts, each part checked with zod as it is read (protocol.ts). What is
// wrong is said with where it is in the dataset (`actors.2041`), as a check of the whole would.
import type { RawDataset } from '../data/schema';
import { ROW_LISTS, WorkerDatasetHeadSchema, WorkerRowsSchemas, type ReplyParts } from './protocol';

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

/** Parts a list may come in: 2,000 rows each (reply.ts), far beyond the limits on rows. */
const MAX_PARTS = 1000;

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

/** The dataset of a reply, or what is wrong with it; `pause` between parts gives the page back. */
export async function readReply(text: string, parts: ReplyParts, pause: () => Promise<void>): Promise<ReadReply> {
  if (!tiles(text, parts)) return unreadable('the reply’s parts do not match its text');
  const head = parsed(`${text.slice(0, parts.head)}}`);
  if (!head.ok) return unreadable(head.message);
  const checkedHead = WorkerDatasetHeadSchema.safeParse(head.value);
  if (!checkedHead.success) return { ok: false, issues: checkedHead.error.issues };
  const lists: Record<(typeof ROW_LISTS)[number], unknown[]> = { actors: [], people: [], places: [], relations: [] };
  for (const list of ROW_LISTS) {
    const rows = lists[list];
    for (const [start, end] of parts.rows[list] ?? []) {
      await pause();
      const part = parsed(`[${text.slice(start, end)}]`);
      if (!part.ok) return unreadable(part.message);
      const checked = WorkerRowsSchemas[list].safeParse(part.value);
      if (!checked.success) {
        const at = rows.length;
        return { ok: false, issues: checked.error.issues.map((issue) => ({ ...issue, path: [list, ...shifted(issue.path, at)] })) };
      }
      for (const row of checked.data) rows.push(row);
    }
  }
  const raw = { ...checkedHead.data, ...lists };
  if (raw.actors.length === 0) return { ok: false, issues: [{ path: ['actors'], message: 'the dataset has at least one actor' }] };
  return { ok: true, raw: raw as RawDataset };
}

/** A row's index in its part made its index in the whole list. */
const shifted = (path: readonly PropertyKey[], by: number): PropertyKey[] => {
  const [first, ...rest] = path;
  return typeof first === 'number' ? [first + by, ...rest] : [...path];
};
