// The import worker's answer on both sides. The worker sends the dataset it has validated in full
// (defaults filled in) with the text to keep; the page checks the reply's shape with zod
// (protocol.ts) and indexes it in slices, without validating or cloning it again, so that
// opening 100,000 rows does not freeze the page.
import { DatasetSchema, type RawDataset } from '../data/schema';
import type { Dataset } from '../data/dataset';

/** Worker side: the plain, validated dataset (without the lookup tables) and the text to keep. */
export function replyOf(result: { readonly raw: unknown; readonly dataset: Dataset }): { dataset: RawDataset; text: string } {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(DatasetSchema.shape)) {
    const value = (result.dataset as unknown as Record<string, unknown>)[key];
    if (value !== undefined) plain[key] = value;
  }
  return { dataset: plain as RawDataset, text: JSON.stringify(result.raw) };
}
