import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { parseFile } from '../../src/import/parseFile';
import { replyOf } from '../../src/import/reply';
import { readWorkerMessage } from '../../src/import/client';
import { loadKeptText, noNotes } from '../../src/import/kept';
import { answerRequest } from '../../src/import/answer';
import { WorkerRequestSchema } from '../../src/import/protocol';
import { readReply } from '../../src/import/readReply';
import { indexOwnedDataset, rowOwner } from '../../src/data/dataset';

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
    const { result, message } = await workerReply('partenaires-excel-fr.csv');
    const dataset = result.dataset as unknown as Record<string, unknown> & { actors: unknown[] };
    /** The reply the worker would give for `changed`, its rows in parts of 2. */
    const replyFor = (changed: Record<string, unknown>) => ({ ...message, ...replyOf({ dataset: changed as never }, 2) });
    // A row without an id in the third part: said at its place in the whole list.
    const broken = replyFor({ ...dataset, actors: [...dataset.actors.slice(0, 4), { name: 'no id' }, ...dataset.actors.slice(4)] });
    const outcome = await readWorkerMessage('partenaires-excel-fr.csv', broken);
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok) expect(outcome.problems[0]).toMatchObject({ file: 'partenaires-excel-fr.csv', code: 'schema', params: { path: 'actors.4' } });

    expect((await readWorkerMessage('x.csv', replyFor({ ...dataset, event: { title: 42 } })))?.ok).toBe(false);
    expect((await readWorkerMessage('x.csv', replyFor({ ...dataset, actors: [] })))?.ok).toBe(false);
    expect((await readWorkerMessage('x.csv', { ...message, text: '{"actors": [' }))?.ok).toBe(false);
    // Parts that do not lie in the text, or cut a row in two.
    expect((await readWorkerMessage('x.csv', { ...message, parts: { ...message.parts, head: message.text.length + 5 } }))?.ok).toBe(false);
    expect(
      (await readWorkerMessage('x.csv', { ...message, parts: { head: message.parts.head, rows: { actors: [[message.parts.head, message.parts.head + 7]] } } }))
        ?.ok,
    ).toBe(false);
    expect((await readWorkerMessage('x.csv', { type: 'done', ok: true, text: message.text, unresolvedPlaces: [] }))?.ok).toBe(false);
    expect((await readWorkerMessage('x.csv', { type: 'done', ok: true }))?.ok).toBe(false);
    expect(readWorkerMessage('x.csv', { type: 'hello' })).toBeNull();
    let progress = -1;
    expect(readWorkerMessage('x.csv', { type: 'progress', done: 0.5 }, (d) => (progress = d))).toBeNull();
    expect(progress).toBe(0.5);
  });

  it('is the JSON of the whole dataset, read back a part at a time into the same dataset', async () => {
    const { result } = await workerReply('gephi-reseau.gexf');
    const { dataset } = result;
    const whole = replyOf(result);
    for (const rowsPerPart of [1, 3, 1000]) {
      const reply = replyOf(result, rowsPerPart);
      // The same text whatever the parts: the text kept in this browser does not change.
      expect(reply.text).toBe(whole.text);
      expect(reply.parts.rows.actors).toHaveLength(Math.ceil(dataset.actors.length / rowsPerPart));
      const outcome = await readWorkerMessage('gephi-reseau.gexf', { type: 'done', ok: true, ...reply, unresolvedPlaces: [] });
      if (!outcome?.ok) throw new Error(JSON.stringify(outcome));
      expect(outcome.dataset.actors.map((a) => a.id)).toEqual(dataset.actors.map((a) => a.id));
      expect(outcome.dataset.relations).toEqual(dataset.relations);
    }
  });
});

describe('reading the reply a slice at a time', () => {
  it('hands each row to the caller once, in order, and gives the page back between slices', async () => {
    const { result } = await workerReply('gephi-reseau.gexf');
    const { text, parts } = replyOf(result, 1);
    const seen: unknown[] = [];
    let pauses = 0;
    const read = await readReply(
      text,
      parts,
      async () => void pauses++,
      (row) => seen.push(row),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(seen).toEqual([...read.raw.actors, ...read.raw.people, ...read.raw.places, ...read.raw.relations]);
    expect(seen[0]).toBe(read.raw.actors[0]);
    expect(pauses).toBeGreaterThan(0);
  });

  it('gives the same rows, all frozen, whether owned while read or when indexed', async () => {
    const { result, message } = await workerReply('partenaires-excel-fr.csv');
    const owner = rowOwner();
    const read = await readReply(message.text, message.parts, async () => {}, owner.own);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const dataset = await indexOwnedDataset(read.raw, async () => {}, {}, owner);
    expect(dataset.actors).toEqual(result.dataset.actors);
    expect(dataset.relations.every((r) => Object.isFrozen(r))).toBe(true);
    expect(dataset.sessions.every((s) => Object.isFrozen(s))).toBe(true);
  });

  it('checks the head as a strict object, saying which member is wrong', async () => {
    const { result, message } = await workerReply('partenaires-excel-fr.csv');
    const dataset = result.dataset as unknown as Record<string, unknown>;
    const wrongEvent = { ...message, ...replyOf({ dataset: { ...dataset, event: { title: 42 } } as never }) };
    const outcome = await readWorkerMessage('x.csv', wrongEvent);
    if (outcome?.ok !== false) throw new Error('accepted');
    expect(outcome.problems[0]?.params.path).toMatch(/^event\.title/);
    // A member the head may not have: every offset after it moves along.
    const extra = '"extra":1,';
    const shift = ([start, end]: [number, number]): [number, number] => [start + extra.length, end + extra.length];
    const rows = Object.fromEntries(Object.entries(message.parts.rows).map(([list, spans]) => [list, spans.map(shift)]));
    const widened = { ...message, text: `{${extra}${message.text.slice(1)}`, parts: { head: message.parts.head + extra.length, rows } };
    expect((await readWorkerMessage('x.csv', widened))?.ok).toBe(false);
    // The same shift without the extra member reads back: only the member made it wrong.
    const same = { ...message, text: `{${' '.repeat(extra.length)}${message.text.slice(1)}`, parts: widened.parts };
    expect((await readWorkerMessage('x.csv', same))?.ok).toBe(true);
  });

  it('refuses parts that are not lists of [start, end] offsets', async () => {
    const { message } = await workerReply('partenaires-excel-fr.csv');
    for (const actors of [[[1.5, 3]], [[4]], [['4', 9]], [[-1, 3]], 'all']) {
      const broken = { ...message, parts: { ...message.parts, rows: { ...message.parts.rows, actors } } };
      expect(readWorkerMessage('x.csv', broken)).not.toBeNull();
      expect((await readWorkerMessage('x.csv', broken))?.ok).toBe(false);
    }
  });
});

describe('a dataset kept in this browser, checked again in the import worker', () => {
  /** What the worker posts for one request, after the browser's structured clone. */
  async function answers(request: unknown): Promise<unknown[]> {
    const parsed = WorkerRequestSchema.safeParse(request);
    if (!parsed.success) throw new Error(parsed.error.message);
    const posted: unknown[] = [];
    await answerRequest(parsed.data, (m) => posted.push(structuredClone(m)));
    return posted;
  }

  it('gives back the same dataset as the loader, its own vocabulary included, frozen', async () => {
    const text = readFileSync(fileURLToPath(new URL('../fixtures/valid-custom-vocabulary.json', import.meta.url)), 'utf8');
    const posted = await answers({ type: 'load', name: 'mes-donnees.json', text });
    expect(posted).toHaveLength(1);
    const outcome = await readWorkerMessage('mes-donnees.json', posted[0]);
    if (!outcome?.ok) throw new Error(JSON.stringify(outcome));
    const loaded = loadKeptText(text, 'mes-donnees.json');
    if (!loaded.ok) throw new Error('fixture invalid');
    expect(outcome.dataset).toEqual(loaded.dataset);
    expect(outcome.dataset.resolvedVocabulary.scales.map((s) => s.id)).toEqual(['village', 'country', 'world']);
    expect(Object.isFrozen(outcome.dataset.relations[0])).toBe(true);
  });

  it('says what is wrong with a kept text that is no longer valid, and refuses a request of another shape', async () => {
    const posted = await answers({ type: 'load', name: 'abime.json', text: '{"event": {"title": {"fr": "x"}}, "actors": []}' });
    const outcome = await readWorkerMessage('abime.json', posted[0]);
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok) expect(outcome.problems[0]).toMatchObject({ file: 'abime.json', code: 'schema', params: { path: 'actors' } });
    expect(WorkerRequestSchema.safeParse({ type: 'load', name: 'x' }).success).toBe(false);
    expect(WorkerRequestSchema.safeParse({ type: 'eval', name: 'x', text: '' }).success).toBe(false);
  });

  it('reads a file the same way as before (parse request)', async () => {
    const bytes = fixture('gephi-reseau.gexf');
    const posted = await answers({
      type: 'parse',
      name: 'gephi-reseau.gexf',
      contentType: '',
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true });
    expect(posted.slice(0, -1).every((m) => (m as { type: string }).type === 'progress')).toBe(true);
  });
});
