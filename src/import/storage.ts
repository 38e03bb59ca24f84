// "My data": datasets opened in the app, kept in this browser (IndexedDB through idb-keyval) so
// they reopen after a reload or a restart, offline. What comes back is schema-checked: a list
// entry by zod here, the dataset itself by the loader when it is opened.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import { slug } from './text';

export const SavedMetaSchema = lazySchema(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1).max(500),
    size: z.number().int().nonnegative(),
    savedAt: z.iso.datetime(),
  }),
);
export type SavedMeta = z.infer<typeof SavedMetaSchema>;
const IndexSchema = lazySchema(() => z.array(built(SavedMetaSchema)));
const TextSchema = lazySchema(() => z.string().min(1));

const INDEX = 'index';
const dataKey = (id: string) => `dataset:${id}`;

export type SaveResult = { readonly ok: true; readonly meta: SavedMeta } | { readonly ok: false };

export interface DatasetStorage {
  /** The kept datasets, newest first; null when this browser keeps nothing. */
  list(): Promise<SavedMeta[] | null>;
  save(entry: { name: string; size: number; text: string }, now: Date): Promise<SaveResult>;
  /** The dataset's JSON text, or null when it is not (or no longer) kept. */
  read(id: string): Promise<string | null>;
  remove(id: string): Promise<boolean>;
}

export function createDatasetStorage(store?: UseStore): DatasetStorage {
  let db: UseStore | undefined = store;
  const use = (): UseStore => (db ??= createStore('maillage-data', 'datasets'));
  const readIndex = async (): Promise<SavedMeta[]> => {
    const parsed = IndexSchema.safeParse((await get(INDEX, use())) ?? []);
    return parsed.success ? parsed.data : [];
  };
  return {
    async list() {
      try {
        return await readIndex();
      } catch {
        return null;
      }
    },
    async save({ name, size, text }, now) {
      const meta: SavedMeta = { id: `${slug(name, 'data')}-${now.getTime().toString(36)}`, name, size, savedAt: now.toISOString() };
      try {
        await set(dataKey(meta.id), text, use());
        const index = await readIndex();
        await set(INDEX, [meta, ...index.filter((m) => m.id !== meta.id)], use());
        return { ok: true, meta };
      } catch {
        return { ok: false };
      }
    },
    async read(id) {
      try {
        const parsed = TextSchema.safeParse(await get(dataKey(id), use()));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async remove(id) {
      try {
        await set(
          INDEX,
          (await readIndex()).filter((m) => m.id !== id),
          use(),
        );
        await del(dataKey(id), use());
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** `?dataset=local:<id>`: the kept dataset the address names, if any. */
export function localDatasetId(search: string): string | null {
  const raw = new URLSearchParams(search).get('dataset');
  const m = raw === null ? null : /^local:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(raw);
  return m ? m[1]! : null;
}
