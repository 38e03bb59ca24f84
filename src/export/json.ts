// Maillage's own JSON: the dataset as its schema holds it, without the app's lookup tables, so
// that loadDataset reads it back as the same network.
import type { Dataset } from '../data/dataset';
import { DatasetSchema } from '../data/schema';

export function toRawDataset(dataset: Dataset): Record<string, unknown> {
  const source: Record<string, unknown> = { ...dataset };
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(DatasetSchema.shape)) if (key !== '$schema' && source[key] !== undefined) raw[key] = source[key];
  return raw;
}

export const jsonText = (dataset: Dataset): string => `${JSON.stringify(toRawDataset(dataset), null, 2)}\n`;
