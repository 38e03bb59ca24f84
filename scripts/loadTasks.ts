// tsx scripts/loadTasks.ts [appRoot=.] [sizes=2000,5000] [--no-map]
// Loads synthetic networks into the built app (appRoot/dist, served by vite preview) in the
// system's Chromium and prints, per size: when the first node is drawn, the longest main-thread
// task while loading and the total blocking time (PerformanceObserver 'longtask'), and how long a
// click on the language button takes to show while the layout runs. Figures, not assertions.
import { resolve } from 'node:path';
import { preview } from 'vite';
import { launch } from '../tests/e2e/browser';
import { writeSyntheticFiles } from './synthetic';

const root = resolve(process.argv[2] ?? '.');
const sizes = (process.argv[3] ?? '2000,5000').split(',').map(Number);
// --no-map: Chromium without WebGL, so the map shows its list and only the graph's work is timed.
const noMap = process.argv.includes('--no-map');

const server = await preview({ root, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report an address');
const browser = await launch(noMap ? ['--disable-webgl', '--disable-3d-apis', '--disable-gpu'] : []);
try {
  for (const size of sizes) {
    const file = await writeSyntheticFiles(`${root}/dist`, size);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(() => {
      const w = window as unknown as { longtasks: { start: number; duration: number }[] };
      w.longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}?data=${file}`);
    await page.locator('[data-node]').first().waitFor({ state: 'attached', timeout: 300_000 });
    const firstNode = await page.evaluate(() => performance.now());
    // A click while the layout runs: how long until the page shows it.
    const clickAt = await page.evaluate(() => performance.now());
    await page.locator('.lang-switch').click({ force: true, timeout: 300_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 300_000 });
    const clickShown = await page.evaluate(() => performance.now());
    // Settled: no busy graph, then no long task for 3 s.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 300_000 });
    let quiet = 0;
    let seen = -1;
    while (quiet < 3) {
      await page.waitForTimeout(1000);
      const n = await page.evaluate(() => (window as unknown as { longtasks: unknown[] }).longtasks.length);
      quiet = n === seen ? quiet + 1 : 0;
      seen = n;
    }
    const tasks = await page.evaluate(() => (window as unknown as { longtasks: { duration: number }[] }).longtasks);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const tbt = tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    const nodes = await page.locator('[data-node]').count();
    console.log(
      `${size} actors (${nodes} nodes drawn): first node at ${firstNode.toFixed(0)} ms; longest task ${longest.toFixed(0)} ms; ` +
        `total blocking ${tbt.toFixed(0)} ms over ${tasks.length} long tasks; click → shown ${(clickShown - clickAt).toFixed(0)} ms`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
