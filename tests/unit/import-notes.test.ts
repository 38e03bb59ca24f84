import { describe, expect, it } from 'vitest';
import { fetchDataset, type CheckElsewhere } from '../../src/data/remote';
import { answerRequest } from '../../src/import/answer';
import { readWorkerMessage } from '../../src/import/workerClient';
import { asCheckResult } from '../../src/import/checkRemote';
import type { WorkerMessage } from '../../src/import/protocol';
import { syntheticDataset } from '../../scripts/synthetic';
import { replyOf } from '../../src/import/reply';
import { DatasetSchema } from '../../src/data/schema';
import { loadDataset } from '../../src/data/load';

const site = (json: string, notes: ReadonlyMap<string, string>): typeof fetch =>
  (async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname.replace(/^\/data\//, '');
    if (path === 'big.json') return new Response(json);
    const note = notes.get(path);
    return note === undefined ? new Response('', { status: 404 }) : new Response(note);
  }) as typeof fetch;
const check =
  (from: typeof fetch): CheckElsewhere =>
  async (text, file, address) => {
    const posted: WorkerMessage[] = [];
    await answerRequest({ type: 'check', name: file, text, address: address.href }, (m) => posted.push(structuredClone(m)), from);
    return asCheckResult((await readWorkerMessage(file, posted.at(-1)))!);
  };
const URL_ = new URL('https://maillage.example/data/big.json');

describe('missing notes, large vs small path', () => {
  it('same outcome when every note is missing', async () => {
    const { json } = syntheticDataset(3000, { relations: 2600 });
    const none = new Map<string, string>();
    const a = await fetchDataset(URL_, site(json, none), undefined, {}, check(site(json, none)));
    const b = await fetchDataset(URL_, site(json, none));
    expect(a.ok).toBe(b.ok);
    if (!a.ok || !b.ok) return expect(a).toEqual(b);
    expect(a.dataset.notesBySession).toEqual(b.dataset.notesBySession);
  });
  it('the reply text is JSON.stringify of the whole, as before', () => {
    const { json } = syntheticDataset(50, { relations: 40 });
    const r = loadDataset(json, { file: 'x.json', readNote: () => 'Note.' });
    if (!r.ok) throw new Error('refused');
    const plain: Record<string, unknown> = {};
    for (const key of Object.keys(DatasetSchema.shape)) {
      const v = (r.dataset as unknown as Record<string, unknown>)[key];
      if (v !== undefined) plain[key] = v;
    }
    for (const per of [1, 7, 2000]) expect(replyOf(r, per).text).toBe(JSON.stringify(plain));
  });
});
