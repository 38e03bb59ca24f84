// Main-thread cost of the import worker's answer for ~100,000 rows: before (validate + index
// again, as the page did) and after (zod shape check + sliced index). Prints figures.
import { performance } from 'node:perf_hooks';
import { loadDataset, validateDataset } from '../src/data/load';
import { toCsvSet } from '../src/export/csv';
import { parseFile } from '../src/import/parseFile';
import { replyOf } from '../src/import/reply';
import { readWorkerMessage } from '../src/import/client';
import { noNotes } from '../src/import/kept';
import { WorkerMessageSchema } from '../src/import/protocol';
import { readReply } from '../src/import/readReply';
import { indexOwnedDataset } from '../src/data/dataset';
import { syntheticDataset } from './synthetic';

const synthetic = syntheticDataset(35000);
const source = loadDataset(synthetic.json, { file: 'synthetic.json', readNote: (p) => synthetic.notes.get(p) });
if (!source.ok) throw new Error('synthetic dataset invalid');
const files = toCsvSet(source.dataset);
const csv = files.find((f) => f.name.includes('network')) ?? files[0];
if (!csv) throw new Error('no CSV');
const rows = csv.text.split('\n').length - 1;
const parsed = await parseFile(new TextEncoder().encode(csv.text), 'network.csv');
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
const ms = (t0: number) => `${(performance.now() - t0).toFixed(0)} ms`;

for (let run = 0; run < 2; run++) {
  const oldRaw = structuredClone(parsed.raw);
  let t0 = performance.now();
  const old = validateDataset(oldRaw, { file: 'network.csv', readNote: noNotes });
  JSON.stringify(oldRaw);
  console.log(`${rows} rows, before: one task of ${ms(t0)} (ok=${old.ok})`);

  const message = structuredClone({ type: 'done', ok: true, ...replyOf(parsed), unresolvedPlaces: [] });
  let longest = 0;
  let last = performance.now();
  t0 = last;
  const pause = () =>
    new Promise<void>((resolve) => {
      longest = Math.max(longest, performance.now() - last);
      setTimeout(() => {
        last = performance.now();
        resolve();
      }, 0);
    });
  // What readWorkerMessage does, timed step by step: the zod check of the message, then the reply
  // read a part at a time (readReply.ts) and the index in slices, the page given back in between.
  const checked = WorkerMessageSchema.safeParse(message);
  if (!checked.success || checked.data.type !== 'done' || !checked.data.ok) throw new Error('reply rejected');
  const firstTask = performance.now() - t0;
  last = performance.now();
  const read = await readReply(checked.data.text, checked.data.parts, pause);
  if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 3)));
  await indexOwnedDataset(read.raw, pause);
  const tail = performance.now() - last;
  console.log(`after: message check ${firstTask.toFixed(0)} ms, longest slice (reply parts, index) ${Math.max(longest, tail).toFixed(0)} ms, total ${ms(t0)}`);
  const outcome = await readWorkerMessage('network.csv', structuredClone(message));
  console.log(`readWorkerMessage ok=${outcome?.ok}`);
}
const t0 = performance.now();
structuredClone(parsed.raw);
console.log(`structured clone of the reply's objects (what the page used to receive): ~${ms(t0)}`);
