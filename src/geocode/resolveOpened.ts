// The step between reading a file and keeping it: places named without coordinates are looked up
// in the gazetteer (fetched only now, and only when some are), and the dataset is checked again.
// For the Open data flow: call it on a fresh import before saving, and show its report.
import { validateDataset } from '../data/load';
import type { Dataset } from '../data/dataset';
import { DatasetSchema } from '../data/schema';
import type { Gazetteer } from './gazetteer';
import { placeActors, type GeocodingReport, type PlaceRequest } from './placeDataset';

export type ResolveOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly text: string; readonly report: GeocodingReport | null }
  | { readonly ok: false; readonly error: string };

export async function resolvePlaces(file: string, raw: unknown, requests: readonly PlaceRequest[], load: () => Promise<Gazetteer>): Promise<ResolveOutcome> {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'the dataset does not match the schema' };
  let gazetteer: Gazetteer;
  try {
    gazetteer = await load();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const placed = placeActors(parsed.data, requests, gazetteer);
  const checked = validateDataset(placed.raw, { file });
  if (!checked.ok) return { ok: false, error: checked.problems.map((p) => `${p.path} ${p.message}`).join('; ') };
  return { ok: true, dataset: checked.dataset, text: JSON.stringify(placed.raw), report: placed.report };
}
