import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createStore as idbStore, set } from 'idb-keyval';
import { createDatasetStorage, localDatasetId } from '../../src/import/storage';

let n = 0;
const freshDb = () => idbStore(`storage-test-${++n}-${Math.random().toString(36).slice(2)}`, 'datasets');

describe('My data in IndexedDB', () => {
  it('keeps a dataset with its name, size and date, newest first, and reads it back', async () => {
    const storage = createDatasetStorage(freshDb());
    const first = await storage.save({ name: 'a.csv', size: 10, text: '{"a":1}' }, new Date('2026-12-01T09:00:00Z'));
    const second = await storage.save({ name: 'Réseau 93.xlsx', size: 2048, text: '{"b":2}' }, new Date('2026-12-02T09:00:00Z'));
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(second.meta.id).toMatch(/^reseau-93-xlsx-[a-z0-9]+$/);
    expect((await storage.list())?.map((m) => [m.name, m.size, m.savedAt])).toEqual([
      ['Réseau 93.xlsx', 2048, '2026-12-02T09:00:00.000Z'],
      ['a.csv', 10, '2026-12-01T09:00:00.000Z'],
    ]);
    expect(await storage.read(first.meta.id)).toBe('{"a":1}');
    expect(await storage.remove(first.meta.id)).toBe(true);
    expect(await storage.read(first.meta.id)).toBeNull();
    expect((await storage.list())?.map((m) => m.name)).toEqual(['Réseau 93.xlsx']);
  });

  it('checks what it reads back: a damaged list or entry is not trusted', async () => {
    const db = freshDb();
    await set('index', [{ id: 'x', name: 'x.csv', size: -1, savedAt: 'hier' }], db);
    await set('dataset:x', 42, db);
    const storage = createDatasetStorage(db);
    expect(await storage.list()).toEqual([]);
    expect(await storage.read('x')).toBeNull();
  });

  it('says when the browser keeps nothing, instead of failing', async () => {
    const storage = createDatasetStorage(() => {
      throw new DOMException('blocked', 'InvalidStateError');
    });
    expect(await storage.list()).toBeNull();
    expect(await storage.save({ name: 'a.csv', size: 1, text: '{}' }, new Date())).toEqual({ ok: false });
  });

  it('reads ?dataset=local:<id> from the address and nothing else', () => {
    expect(localDatasetId('?dataset=local:reseau-93-xlsx-mx6cu57q')).toBe('reseau-93-xlsx-mx6cu57q');
    expect(localDatasetId('?dataset=local:../x')).toBeNull();
    expect(localDatasetId('?data=x.json')).toBeNull();
  });
});
