// A large dataset opened from an address (?data=) is checked in the import worker, not on the
// page. Here the worker's side (answerRequest) and the page's (readWorkerMessage, asCheckResult)
// run in Node, as checkInWorker joins them in the browser.
import { describe, expect, it } from 'vitest';
import { CHECK_ELSEWHERE_FROM, fetchDataset, type CheckElsewhere } from '../../src/data/remote';
import { answerRequest } from '../../src/import/answer';
import { readWorkerMessage } from '../../src/import/workerClient';
import { asCheckResult } from '../../src/import/checkRemote';
import type { WorkerMessage } from '../../src/import/protocol';
import { syntheticDataset } from '../../scripts/synthetic';

/** A site serving one dataset and its notes. */
function site(json: string, notes: ReadonlyMap<string, string>): typeof fetch {
  return (async (input: URL | RequestInfo) => {
    const path = new URL(String(input)).pathname.replace(/^\/data\//, '');
    if (path === 'big.json') return new Response(json);
    const note = notes.get(path);
    return note === undefined ? new Response('', { status: 404 }) : new Response(note);
  }) as typeof fetch;
}

/** The worker and the page's reading of its answer, without a Worker; the worker fetches from `from`. */
function inProcess(from: typeof fetch): { check: CheckElsewhere; calls: () => number } {
  let calls = 0;
  const check: CheckElsewhere = async (text, file, address) => {
    calls++;
    const posted: WorkerMessage[] = [];
    await answerRequest({ type: 'check', name: file, text, address: address.href }, (m) => posted.push(structuredClone(m)), from);
    const outcome = await readWorkerMessage(file, posted.at(-1));
    if (!outcome) throw new Error('the worker gave no answer');
    return asCheckResult(outcome);
  };
  return { check, calls: () => calls };
}

const URL_ = new URL('https://maillage.example/data/big.json');

describe('a large dataset from an address, checked off the page', () => {
  const { json, notes } = syntheticDataset(3000, { relations: 2600 });

  it('comes back as the page would have read it, session notes included', async () => {
    expect(json.length).toBeGreaterThanOrEqual(CHECK_ELSEWHERE_FROM);
    const worker = inProcess(site(json, notes));
    const checked = await fetchDataset(URL_, site(json, notes), undefined, {}, worker.check);
    const here = await fetchDataset(URL_, site(json, notes));
    expect(worker.calls()).toBe(1);
    if (!checked.ok || !here.ok) throw new Error('the synthetic dataset was refused');
    expect(checked.dataset.actors).toEqual(here.dataset.actors);
    expect(checked.dataset.relations).toEqual(here.dataset.relations);
    expect(checked.dataset.notesBySession.size).toBeGreaterThan(0);
    expect(checked.dataset.notesBySession).toEqual(here.dataset.notesBySession);
    expect([...checked.dataset.notesBySession.values()].every((note) => note.includes('Note.'))).toBe(true);
  });

  it('says its problems as the page’s loader says them', async () => {
    const broken = json.replace('"kind":"departement"', '"kind":"hamlet"');
    expect(broken).not.toBe(json);
    const worker = inProcess(site(broken, notes));
    const checked = await fetchDataset(URL_, site(broken, notes), undefined, {}, worker.check);
    const here = await fetchDataset(URL_, site(broken, notes));
    expect(worker.calls()).toBe(1);
    expect(checked.ok).toBe(false);
    expect(checked).toEqual(here);
  });

  it('leaves a small dataset to be checked on the page, without a worker', async () => {
    const small = syntheticDataset(20, { relations: 15 });
    const worker = inProcess(site(small.json, small.notes));
    const result = await fetchDataset(URL_, site(small.json, small.notes), undefined, {}, worker.check);
    expect(result.ok).toBe(true);
    expect(worker.calls()).toBe(0);
  });

  it('fetches notes only over http or https, beside the address it was given', async () => {
    const asked: string[] = [];
    const recording = (async (input: URL | RequestInfo) => {
      asked.push(String(input));
      return new Response('Note.');
    }) as typeof fetch;
    for (const address of ['ftp://maillage.example/data/big.json', 'not an address']) {
      await answerRequest({ type: 'check', name: 'big.json', text: json, address }, () => {}, recording);
    }
    expect(asked).toEqual([]);
    await answerRequest({ type: 'check', name: 'big.json', text: json, address: URL_.href }, () => {}, recording);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((a) => a.startsWith('https://maillage.example/data/'))).toBe(true);
  });
});
