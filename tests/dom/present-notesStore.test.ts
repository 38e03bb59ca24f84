import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore as idbStore, entries, get, set } from 'idb-keyval';
import { openNotesStore, type NotesStore } from '../../src/present/notesStore';
import { NOTE_MAX_CHARS } from '../../src/present/noteKey';

let n = 0;
const freshName = () => `notes-test-${++n}-${Math.random().toString(36).slice(2)}`;
const savedOnce = (store: NotesStore) =>
  new Promise<readonly string[]>((resolve) => {
    const off = store.subscribe((keys, origin) => {
      if (origin !== 'saved') return;
      off();
      resolve(keys);
    });
  });
const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

describe('the notes store (IndexedDB)', () => {
  it('saves each change shortly after typing, checked and dated', async () => {
    const dbName = freshName();
    const notes = await openNotesStore({ dbName, delay: 5, now: fixedNow });
    expect(notes.persistent).toBe(true);
    const saved = savedOnce(notes);
    notes.set('session:amap', 'Premier jet');
    notes.set('session:amap', 'Premier jet, corrigé');
    notes.set('actor:cites-unies-france', 'CGLU');
    expect(await saved).toEqual(['session:amap', 'actor:cites-unies-france']);
    expect(await get('session:amap', idbStore(dbName, 'notes'))).toEqual({ v: 1, text: 'Premier jet, corrigé', updatedAt: '2026-11-27T10:00:00.000Z' });
    notes.destroy();
  });

  it('survives a new instance (a reload), and an emptied note is deleted', async () => {
    const dbName = freshName();
    const first = await openNotesStore({ dbName, delay: 5 });
    first.set('session:amap', 'gardé');
    first.set('actor:amap', 'effacé bientôt');
    await first.flush();
    first.set('actor:amap', '');
    await first.flush();
    first.destroy();
    const second = await openNotesStore({ dbName });
    expect(second.get('session:amap')).toBe('gardé');
    expect(Object.fromEntries(second.all())).toEqual({ 'session:amap': 'gardé' });
    expect(second.damaged).toEqual([]);
    second.destroy();
  });

  it('flushes at once when the page is hidden or left', async () => {
    const dbName = freshName();
    const notes = await openNotesStore({ dbName, delay: 60_000 });
    const saved = savedOnce(notes);
    notes.set('session:introduction', 'tapé juste avant de fermer');
    window.dispatchEvent(new Event('pagehide'));
    await saved;
    expect(await get('session:introduction', idbStore(dbName, 'notes'))).toMatchObject({ text: 'tapé juste avant de fermer' });
    notes.destroy();
  });

  it('keeps unreadable stored notes as raw text under recovered keys, and says so', async () => {
    const dbName = freshName();
    const raw = idbStore(dbName, 'notes');
    await set('session:amap', 'un texte brut, sans enveloppe', raw);
    await set('actor:cites-unies-france', { v: 1, text: 42 }, raw);
    await set('Not A Key!', { v: 1, text: 'sous une clé inconnue', updatedAt: 'x' }, raw);
    await set('session:introduction', { v: 1, text: 'lisible', updatedAt: '2026-01-01T00:00:00Z' }, raw);

    const notes = await openNotesStore({ dbName, now: fixedNow });
    expect(notes.get('session:introduction')).toBe('lisible');
    expect(notes.damaged.map((x) => x.from).sort()).toEqual(['Not A Key!', 'actor:cites-unies-france', 'session:amap']);
    const kept = Object.fromEntries([...notes.all()].filter(([k]) => k.startsWith('recovered:')));
    expect(kept).toEqual({
      'recovered:session:amap@2026-11-27T10-00-00-000Z': 'un texte brut, sans enveloppe',
      'recovered:actor:cites-unies-france@2026-11-27T10-00-00-000Z': '{\n  "v": 1,\n  "text": 42\n}',
      'recovered:Not-A-Key-@2026-11-27T10-00-00-000Z': 'sous une clé inconnue',
    });
    expect(notes.get('session:amap')).toBe(''); // the slot is free for new notes
    notes.destroy();

    // Moved, not copied: a new instance finds nothing damaged and still has the raw text.
    const stored = new Map(await entries(raw));
    expect(stored.has('session:amap')).toBe(false);
    const again = await openNotesStore({ dbName });
    expect(again.damaged).toEqual([]);
    expect(again.get('recovered:session:amap@2026-11-27T10-00-00-000Z')).toBe('un texte brut, sans enveloppe');
    again.destroy();
  });

  it('merges imported notes, keeping a replaced different text aside', async () => {
    const notes = await openNotesStore({ dbName: freshName(), now: fixedNow });
    notes.set('session:amap', 'ici');
    notes.set('actor:amap', 'pareil');
    const result = await notes.merge(
      new Map([
        ['session:amap', 'du fichier'],
        ['actor:amap', 'pareil'],
        ['session:introduction', 'nouveau'],
      ]),
    );
    expect(result).toEqual({ written: ['session:amap', 'session:introduction'], keptAside: ['recovered:session:amap@2026-11-27T10-00-00-000Z'] });
    expect(notes.get('recovered:session:amap@2026-11-27T10-00-00-000Z')).toBe('ici');
    notes.destroy();
  });
});

describe('notes are never lost', () => {
  it('holds a note to one limit when typed, saved and read back', async () => {
    const dbName = freshName();
    const first = await openNotesStore({ dbName, delay: 5 });
    const huge = 'x'.repeat(1_000_000);
    expect(first.set('session:amap', huge)).toBe(false);
    expect(first.get('session:amap')).toHaveLength(NOTE_MAX_CHARS);
    await first.flush();
    first.destroy();
    const second = await openNotesStore({ dbName });
    expect(second.get('session:amap')).toHaveLength(NOTE_MAX_CHARS);
    expect(second.damaged).toEqual([]);
    second.destroy();
  });

  it('keeps an unreadable Map or binary value aside as it is, not flattened to {}', async () => {
    const dbName = freshName();
    const raw = idbStore(dbName, 'notes');
    await set('session:amap', new Map([['texte', 'précieux']]), raw);
    await set('actor:amap', new Uint8Array([1, 2, 3]), raw);
    const notes = await openNotesStore({ dbName, now: fixedNow });
    expect(notes.damaged).toHaveLength(2);
    const stored = new Map(await entries<string, unknown>(raw));
    const mapAside = [...stored].find(([k]) => k.startsWith('recovered:session:amap'))?.[1];
    expect(mapAside).toBeInstanceOf(Map);
    expect((mapAside as Map<string, string>).get('texte')).toBe('précieux');
    const shown = [...notes.all()].find(([k]) => k.startsWith('recovered:session:amap'))?.[1];
    expect(shown).toContain('précieux');
    notes.destroy();
    // Read again later, the kept-aside values stay where they are, shown, not moved again.
    const again = await openNotesStore({ dbName });
    expect(again.damaged).toEqual([]);
    expect([...again.all().keys()].filter((k) => k.startsWith('recovered:'))).toHaveLength(2);
    again.destroy();
  });

  it('opens in memory, and says notes will not be kept, when storage never answers', async () => {
    const real = globalThis.indexedDB;
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    Object.defineProperty(globalThis, 'indexedDB', { value: silent, configurable: true });
    try {
      const notes = await openNotesStore({ dbName: freshName(), openTimeout: 50 });
      expect(notes.persistent).toBe(false);
      notes.set('session:amap', 'pour cette visite');
      expect(notes.get('session:amap')).toBe('pour cette visite');
      notes.destroy();
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: real, configurable: true });
    }
  });

  it('keeps both texts when another window saves a note being typed here', async () => {
    const dbName = freshName();
    const a = await openNotesStore({ dbName, delay: 60_000, now: fixedNow });
    const b = await openNotesStore({ dbName, delay: 5, now: fixedNow });
    const conflicts: string[] = [];
    a.onConflict((c) => conflicts.push(...c.map((x) => x.theirs)));
    a.set('session:amap', 'texte de A, pas encore enregistré');
    b.set('session:amap', 'texte de B');
    await b.flush();
    await a.reload(['session:amap']);
    expect(a.get('session:amap')).toBe('texte de A, pas encore enregistré');
    expect(conflicts).toEqual(['texte de B']);
    await a.flush();
    const stored = new Map(await entries<string, { text: string }>(idbStore(dbName, 'notes')));
    expect(stored.get('session:amap')?.text).toBe('texte de A, pas encore enregistré');
    expect([...stored].filter(([k]) => k.startsWith('recovered:session:amap')).map(([, v]) => v.text)).toEqual(['texte de B']);
    a.destroy();
    b.destroy();
  });
});
