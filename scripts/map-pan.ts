// tsx scripts/map-pan.ts <dist folder> <label>: serves a build with a synthetic 3k-place dataset, pans the
// full-screen map for 3 s with the mouse and prints how many frames the page drew meanwhile.
// A third argument `workshop` pans the workshop's map instead: the floor of what this machine does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { launch } from '../tests/e2e/browser';
import { syntheticDataset } from './synthetic';

const [dist = '', label = '', data = 'synthetic/places-3k.json'] = process.argv.slice(2);
const { json, notes } = syntheticDataset(1500, { relationsPerActor: 1, places: 3000 });
mkdirSync(`${dist}/synthetic/sessions`, { recursive: true });
writeFileSync(`${dist}/synthetic/places-3k.json`, json);
for (const [p, text] of notes) writeFileSync(`${dist}/synthetic/${p}`, text);
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const t0 = Date.now();
await page.goto(`${base}${data === 'workshop' ? '' : `?data=${data}`}`);
await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click({ timeout: 120_000 });
// The map's view says aria-busy while it loads, moves or draws.
const map = page.getByRole('region', { name: 'Carte des lieux', exact: true });
await map.locator('[data-state="ready"]:not([aria-busy])').waitFor({ timeout: 120_000 });
console.log(label, 'map ready after', Date.now() - t0, 'ms');
await page.getByRole('button', { name: 'Monde' }).click();
await page.waitForTimeout(300);
await map.locator('[data-state="ready"]:not([aria-busy])').waitFor({ timeout: 120_000 });
const box = await map.locator('canvas').boundingBox();
if (!box) throw new Error('no canvas');
// A string, not a function: tsx would wrap a named function in a helper the page does not have.
await page.evaluate(`(() => {
  window.__frames = 0; window.__stop = false;
  const tick = () => { window.__frames++; if (!window.__stop) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`);
const cx = box.x + box.width / 2,
  cy = box.y + box.height / 2;
await page.mouse.move(cx, cy);
await page.mouse.down();
const start = Date.now();
let i = 0;
while (Date.now() - start < 3000) {
  i++;
  await page.mouse.move(cx + 200 * Math.sin(i / 5), cy + 100 * Math.cos(i / 7));
  await page.waitForTimeout(16);
}
await page.mouse.up();
const frames = await page.evaluate('(() => { window.__stop = true; return window.__frames; })()');
console.log(label, `frames during a ${Date.now() - start} ms pan: ${frames}; moves sent ${i}`);
await page.screenshot({ path: `/tmp/mapwork/pan-${label}.png` });
await browser.close();
await server.close();
