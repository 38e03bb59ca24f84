// Facilitator notes, kept in the browser (IndexedDB through idb-keyval). Every change is saved:
// debounced while typing, flushed at once when the page is hidden or left. Stored values are an
// edge: each is checked with zod when read, and one that cannot be read is never thrown away: its
// raw text is moved, in the same transaction, under a `recovered:` key and shown to the person.
import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { NoteKeySchema, recoveredKey } from './noteKey';

const NoteRecord = z.strictObject({ v: z.literal(1), text: z.string().max(1_000_000), updatedAt: z.string().max(40) });
type NoteRecord = z.infer<typeof NoteRecord>;

export interface DamagedNote {
  /** The stored key that held an unreadable value. */
  readonly from: string;
  /** Where its raw text is now. */
  readonly key: string;
}

export interface NotesStoreOptions {
  readonly dbName?: string;
  /** Milliseconds to wait after the last keystroke before saving. */
  readonly delay?: number;
  readonly now?: () => Date;
  /** Listens for pagehide and visibilitychange to flush; defaults to the page's window. */
  readonly win?: Window | null;
  readonly onError?: (error: unknown) => void;
}

/** `saved`: our changes reached storage; `loaded`: notes changed from outside (another window, an import). */
export type NotesListener = (keys: readonly string[], origin: 'saved' | 'loaded') => void;

const rawText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Opens the notes; when IndexedDB cannot be used, notes live in memory only (`persistent: false`). */
export async function openNotesStore({
  dbName = 'maillage-notes',
  delay = 250,
  now = () => new Date(),
  win = typeof window === 'undefined' ? null : window,
  onError = () => {},
}: NotesStoreOptions = {}) {
  const notes = new Map<string, string>();
  const damaged: DamagedNote[] = [];
  let db: UseStore | null = null;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    db = createStore(dbName, 'notes');
    const stored = await entries<IDBValidKey, unknown>(db);
    const moves: Array<{ from: IDBValidKey; key: string; record: NoteRecord }> = [];
    for (const [key, value] of stored) {
      const record = NoteRecord.safeParse(value);
      if (typeof key === 'string' && NoteKeySchema.safeParse(key).success && record.success) {
        notes.set(key, record.data.text);
        continue;
      }
      const when = now();
      const to = recoveredKey(key, when);
      const text = record.success ? record.data.text : rawText(value);
      moves.push({ from: key, key: to, record: { v: 1, text, updatedAt: when.toISOString() } });
    }
    if (moves.length > 0) {
      await db('readwrite', (s) => {
        for (const m of moves) {
          s.put(m.record, m.key);
          s.delete(m.from);
        }
        return promisifyRequest(s.transaction);
      });
      for (const m of moves) {
        notes.set(m.key, m.record.text);
        damaged.push({ from: String(m.from), key: m.key });
      }
    }
  } catch (error) {
    db = null;
    onError(error);
  }

  const pending = new Set<string>();
  const listeners = new Set<NotesListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  const emit = (keys: readonly string[], origin: 'saved' | 'loaded') => {
    for (const l of [...listeners]) l(keys, origin);
  };

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (!db || pending.size === 0) return saving;
    const keys = [...pending];
    pending.clear();
    const stamp = now().toISOString();
    const store = db;
    saving = saving
      .then(() =>
        store('readwrite', (s) => {
          for (const key of keys) {
            const text = notes.get(key) ?? '';
            if (text === '') s.delete(key);
            else s.put({ v: 1, text, updatedAt: stamp } satisfies NoteRecord, key);
          }
          s.transaction.commit?.();
          return promisifyRequest(s.transaction);
        }),
      )
      .then(() => emit(keys, 'saved'))
      .catch((error: unknown) => {
        keys.forEach((k) => pending.add(k)); // try again with the next change
        onError(error);
      });
    return saving;
  }

  function schedule(keys: readonly string[]) {
    keys.forEach((k) => pending.add(k));
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  const onHide = () => void flush();
  const onVisibility = () => {
    if (win?.document.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onHide);
  win?.document.addEventListener('visibilitychange', onVisibility);

  let destroyed = false;
  return {
    persistent: db !== null,
    /** Stored values that could not be read, now kept as raw text under `recovered:` keys. */
    damaged: damaged as readonly DamagedNote[],
    get: (key: string): string => notes.get(key) ?? '',
    /** Every non-empty note, `recovered:` ones included. */
    all: (): ReadonlyMap<string, string> => new Map(notes),
    set(key: string, text: string) {
      if (!NoteKeySchema.safeParse(key).success) throw new Error(`not a note key: ${key}`);
      if ((notes.get(key) ?? '') === text) return;
      if (text === '') notes.delete(key);
      else notes.set(key, text);
      schedule([key]);
    },
    /**
     * Adds imported notes; a note there replaces the one here, and a different text it replaces
     * is kept under a `recovered:` key. Returns the keys written and the keys kept aside.
     */
    async merge(incoming: ReadonlyMap<string, string>): Promise<{ written: string[]; keptAside: string[] }> {
      const written: string[] = [];
      const keptAside: string[] = [];
      for (const [key, text] of incoming) {
        const old = notes.get(key) ?? '';
        if (old === text) continue;
        if (old !== '' && !key.startsWith('recovered:')) {
          const aside = recoveredKey(key, now());
          notes.set(aside, old);
          keptAside.push(aside);
        }
        notes.set(key, text);
        written.push(key);
      }
      [...written, ...keptAside].forEach((k) => pending.add(k));
      await flush();
      emit([...written, ...keptAside], 'loaded');
      return { written, keptAside };
    },
    /** Reads keys again from storage (another window saved them). */
    async reload(keys: readonly string[]) {
      if (!db) return;
      const fresh = await db('readonly', (s) => Promise.all(keys.map((k) => promisifyRequest(s.get(k)))));
      keys.forEach((key, i) => {
        if (pending.has(key)) return; // our own unsaved typing wins
        const record = NoteRecord.safeParse(fresh[i]);
        if (record.success) notes.set(key, record.data.text);
        else if (fresh[i] === undefined) notes.delete(key);
      });
      emit(keys, 'loaded');
    },
    flush,
    subscribe(listener: NotesListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      void flush();
      win?.removeEventListener('pagehide', onHide);
      win?.document.removeEventListener('visibilitychange', onVisibility);
      listeners.clear();
    },
  };
}

export type NotesStore = Awaited<ReturnType<typeof openNotesStore>>;
