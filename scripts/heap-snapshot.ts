// tsx scripts/heap-snapshot.ts <dist dir> [query] [wait ms] — a heap snapshot of the app in the
// system's Chromium (1280×800) once it has loaded and settled (`QUERY` as in trace-load.ts, e.g.
// '?data=/synthetic-15000/workshop.json', a file put in <dist dir>), after a garbage collection, and
// what holds it: self size by kind and constructor, largest first. To see where the heap goes.
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
console.info('largest single things:');
for (const { size, what } of largest.sort((a, b) => b.size - a.size).slice(0, 15)) console.info(`${mb(size).padStart(8)}  ${what}`);
