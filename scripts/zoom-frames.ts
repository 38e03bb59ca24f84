// tsx scripts/zoom-frames.ts <url> [width] [height] [--shot out.png] [--wheels n] [--maximize]
// Opens the page in the system's Chromium, waits for the graph, optionally takes a screenshot,
// then scrolls the wheel over the graph (in, then out) and prints the frame intervals measured by
// requestAnimationFrame meanwhile (p50, p95, max), and how the graph was drawn.
import { launch, watch } from '../tests/e2e/browser';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const shot = option('--shot');
const wheels = Number(option('--wheels') ?? 24);
// The graph alone on the page (the map hidden), so the frames measure the graph only.
const maximize = args.includes('--maximize') ? (args.splice(args.indexOf('--maximize'), 1), true) : false;
const [url, w = '1920', h = '1080'] = args;
if (!url) {
  console.error('usage: tsx scripts/zoom-frames.ts <url> [width] [height] [--shot out.png] [--wheels n]');
  process.exit(2);
}
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const watched = watch(page);
const started = Date.now();
await page.goto(url);
await page.locator('#graph [data-graph-surface]').waitFor({ timeout: 120_000 });
await page.waitForTimeout(Number(process.env.SETTLE ?? 2000));
if (maximize) {
  await page
    .getByRole('button', { name: /^(Agrandir|Maximise) : / })
    .first()
    .click({ timeout: 300_000 });
  await page.waitForTimeout(3000);
}
const loaded = Date.now() - started;
if (shot) await page.screenshot({ path: shot });
const box = (await page.locator('#graph [data-graph-surface]').boundingBox())!;
const drawing = await page.evaluate(() => ({
  canvas: document.querySelectorAll('#graph canvas').length,
  svgNodes: document.querySelectorAll('#graph svg [data-node]').length,
  elements: document.querySelectorAll('#graph *').length,
}));
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
// A string, not a function: tsx would add helpers to a function that the page does not have.
await page.evaluate(`(() => {
  window.__frames = [];
  window.__stop = false;
  const loop = (t) => {
    window.__frames.push(t);
    if (!window.__stop) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`);
const t0 = Date.now();
for (let i = 0; i < wheels; i++) {
  await page.mouse.wheel(0, i < wheels / 2 ? -120 : 120);
  await page.waitForTimeout(30);
}
// Long enough for the full drawing that follows a gesture to be counted among the frames.
await page.waitForTimeout(800);
const elapsed = Date.now() - t0;
const frames = await page.evaluate(() => {
  const w = window as unknown as { __frames: number[]; __stop: boolean };
  w.__stop = true;
  return w.__frames;
});
const paintMs = await page.locator('#graph [data-graph-surface]').getAttribute('data-paint-ms');
const intervals = frames
  .slice(1)
  .map((t, i) => t - frames[i]!)
  .sort((a, b) => a - b);
const q = (p: number) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))] ?? NaN;
console.info(
  JSON.stringify({
    url,
    loadedMs: loaded,
    drawing,
    wheels,
    zoomMs: elapsed,
    frames: intervals.length,
    p50: +q(0.5).toFixed(1),
    p95: +q(0.95).toFixed(1),
    max: +(intervals[intervals.length - 1] ?? NaN).toFixed(1),
    fullPaintMs: paintMs === null ? null : Number(paintMs),
    errors: watched.errors,
  }),
);
await browser.close();
