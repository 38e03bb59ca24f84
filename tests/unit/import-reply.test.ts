import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { parseFile } from '../../src/import/parseFile';
import { replyOf } from '../../src/import/reply';
import { readWorkerMessage } from '../../src/import/client';
import { noNotes } from '../../src/import/kept';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))));

/** What the page receives from the worker: the worker's reply after the browser's structured clone. */
async function workerReply(name: string) {
  const result = await parseFile(fixture(name), name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { result, message: structuredClone({ type: 'done', ok: true, ...replyOf(result), unresolvedPlaces: [...result.unresolvedPlaces] }) };
}

describe("the import worker's reply on the page", () => {
  it.each(['partenaires-excel-fr.csv', 'gephi-reseau.gexf'])('gives the same dataset as the loader for %s, frozen', async (name) => {
    const { message } = await workerReply(name);
    const outcome = await readWorkerMessage(name, message);
    if (!outcome?.ok) throw new Error(JSON.stringify(outcome));
    const loaded = loadDataset(outcome.text, { file: name, readNote: noNotes });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(outcome.dataset).toEqual(loaded.dataset);
    expect(outcome.dataset.actors.length).toBeGreaterThan(0);
    expect(Object.isFrozen(outcome.dataset.actors[0])).toBe(true);
    expect(Object.isFrozen(outcome.dataset.actors)).toBe(true);
  });

  it('refuses a malformed reply with what is wrong, and ignores what is not the protocol', async () => {
    const { message } = await workerReply('partenaires-excel-fr.csv');
    const dataset = JSON.parse(message.text) as { actors: unknown[]; event: unknown };
    const broken = { ...message, text: JSON.stringify({ ...dataset, actors: [{ name: 'no id' }, ...dataset.actors] }) };
    const outcome = await readWorkerMessage('partenaires-excel-fr.csv', broken);
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok) expect(outcome.problems[0]).toMatchObject({ file: 'partenaires-excel-fr.csv', code: 'schema', params: { path: 'actors.0' } });

    const noEvent = { ...message, text: JSON.stringify({ ...dataset, event: { title: 42 } }) };
    expect((await readWorkerMessage('x.csv', noEvent))?.ok).toBe(false);
    expect((await readWorkerMessage('x.csv', { ...message, text: '{"actors": [' }))?.ok).toBe(false);
    expect((await readWorkerMessage('x.csv', { type: 'done', ok: true }))?.ok).toBe(false);
    expect(readWorkerMessage('x.csv', { type: 'hello' })).toBeNull();
    let progress = -1;
    expect(readWorkerMessage('x.csv', { type: 'progress', done: 0.5 }, (d) => (progress = d))).toBeNull();
    expect(progress).toBe(0.5);
  });
});
