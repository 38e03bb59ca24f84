// tsx scripts/graph-pan.ts <dist folder> <label> [actors] [--profile out.cpuprofile]
// Serves a build with a synthetic dataset (5,000 actors unless told), waits for the graph's
// settled layout, drags the graph's background for 3 s with the mouse and prints the frame
// intervals measured meanwhile (p50, p95, count) and how long the canvas's last full drawing took.
// With --profile, writes a CPU profile of the drag (open it in Chromium's DevTools).
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { launch } from '../tests/e2e/browser';
import { syntheticDataset } from './synthetic';
import { findPoint } from './bench-pixels';

const args = process.argv.slice(2);
const profileAt = args.indexOf('--profile');
const profilePath = profileAt >= 0 ? args.splice(profileAt, 2)[1] : undefined;
const traceAt = args.indexOf('--trace');
const tracePath = traceAt >= 0 ? args.splice(traceAt, 2)[1] : undefined;
const [dist = '', label = '', actors = '5000'] = args;
const { json, notes } = syntheticDataset(Number(actors));
mkdirSync(`${dist}/synthetic/sessions`, { recursive: true });
writeFileSync(`${dist}/synthetic/pan.json`, json);
for (const [p, text] of notes) {
  mkdirSync(`${dist}/synthetic/${p.split('/').slice(0, -1).join('/')}`, { recursive: true });
  writeFileSync(`${dist}/synthetic/${p}`, text);
}
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('response', (r) => {
  if (r.status() >= 400) console.info('HTTP', r.status(), r.url());
});
await page.goto(`${base}?data=synthetic/pan.json`);
const surface = page.locator('#graph [data-graph-surface]');
await surface.waitFor({ timeout: 120_000 });
// The layout has settled once the stage is no longer busy and the drawing stops changing.
await page
  .locator('#graph [aria-busy="true"]')
  .waitFor({ state: 'detached', timeout: 300_000 })
  .catch(() => undefined);
await page.waitForTimeout(Number(process.env.SETTLE ?? 15000));
if (process.env.SELECT) {
  // A selection first, as the bench has one (it clicks a node before zooming and panning).
  await page
    .locator('#graph .graph-node-list button')
    .first()
    .evaluate((b) => (b as HTMLButtonElement).click());
  await page.waitForTimeout(3000);
}
const box = (await surface.boundingBox())!;
if (process.env.ZOOM) {
  // A wheel zoom in then out first, as the bench does before its pan.
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(c.x, c.y);
  for (let w = 0; w < 60; w++) {
    await page.mouse.wheel(0, w < 30 ? -100 : 100);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1000);
}
let from = { x: box.x + 12, y: box.y + box.height - 12 };
if (process.env.FROM) {
  // As the bench does: a spot found in a screenshot ('empty' or 'node'), nearest the centre.
  const helper = await browser.newPage();
  const found = await findPoint(helper, await page.screenshot({ clip: box }), box, process.env.FROM as 'empty' | 'node');
  await helper.close();
  if (found) from = found;
  console.info('drag from', from, 'node under it:', await page.evaluate(`document.querySelector('#graph canvas').style.cursor`));
}
await page.mouse.move(from.x, from.y);
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
if (tracePath) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'gpu', 'viz', 'cc', 'toplevel', 'input', 'blink'] });
if (profilePath) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
}
await page.evaluate(`(() => {
  window.__frames = []; window.__stop = false;
  const loop = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`);
const start = Date.now();
let i = 0;
if (process.env.CDP) {
  // Events sent by the DevTools protocol at fixed times without waiting for the page, as the bench does.
  const sent: Promise<unknown>[] = [];
  const at = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, start + ms - Date.now())));
  sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...from, button: 'left', buttons: 1, clickCount: 1 }));
  for (i = 1; i <= 60; i++) {
    await at((i * 3000) / 61);
    const phase = i / 60;
    const dx = 200 * (phase <= 0.5 ? phase * 2 : (1 - phase) * 2);
    sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: from.x + dx, y: from.y - dx / 4, button: 'left', buttons: 1 }));
  }
  await at(3000);
  sent.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...from, button: 'left', buttons: 0, clickCount: 1 }));
  await Promise.all(sent);
} else {
  await page.mouse.down();
  while (Date.now() - start < 3000) {
    i++;
    const phase = (Date.now() - start) / 3000;
    const dx = 200 * (phase <= 0.5 ? phase * 2 : (1 - phase) * 2);
    await page.mouse.move(from.x + dx, from.y - dx / 4);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}
await page.waitForTimeout(600);
const frames = (await page.evaluate('(() => { window.__stop = true; return window.__frames; })()')) as number[];
if (tracePath) await browser.stopTracing();
if (profilePath) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(profilePath, JSON.stringify(profile));
}
const intervals = frames
  .slice(1)
  .map((t, k) => t - frames[k]!)
  .sort((a, b) => a - b);
const q = (p: number) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))] ?? NaN;
const paintMs = await surface.getAttribute('data-paint-ms');
console.info(
  label,
  JSON.stringify({ actors: Number(actors), moves: i, frames: frames.length, p50: q(0.5), p95: q(0.95), max: q(1), lastFullPaintMs: paintMs }),
);
await browser.close();
await server.close();
