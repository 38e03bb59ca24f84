// tsx scripts/map-look.ts <dist folder> <out prefix>: screenshots of the map at the France view, after a
// click on the Paris cluster, and (with a synthetic 3k-place dataset written beside the build) at 3k places.
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { launch } from '../tests/e2e/browser';
import { syntheticDataset } from './synthetic';

const [dist = 'dist', out = 'test-results/look'] = process.argv.slice(2);
const { json, notes } = syntheticDataset(1500, { relationsPerActor: 1, places: 3000 });
mkdirSync(`${dist}/synthetic/sessions`, { recursive: true });
writeFileSync(`${dist}/synthetic/places-3k.json`, json);
for (const [p, text] of notes) writeFileSync(`${dist}/synthetic/${p}`, text);
const server = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text());
});
// The map's view says aria-busy while it loads, moves or draws: at rest once it is gone.
const map = page.getByRole('region', { name: 'Carte des lieux', exact: true });
const idle = (timeout = 60_000) => map.locator('[data-state="ready"]:not([aria-busy])').waitFor({ timeout });
const names = () =>
  map
    .locator('[aria-hidden="true"] > [data-place]')
    .evaluateAll((spans) => spans.filter((s) => getComputedStyle(s).visibility === 'visible').map((s) => s.textContent));
await page.goto(base);
await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click({ timeout: 60_000 });
await idle();
console.log('names', await names());
await page.screenshot({ path: `${out}-france.png` });
const cluster = page.getByRole('button', { name: /Groupe de \d+ lieux/ }).first();
console.log('clusters', await page.getByRole('button', { name: /Groupe de \d+ lieux/ }).count(), await cluster.getAttribute('aria-label'));
const box = await cluster.boundingBox();
if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
await page.waitForTimeout(300);
await idle();
console.log('names after click', await names());
await page.screenshot({ path: `${out}-cluster-open.png` });
await page.goto(`${base}?data=synthetic/places-3k.json`);
await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click({ timeout: 120_000 });
await idle(120_000);
await page.getByRole('button', { name: 'Monde' }).click();
await page.waitForTimeout(300);
await idle(120_000);
await page.screenshot({ path: `${out}-3k.png` });
await browser.close();
await server.close();
