// Measures one page (the app or a peer) on one dataset in a fresh browser context: load, settled
// layout, long tasks, scripted zoom and pan, click to selection, heap. Every step has a deadline;
// a step that misses it is reported as timed out and the page is left (a busy page would only
// delay the next steps).
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { AFTER_CAPTURE_MS, INPUT_MS, INPUT_STEP_MS, PAN_DISTANCE, QUIET_MS, VIEWPORT, WHEEL_DELTA, timeouts, type Target } from '../bench/config';
import { formatMs, frameTimes, longestScript, longestScriptOf, longestTask, percentile, totalBlockingTime, type Script, type Task } from './bench-stats';
import { findPoint } from './bench-pixels';
import { DATASET_READY_MARK } from '../src/data/readyMark';

const PROBE = readFileSync(new URL('../bench/probe.js', import.meta.url), 'utf8');

export interface RunMetrics {
  /** ms from navigation start to the first drawing of the graph. */
  firstDraw: number | null;
  /** ms from navigation start to the end of the dataset's download (null when bundled). */
  dataLoaded: number | null;
  /** When the page had parsed (and, the app, checked) the dataset: its 'maillage:dataset-ready' mark. */
  dataParsed: number | null;
  /** ms from navigation start to the last drawing before the graph stayed still. */
  settled: number | null;
  longestTask: number | null;
  totalBlockingTime: number | null;
  /** The same, from the first drawing to the settled layout: while the layout runs and the page is in use. */
  layoutLongestTask: number | null;
  layoutBlocking: number | null;
  /** The longest script during the layout, from the page's own files, and from MapLibre's (the app's map). */
  layoutOwnScript: number | null;
  layoutMapScript: number | null;
  zoomP50: number | null;
  zoomP95: number | null;
  zoomFrames: number | null;
  panP50: number | null;
  panP95: number | null;
  panFrames: number | null;
  /** ms from the pointerdown on a node to the first paint after the details changed. */
  click: number | null;
  heap: number | null;
  domElements: number | null;
  timedOut: string[];
  notes: string[];
}

/** A run with nothing measured yet (and the notes said of it). */
export function emptyMetrics(notes: string[] = []): RunMetrics {
  return {
    firstDraw: null,
    dataLoaded: null,
    dataParsed: null,
    settled: null,
    longestTask: null,
    totalBlockingTime: null,
    layoutLongestTask: null,
    layoutBlocking: null,
    layoutOwnScript: null,
    layoutMapScript: null,
    zoomP50: null,
    zoomP95: null,
    zoomFrames: null,
    panP50: null,
    panP95: null,
    panFrames: null,
    click: null,
    heap: null,
    domElements: null,
    timedOut: [],
    notes,
  };
}

class StepTimeout extends Error {}

function within<T>(step: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StepTimeout(step)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const HOVER_REST_MS = 1000;

interface LoadState {
  now: number;
  firstDraw: number | null;
  lastActivity: number | null;
  activityCount: number;
  longTasks: Task[];
  scripts: Script[];
  domElements: number;
  busy: boolean;
}

async function waitForSettled(page: Page, target: Target, deadline: number, metrics: RunMetrics): Promise<LoadState | null> {
  let state: LoadState | null = null;
  while (Date.now() < deadline) {
    state = await within(
      'load',
      Math.max(1, deadline - Date.now()),
      page.evaluate(() => window.__bench.load() as unknown as LoadState),
    );
    metrics.firstDraw = state.firstDraw;
    if (target.floor) return state;
    if (state.firstDraw !== null && state.lastActivity !== null && !state.busy && state.now - state.lastActivity >= QUIET_MS) return state;
    await sleep(250);
  }
  return null;
}

/** Sends input events on a schedule without waiting for each to be handled, as a person would. */
async function scripted(cdp: CDPSession, events: readonly { at: number; params: Record<string, unknown> }[]): Promise<Promise<unknown>[]> {
  const start = Date.now();
  const sent: Promise<unknown>[] = [];
  for (const event of events) {
    const wait = start + event.at - Date.now();
    if (wait > 0) await sleep(wait);
    sent.push(cdp.send('Input.dispatchMouseEvent', event.params as never).catch(() => undefined));
  }
  return sent;
}

async function framesDuring(page: Page, step: string, ms: number, input: () => Promise<Promise<unknown>[]>): Promise<number[]> {
  await within(
    step,
    ms,
    page.evaluate(() => window.__bench.startFrames()),
  );
  const sent = await input();
  const { frames } = await within(
    step,
    ms,
    page.evaluate(() => window.__bench.stopFrames()),
  );
  await within(step, ms, Promise.all(sent));
  return frameTimes(frames);
}

async function graphBox(page: Page, target: Target) {
  const box = await page.locator(target.surface).first().boundingBox();
  if (!box) throw new Error(`no ${target.surface} on the page`);
  return box;
}

/** Where to click a node: the peer's own answer, else the largest node the DOM shows, else the pixels. */
async function nodePoint(page: Page, target: Target, helper: Page): Promise<{ x: number; y: number } | null> {
  const fromPage = await page.evaluate(() => (window.__peer ? window.__peer.nodePoint() : window.__bench.domNodePoint()));
  if (fromPage) return fromPage;
  const box = await graphBox(page, target);
  return findPoint(helper, await page.screenshot({ clip: box }), box, 'node');
}

export async function measurePage(
  browser: Browser,
  helper: Page,
  target: Target,
  url: string,
  actors: number,
  dataPath: string | null,
  screenshot?: string,
): Promise<RunMetrics> {
  const limits = timeouts(actors);
  const metrics = emptyMetrics();
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript({
    content: `window.__BENCH_GRAPH = ${JSON.stringify(target.graph)}; window.__BENCH_DETAILS = ${JSON.stringify(target.details)}; window.__BENCH_ASIDE = ${JSON.stringify(target.aside ?? null)};\n${PROBE}`,
  });
  const cdp = await context.newCDPSession(page);
  let step = 'load';
  try {
    const deadline = Date.now() + limits.load;
    await page.goto(url, { waitUntil: 'commit', timeout: limits.load });
    const loaded = await waitForSettled(page, target, deadline, metrics);
    if (!loaded) throw new StepTimeout(metrics.firstDraw === null ? 'load' : 'settle');
    metrics.settled = target.floor ? null : loaded.lastActivity;
    metrics.longestTask = longestTask(loaded.longTasks, 0, loaded.now);
    metrics.totalBlockingTime = totalBlockingTime(loaded.longTasks, 0, loaded.now);
    if (!target.floor && loaded.firstDraw !== null && loaded.lastActivity !== null) {
      const [from, to] = [loaded.firstDraw, loaded.lastActivity];
      const fromMapLibre = (source: string) => /maplibre/i.test(source);
      metrics.layoutLongestTask = longestTask(loaded.longTasks, from, to);
      metrics.layoutBlocking = totalBlockingTime(loaded.longTasks, from, to);
      const own = longestScriptOf(loaded.scripts, (source) => !fromMapLibre(source), from, to);
      metrics.layoutOwnScript = own?.duration ?? 0;
      // Which one, to look for it in a trace (scripts/trace-load.ts).
      if (own)
        metrics.notes.push(
          `longest script of the page during the layout: ${formatMs(own.duration)}, ${own.name || '?'} in ${own.source.split('/').pop() || '?'}`,
        );
      metrics.layoutMapScript = longestScript(loaded.scripts, fromMapLibre, from, to);
    }
    metrics.domElements = loaded.domElements;
    if (dataPath) {
      metrics.dataLoaded = await page.evaluate(
        (path) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes(path))?.responseEnd ?? null,
        dataPath,
      );
    }
    metrics.dataParsed = await page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? null, DATASET_READY_MARK);
    await page.evaluate(() => window.__bench.stopWatching());
    if (screenshot) await page.screenshot({ path: screenshot, timeout: limits.input });

    step = 'heap';
    await within(step, limits.heap, cdp.send('HeapProfiler.collectGarbage'));
    metrics.heap = (await within(step, limits.heap, cdp.send('Runtime.getHeapUsage'))).usedSize;

    // The click first, on the view as loaded: zoom and pan leave each library's view elsewhere.
    if (!target.floor) {
      // A page that stops answering during the click is left ('click+': zoom and pan not measured);
      // one that answers but shows no selection in time goes on ('click').
      step = 'click';
      const point = await within('click+', limits.click, nodePoint(page, target, helper));
      const frame = await graphBox(page, target);
      const inside = point && point.x > frame.x && point.x < frame.x + frame.width && point.y > frame.y && point.y < frame.y + frame.height;
      if (!point || !inside) {
        metrics.notes.push('click: no node found on screen to click');
      } else {
        const at = { x: Math.round(point.x), y: Math.round(point.y) };
        await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...at });
        await within(
          'click+',
          limits.click,
          page.evaluate(() => window.__bench.afterNextPaint()),
        );
        // The mouse rests on the node a moment, as a hand does (force-graph finds what is under the
        // pointer at most every 800 ms).
        await sleep(HOVER_REST_MS);
        await within(
          'click+',
          limits.click,
          page.evaluate(() => window.__bench.afterNextPaint()),
        );
        await page.evaluate((ms) => {
          window.__benchClick = window.__bench.armClick(ms);
        }, limits.click);
        // BENCH_PROFILE_CLICK=<file>: a CPU profile (DevTools' .cpuprofile) of the click, to see its work.
        const profile = process.env.BENCH_PROFILE_CLICK;
        if (profile) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        void cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at, button: 'left', buttons: 1, clickCount: 1 }).catch(() => undefined);
        void cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at, button: 'left', buttons: 0, clickCount: 1 }).catch(() => undefined);
        const shown = await within(
          'click+',
          limits.click + 5000,
          page.evaluate(() => window.__benchClick),
        );
        if (profile) {
          const { profile: recorded } = await cdp.send('Profiler.stop');
          writeFileSync(profile.replace('{actors}', String(actors)), JSON.stringify(recorded));
        }
        if (shown && 'shownAt' in shown) metrics.click = shown.shownAt - shown.clickAt;
        else if (shown && 'error' in shown) metrics.notes.push(`click: ${shown.error}`);
        else metrics.timedOut.push('click');
      }
    }

    const box = await graphBox(page, target);
    const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    const steps = Math.round(INPUT_MS / INPUT_STEP_MS);

    step = 'zoom';
    // BENCH_TRACE_PAN=<file>: a Chromium trace (renderer, compositor, GPU process) of the zoom and the pan.
    if (process.env.BENCH_TRACE_PAN)
      await browser.startTracing(page, { path: process.env.BENCH_TRACE_PAN, categories: ['devtools.timeline', 'gpu', 'viz', 'cc', 'toplevel', 'input'] });
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...centre });
    await within(
      step,
      limits.input,
      page.evaluate(() => window.__bench.afterNextPaint()),
    );
    const zoom = await framesDuring(page, step, limits.input, () =>
      scripted(
        cdp,
        Array.from({ length: steps }, (_, i) => ({
          at: i * INPUT_STEP_MS,
          params: { type: 'mouseWheel', ...centre, deltaX: 0, deltaY: i < steps / 2 ? -WHEEL_DELTA : WHEEL_DELTA },
        })),
      ),
    );
    metrics.zoomP50 = percentile(zoom, 50);
    metrics.zoomP95 = percentile(zoom, 95);
    metrics.zoomFrames = zoom.length;

    step = 'pan';
    const start = target.floor ? centre : await findPoint(helper, await page.screenshot({ clip: box, timeout: limits.input }), box, 'empty');
    const from = start ?? { x: Math.round(box.x + 20), y: Math.round(box.y + 20) };
    if (!start) metrics.notes.push('pan: no empty spot found, dragged from the top-left corner');
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...from });
    // A spot that looks empty may still be within a node's reach (its hit area is larger than its
    // drawing): the page's cursor tells, and the pan is then a drag of that node.
    const cursor = await page.evaluate(({ x, y }) => {
      const e = document.elementFromPoint(x, y);
      return e ? getComputedStyle(e).cursor : '';
    }, from);
    // As before the zoom: the pointer's arrival drawn first, then a pause after the screenshot that
    // found the spot. (Traces of the pan on this machine: the page's main thread idle nine tenths of
    // the time while the GPU process's compositing, SkiaOutputSurfaceImplOnGpu::SwapBuffers under
    // SwiftShader, took 0.1 to 3 s a frame; BENCH_TRACE_PAN=<file> records such a trace.)
    await within(
      step,
      limits.input,
      page.evaluate(() => window.__bench.afterNextPaint()),
    );
    await sleep(AFTER_CAPTURE_MS);
    if (cursor === 'pointer') metrics.notes.push('pan: started on a node (the pointer cursor showed), so it dragged the node');
    // BENCH_PROFILE_PAN=<file>: a CPU profile of the pan, as BENCH_PROFILE_CLICK for the click.
    const panProfile = process.env.BENCH_PROFILE_PAN;
    if (panProfile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const pan = await framesDuring(page, step, limits.input, () =>
      scripted(cdp, [
        { at: 0, params: { type: 'mousePressed', ...from, button: 'left', buttons: 1, clickCount: 1 } },
        ...Array.from({ length: steps }, (_, i) => {
          const phase = (i + 1) / steps;
          const dx = PAN_DISTANCE * (phase <= 0.5 ? phase * 2 : (1 - phase) * 2);
          return { at: ((i + 1) * INPUT_MS) / (steps + 1), params: { type: 'mouseMoved', x: from.x + dx, y: from.y + dx / 4, button: 'left', buttons: 1 } };
        }),
        { at: INPUT_MS, params: { type: 'mouseReleased', ...from, button: 'left', buttons: 0, clickCount: 1 } },
      ]),
    );
    if (process.env.BENCH_TRACE_PAN) await browser.stopTracing();
    if (panProfile) {
      const { profile: recorded } = await cdp.send('Profiler.stop');
      writeFileSync(panProfile.replace('{actors}', String(actors)), JSON.stringify(recorded));
    }
    metrics.panP50 = percentile(pan, 50);
    metrics.panP95 = percentile(pan, 95);
    metrics.panFrames = pan.length;
  } catch (error) {
    if (error instanceof StepTimeout) metrics.timedOut.push(error.message);
    else metrics.notes.push(`${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    if (errors.length) metrics.notes.push(...errors.slice(0, 3).map((e) => `page error: ${e.slice(0, 200)}`));
    await within('close', 20_000, context.close()).catch(() => metrics.notes.push('the page could not be closed'));
  }
  return metrics;
}

declare global {
  interface Window {
    __bench: {
      load(): unknown;
      stopWatching(): void;
      startFrames(): number;
      stopFrames(): Promise<{ frames: number[]; now: number }>;
      armClick(timeout: number): Promise<{ clickAt: number; changedAt: number; shownAt: number; text: string } | { error: string } | null>;
      afterNextPaint(): Promise<number>;
      domNodePoint(): { x: number; y: number } | null;
    };
    __benchClick?: ReturnType<Window['__bench']['armClick']>;
  }
}
