// tsx scripts/trace-load.ts <dist dir> [width height] [--out trace.json] — a Chromium trace of the
// app's load on the workshop (Lighthouse's desktop window, 1350×940, by default; CPU=4 in the
// environment slows the CPU as Lighthouse's mobile preset simulates), and what each long task
// (≥ 50 ms) of the page's main thread was: its kind (script, timer, frame, idle callback, style and
// layout, paint…), the scripts and functions the trace's own sampling profiler saw in it (self
// time, our code or MapLibre's by file), and forced layouts. Build with
// `npx vite build --minify false --outDir <dir>` for readable names. QUERY='?data=/big.json' loads
// another dataset (a file put in <dist dir>); WAIT=ms how long to record after the load (5 s).
import { readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';

const argv = process.argv.slice(2);
const optionAt = (name: string) => argv.indexOf(name);
const outAt = optionAt('--out');
const fromAt = optionAt('--from');
const out = outAt >= 0 ? argv[outAt + 1] : undefined;
const from = fromAt >= 0 ? argv[fromAt + 1] : undefined;
const taken = [outAt, fromAt].filter((at) => at >= 0).flatMap((at) => [at, at + 1]);
const [dir, w, h] = argv.filter((_, i) => !taken.includes(i));
if (!dir && !from) {
  console.error('usage: tsx scripts/trace-load.ts <dist dir> [width height] [--out trace.json] | --from trace.json');
  process.exit(2);
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace has it: below dur when the thread waited (the machine busy). */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      functionName?: string;
      stackTrace?: { functionName: string; url: string; lineNumber: number }[];
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
      frame?: string;
      name?: string;
    };
    name?: string;
    beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

let events: TraceEvent[] = [];
if (from) events = (JSON.parse(readFileSync(from, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
else events = await record(dir ?? '');

async function record(root: string): Promise<TraceEvent[]> {
  const server = await serveStatic({ '/': root }, { gzip: true });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: Number(w ?? 1350), height: Number(h ?? 940) } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 1) });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'toplevel',
      ],
    });
    await page.goto(server.url + (process.env.QUERY ?? ''), { waitUntil: 'load' });
    await page.waitForTimeout(Number(process.env.WAIT ?? 5000));
    const buffer = await browser.stopTracing();
    const text = buffer.toString('utf8');
    if (out) writeFileSync(out, text);
    return (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
  } finally {
    await browser.close();
    await server.close();
  }
}

// The renderer's main thread: where the page's navigation happened.
const mainThread = events.find(
  (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
);
if (!mainThread) throw new Error('no renderer main thread in the trace');
const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid);
const start = Math.min(...onMain.filter((e) => e.name === 'ParseHTML').map((e) => e.ts));

// Samples from the trace's profiler, as (time, stack of frames).
const nodes = new Map<number, ProfileNode>();
const samples: { ts: number; node: number }[] = [];
const profileStart = events.find((x) => x.pid === mainThread.pid && x.tid === mainThread.tid && x.name === 'Profile');
const chunks = events.filter((x) => x.pid === mainThread.pid && x.name === 'ProfileChunk' && x.id === profileStart?.id);
for (const e of chunks) {
  const profile = e.args?.data?.cpuProfile;
  for (const n of profile?.nodes ?? []) nodes.set(n.id, n);
}
let clock = (profileStart?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
for (const e of [...chunks].sort((a, b) => a.ts - b.ts)) {
  const ids = e.args?.data?.cpuProfile?.samples ?? [];
  const deltas = e.args?.data?.timeDeltas ?? [];
  ids.forEach((id, i) => {
    clock += deltas[i] ?? 0;
    samples.push({ ts: clock, node: id });
  });
}
const short = (url = '') => url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '/') || '(native)';
const frameOf = (id: number) => nodes.get(id)?.callFrame;

// LONG_MS=12 in the environment lists tasks from 12 ms (what Lighthouse's simulated 4× slowdown
// turns into 50 ms); 50 ms by default.
const LONG_MS = Number(process.env.LONG_MS ?? 50);
// Top-level tasks only: RunTask and ThreadControllerImpl::RunTask nest one in the other.
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const taskEvents = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) >= LONG_MS * 1000);
const tasks = taskEvents.filter(
  (e) =>
    !taskEvents.some((o) => o !== e && o.ts <= e.ts && end(o) >= end(e) && (o.ts < e.ts || end(o) > end(e) || taskEvents.indexOf(o) < taskEvents.indexOf(e))),
);
const kinds = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'Commit',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
  'V8.GC_MARK_COMPACTOR',
  'RunMicrotasks',
  'ResourceReceivedData',
  'IntersectionObserverController::computeIntersections',
  'HitTest',
]);
let blocking = 0;
// Thread time is steadier than wall time on a shared machine: Σ max(0, 4 × thread time − 50 ms)
// over the tasks listed is a proxy for Lighthouse's simulated mobile total blocking time.
let blockingAt4 = 0;
console.log(`long tasks on the main thread (from ParseHTML; ${samples.length} samples):`);
for (const task of tasks) {
  const t0 = task.ts;
  const t1 = task.ts + (task.dur ?? 0);
  blocking += Math.max(0, (task.dur ?? 0) / 1000 - LONG_MS);
  blockingAt4 += Math.max(0, (4 * (task.tdur ?? task.dur ?? 0)) / 1000 - 50);
  const cpu = task.tdur === undefined ? '' : ` (thread time ${(task.tdur / 1000).toFixed(0)} ms)`;
  console.log(`\n● ${((t0 - start) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms${cpu}`);
  const inside = onMain.filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts < t1 && kinds.has(e.name) && (e.dur ?? 0) >= 3000);
  for (const e of inside.slice(0, 14)) {
    const data = e.args?.data;
    const where = data?.url ? ` ${short(data.url)}` : data?.functionName ? ` ${data.functionName}` : '';
    const stack = e.args?.beginData?.stackTrace?.[0] ?? data?.stackTrace?.[0];
    const forced = stack ? ` ← ${stack.functionName || '(anonymous)'} ${short(stack.url)}:${stack.lineNumber}` : '';
    console.log(`   ${e.name}${where} ${((e.dur ?? 0) / 1000).toFixed(1)} ms${forced}`);
  }
  // Self time by function and total by file, from the samples inside the task.
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byFile = new Map<string, number>();
  const inTask = samples.filter((s) => s.ts >= t0 && s.ts < t1);
  for (let i = 0; i < inTask.length; i++) {
    const s = inTask[i];
    if (!s) continue;
    const dt = ((inTask[i + 1]?.ts ?? t1) - s.ts) / 1000;
    const f = frameOf(s.node);
    if (!f) continue;
    const key = `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    // Inclusive time: each function on the sample's stack, once.
    const onStack = new Set<string>();
    for (let up: ProfileNode | undefined = nodes.get(s.node); up; up = up.parent !== undefined ? nodes.get(up.parent) : undefined) {
      if (up.callFrame.url) onStack.add(`${up.callFrame.functionName || '(anonymous)'} ${short(up.callFrame.url)}:${up.callFrame.lineNumber}`);
    }
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + dt);
    // The first frame with a script file up the stack.
    let n: ProfileNode | undefined = nodes.get(s.node);
    while (n && !n.callFrame.url) n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
    const file = n ? short(n.callFrame.url).replace(/-[\w-]{8}\.js$/, '.js') : f.functionName || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join('; ');
  console.log(`   by file: ${top(byFile, 6)}`);
  console.log(`   self: ${top(self, 8)}`);
  if (process.env.TOTAL) console.log(`   total: ${top(total, Number(process.env.TOTAL) || 16)}`);
}
const fcp = onMain.find((e) => e.name === 'firstContentfulPaint');
console.log(
  `\n${tasks.length} long tasks, blocking ${blocking.toFixed(0)} ms after ${LONG_MS} ms each (4 × thread time − 50 ms: ${blockingAt4.toFixed(0)} ms)${fcp ? `; FCP ${((fcp.ts - start) / 1000).toFixed(0)} ms` : ''}`,
);
