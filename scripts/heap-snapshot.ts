// tsx scripts/heap-snapshot.ts <dist dir> [query] [wait ms] — a heap snapshot of the app in the
// system's Chromium (1280×800) once it has loaded and settled (`QUERY` as in trace-load.ts, e.g.
// '?data=/synthetic-15000/workshop.json', a file put in <dist dir>), after a garbage collection, and
// what holds it: self size by kind and constructor, largest first, and the strings by shape (digits
// as #) with what their copies of one value cost. To see where the heap goes. HEAP_SNAPSHOT_OUT=<file>
// also writes the snapshot, to open in Chromium's DevTools (Memory) or read with a script.
import { launch } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';

const [dir, query = '', waitMs = '20000'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/heap-snapshot.ts <dist dir> [query] [wait ms]');
  process.exit(2);
}
const server = await serveStatic({ '/': dir });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}${query}`);
await page.waitForTimeout(Number(waitMs));
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.enable');
await cdp.send('HeapProfiler.collectGarbage');
const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
const chunks: string[] = [];
cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
await browser.close();
await server.close();

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}
if (process.env.HEAP_SNAPSHOT_OUT) (await import('node:fs')).writeFileSync(process.env.HEAP_SNAPSHOT_OUT, chunks.join(''));
const snap = JSON.parse(chunks.join('')) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
const by = new Map<string, { size: number; count: number }>();
const byType = new Map<string, number>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + typeAt]!] ?? '?';
  const size = snap.nodes[i + sizeAt]!;
  total += size;
  byType.set(type, (byType.get(type) ?? 0) + size);
  const name = type === 'object' || type === 'closure' || type === 'native' ? `${type} ${snap.strings[snap.nodes[i + nameAt]!]}` : type;
  const entry = by.get(name) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count++;
  by.set(name, entry);
}
const largest: { size: number; what: string }[] = [];
for (let i = 0; i < snap.nodes.length; i += width) {
  const size = snap.nodes[i + sizeAt]!;
  if (size < 256 * 1024) continue;
  const type = types[snap.nodes[i + typeAt]!] ?? '?';
  largest.push({ size, what: `${type} ${JSON.stringify((snap.strings[snap.nodes[i + nameAt]!] ?? '').slice(0, 70))}` });
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.info(`used after GC ${mb(used)}; snapshot self sizes ${mb(total)}`);
console.info(
  [...byType]
    .sort((a, b) => b[1] - a[1])
    .map(([t, s]) => `${t} ${mb(s)}`)
    .join(', '),
);
for (const [name, { size, count }] of [...by].sort((a, b) => b[1].size - a[1].size).slice(0, 30)) {
  console.info(`${mb(size).padStart(8)}  ${String(count).padStart(8)}  ${name.slice(0, 90)}`);
}
// Strings by shape, and the bytes spent on second copies of one value (interning would save them).
const shapes = new Map<string, { size: number; count: number }>();
const values = new Map<string, { size: number; count: number }>();
for (let i = 0; i < snap.nodes.length; i += width) {
  if (types[snap.nodes[i + typeAt]!] !== 'string') continue;
  const value = snap.strings[snap.nodes[i + nameAt]!] ?? '';
  const size = snap.nodes[i + sizeAt]!;
  for (const [table, key] of [
    [shapes, value.replace(/\d+/g, '#').slice(0, 50)],
    [values, value],
  ] as const) {
    const entry = table.get(key) ?? { size: 0, count: 0 };
    entry.size += size;
    entry.count++;
    table.set(key, entry);
  }
}
let copies = 0;
for (const { size, count } of values.values()) copies += size - size / count;
console.info(`strings by shape (second copies of a value: ${mb(copies)}):`);
for (const [shape, { size, count }] of [...shapes].sort((a, b) => b[1].size - a[1].size).slice(0, 15)) {
  console.info(`${mb(size).padStart(8)}  ${String(count).padStart(8)}  ${JSON.stringify(shape)}`);
}
console.info('largest single things:');
for (const { size, what } of largest.sort((a, b) => b.size - a.size).slice(0, 15)) console.info(`${mb(size).padStart(8)}  ${what}`);
