// Facilitator notes, kept in the browser (IndexedDB through idb-keyval). Every change is saved:
// debounced while typing, flushed at once when the page is hidden or left. Stored values are an
// edge: each is checked with zod when read, and one that cannot be read is never thrown away: its
// raw text is moved, in the same transaction, under a `recovered:` key and shown to the person.
import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';
import { NOTE_MAX_CHARS, NoteKeySchema, recoveredKey } from './noteKey';
import { createLifecycle } from '../ui/lifecycle';

const NoteRecord = lazySchema(() => z.strictObject({ v: z.literal(1), text: z.string().max(NOTE_MAX_CHARS), updatedAt: z.string().max(40) }));
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
  /** Milliseconds to wait for the browser's storage to open before keeping notes in memory only. */
  readonly openTimeout?: number;
}

/** Why a note kept aside was kept: unreadable in storage, or changed in another window meanwhile. */
export interface NoteConflict {
  /** The note being edited here. */
  readonly key: string;
  /** Where the other window's text is now kept. */
  readonly aside: string;
  readonly theirs: string;
}

/** `saved`: our changes reached storage; `loaded`: notes changed from outside (another window, an import). */
export type NotesListener = (keys: readonly string[], origin: 'saved' | 'loaded') => void;

/** Text to show for a value kept aside; the value itself stays in storage untouched. */
export function describeStored(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `[Blob ${value.type || 'application/octet-stream'}, ${value.size} bytes]`;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return `[binary, ${value.byteLength} bytes]`;
  const replacer = (_key: string, v: unknown) =>
    v instanceof Map ? { Map: [...v.entries()] } : v instanceof Set ? { Set: [...v] } : v instanceof Date ? v.toISOString() : v;
  try {
    return JSON.stringify(value, replacer, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

const notKept = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`storage did not open within ${ms} ms`)), ms));

/** Opens the notes; when IndexedDB cannot be used, notes live in memory only (`persistent: false`). */
export async function openNotesStore({
  dbName = 'maillage-notes',
  delay = 250,
  now = () => new Date(),
  win = typeof window === 'undefined' ? null : window,
  onError = () => {},
  openTimeout = 4000,
}: NotesStoreOptions = {}) {
  const notes = new Map<string, string>();
  const damaged: DamagedNote[] = [];
  let db: UseStore | null = null;
  const isRecovered = (key: IDBValidKey): key is string => typeof key === 'string' && key.startsWith('recovered:') && NoteKeySchema.safeParse(key).success;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const opened = createStore(dbName, 'notes');
    // A storage that never answers (some private modes) must not hold the notes back.
    const stored = await Promise.race([entries<IDBValidKey, unknown>(opened), notKept(openTimeout)]);
    db = opened;
    // An unreadable value is moved, as it is (a Blob stays a Blob), under a recovered: key.
    const moves: Array<{ from: IDBValidKey; key: string; value: unknown }> = [];
    for (const [key, value] of stored) {
      const record = NoteRecord.safeParse(value);
      if (typeof key === 'string' && NoteKeySchema.safeParse(key).success && record.success) {
        notes.set(key, record.data.text);
        continue;
      }
      if (isRecovered(key)) {
        notes.set(key, describeStored(value));
        continue;
      }
      moves.push({ from: key, key: recoveredKey(key, now()), value: record.success ? record.data : value });
    }
    if (moves.length > 0) {
      await db('readwrite', (s) => {
        for (const m of moves) {
          s.put(m.value, m.key);
          s.delete(m.from);
        }
        return promisifyRequest(s.transaction);
      });
      for (const m of moves) {
        const parsed = NoteRecord.safeParse(m.value);
        notes.set(m.key, parsed.success ? parsed.data.text : describeStored(m.value));
        damaged.push({ from: String(m.from), key: m.key });
      }
    }
  } catch (error) {
    db = null;
    onError(error);
  }

  const pending = new Set<string>();
  const listeners = new Set<NotesListener>();
  const conflictListeners = new Set<(conflicts: readonly NoteConflict[]) => void>();
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
  const life = createLifecycle();
  life.add(() => void flush());
  if (win) {
    life.on(win, 'pagehide', onHide);
    life.on(win.document, 'visibilitychange', onVisibility);
  }
  life.add(() => {
    listeners.clear();
    conflictListeners.clear();
  });

  return {
    persistent: db !== null,
    /** Stored values that could not be read, now kept as raw text under `recovered:` keys. */
    damaged: damaged as readonly DamagedNote[],
    get: (key: string): string => notes.get(key) ?? '',
    /** Every non-empty note, `recovered:` ones included. */
    all: (): ReadonlyMap<string, string> => new Map(notes),
    /** Keeps a note's text; false when it was longer than NOTE_MAX_CHARS (then cut to it). */
    set(key: string, text: string): boolean {
      if (!NoteKeySchema.safeParse(key).success) throw new Error(`not a note key: ${key}`);
      const fits = text.length <= NOTE_MAX_CHARS;
      const kept = fits ? text : text.slice(0, NOTE_MAX_CHARS);
      if ((notes.get(key) ?? '') === kept) return fits;
      if (kept === '') notes.delete(key);
      else notes.set(key, kept);
      schedule([key]);
      return fits;
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
    /**
     * Reads keys again from storage (another window saved them). A note edited here meanwhile (not
     * yet saved, or its field in use: `editing`) keeps this window's text, and the other window's
     * text is kept aside under a recovered: key and reported as a conflict: neither is dropped.
     */
    async reload(keys: readonly string[], editing: (key: string) => boolean = () => false) {
      if (!db) return;
      const fresh = await db('readonly', (s) => Promise.all(keys.map((k) => promisifyRequest(s.get(k)))));
      const conflicts: NoteConflict[] = [];
      keys.forEach((key, i) => {
        const record = NoteRecord.safeParse(fresh[i]);
        const theirs = record.success ? record.data.text : fresh[i] === undefined ? '' : null;
        if (theirs === null) return;
        const mine = notes.get(key) ?? '';
        if (theirs === mine) return;
        if (pending.has(key) || editing(key)) {
          if (theirs === '') return;
          const aside = recoveredKey(key, now());
          notes.set(aside, theirs);
          pending.add(aside);
          pending.add(key); // ours goes back to storage too, beside theirs
          conflicts.push({ key, aside, theirs });
          return;
        }
        if (theirs === '') notes.delete(key);
        else notes.set(key, theirs);
      });
      emit([...keys, ...conflicts.map((c) => c.aside)], 'loaded');
      if (conflicts.length > 0) {
        for (const l of [...conflictListeners]) l(conflicts);
        void flush();
      }
    },
    /** Told of notes changed in another window while being edited here (see reload). */
    onConflict(listener: (conflicts: readonly NoteConflict[]) => void) {
      conflictListeners.add(listener);
      return () => conflictListeners.delete(listener);
    },
    flush,
    subscribe(listener: NotesListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: life.destroy,
  };
}

export type NotesStore = Awaited<ReturnType<typeof openNotesStore>>;
