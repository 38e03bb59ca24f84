// The import worker's answer: the dataset it has validated in full (defaults filled in), as JSON
// text, which is also the text kept in this browser, and where its lists of rows lie in that text,
// in parts of ROWS_PER_PART rows. The page reads it a few parts at a time (readReply.ts), checks
// its shape with zod (protocol.ts) and indexes it in slices, without validating or cloning it again:
// one JSON.parse of 15,000 actors and their relations held the page for a tenth of a second.
import { DatasetSchema } from '../data/schema';
import type { Dataset } from '../data/dataset';
import { ROW_LISTS, type ReplyParts, type RowList } from './protocol';

/** Rows of a part, the least the page reads in one go (one JSON.parse, which cannot be cut): a
 * millisecond or so here. The page reads as many parts as fit in a slice of a few milliseconds
 * (readReply.ts); at 2,000 rows a part alone made a task of 60 ms at 15,000 actors. */
export const ROWS_PER_PART = 250;

/** Worker side: the plain, validated dataset (without the lookup tables) as JSON, and its parts. */
export function replyOf(result: { readonly dataset: Dataset }, rowsPerPart = ROWS_PER_PART): { text: string; parts: ReplyParts } {
  const perPart = Math.max(1, Math.floor(rowsPerPart));
  const dataset = result.dataset as unknown as Record<string, unknown>;
  const head: Record<string, unknown> = {};
  for (const key of Object.keys(DatasetSchema.shape)) {
    if ((ROW_LISTS as readonly string[]).includes(key)) continue;
    if (dataset[key] !== undefined) head[key] = dataset[key];
  }
  // The head's members, then each list of rows: the same JSON as JSON.stringify of the whole.
  let text = JSON.stringify(head).slice(0, -1);
  const headEnd = text.length;
  let first = headEnd === 1;
  const rows: Partial<Record<RowList, [number, number][]>> = {};
  for (const list of ROW_LISTS) {
    const all = dataset[list] as readonly unknown[] | undefined;
    if (all === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(list)}:[`;
    first = false;
    const spans: [number, number][] = [];
    for (let from = 0; from < all.length; from += perPart) {
      const part = JSON.stringify(all.slice(from, from + perPart)).slice(1, -1);
      if (from > 0) text += ',';
      spans.push([text.length, text.length + part.length]);
      text += part;
    }
    rows[list] = spans;
    text += ']';
  }
  return { text: `${text}}`, parts: { head: headEnd, rows } };
}
