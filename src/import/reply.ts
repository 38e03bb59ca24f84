// The import worker's answer: the dataset it has validated in full (defaults filled in), as JSON
// text, which is also the text kept in this browser. The page reads it, checks its shape with zod
// (protocol.ts, client.ts) and indexes it in slices, without validating or cloning it again, so
// that opening 100,000 rows does not freeze the page.
import { DatasetSchema } from '../data/schema';
import type { Dataset } from '../data/dataset';

/** Worker side: the plain, validated dataset (without the lookup tables) as JSON. */
export function replyOf(result: { readonly dataset: Dataset }): { text: string } {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(DatasetSchema.shape)) {
    const value = (result.dataset as unknown as Record<string, unknown>)[key];
    if (value !== undefined) plain[key] = value;
  }
  return { text: JSON.stringify(plain) };
}
