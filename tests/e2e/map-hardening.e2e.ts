// The map under hostile conditions (issue 14): a lost WebGL context, an absurdly large online
// style, and an online style with HTML in its attribution and a sprite that fails.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Carte des lieux', exact: true });

/** The map's canvas, as a screen reader names it. */
const mapCanvas = (page: Page) => mapRegion(page).getByLabel(/^Carte des lieux de l’atelier/);

/** Loses (or restores) the WebGL context of the map's canvas, as a GPU reset would. */
function loseContext(page: Page, action: 'loseContext' | 'restoreContext') {
  return mapCanvas(page).evaluate((canvas: HTMLCanvasElement, action) => {
    // A lost context gives no extension, so the one used to lose it is kept to restore it.
    const kept = window as unknown as { __loseContext?: WEBGL_lose_context | null };
    if (action === 'loseContext') {
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      kept.__loseContext = gl?.getExtension('WEBGL_lose_context');
    }
    if (!kept.__loseContext) throw new Error('no WEBGL_lose_context');
    kept.__loseContext[action]();
  }, action);
}

/** What the map's canvas shows: how many colours, and the share of pixels of one colour. */
async function drawn(page: Page, rgb: readonly [number, number, number] = [255, 0, 255]) {
  const png = await mapCanvas(page).screenshot();
  return page.evaluate(
    async ({ b64, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set<number>();
      let same = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) same += 1;
      }
      return { colours: colours.size, share: same / (data.length / 4) };
    },
    { b64: png.toString('base64'), rgb },
  );
}

describe('the map under hostile conditions', () => {
  it('says when its WebGL context is lost, offers to redraw, and recovers by itself on restore', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    const region = mapRegion(page);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const redraw = region.getByRole('button', { name: 'Redessiner la carte' });
    await expect(redraw.isVisible()).resolves.toBe(false);

    await loseContext(page, 'loseContext');
    const alert = region.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(alert.textContent()).resolves.toContain('La carte n’est plus dessinée');
    await expect(redraw.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: 'test-results/map-context-lost.png' });

    await loseContext(page, 'restoreContext');
    await alert.waitFor({ state: 'hidden', timeout: 10_000 });
    // Drawn again by itself: land, sea and places, not an empty canvas.
    await expect.poll(async () => (await drawn(page)).colours, { timeout: 30_000 }).toBeGreaterThan(20);

    // Lost again, and redrawn by hand: a new map on a new canvas, ready, the message gone.
    await loseContext(page, 'loseContext');
    await redraw.waitFor({ state: 'visible', timeout: 10_000 });
    await redraw.click();
    await alert.waitFor({ state: 'hidden', timeout: 10_000 });
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(region.locator('canvas.maplibregl-canvas').count()).resolves.toBe(1);
    await expect(mapCanvas(page).evaluate((c: HTMLCanvasElement) => c.getContext('webgl2')?.isContextLost())).resolves.toBe(false);
    await expect.poll(async () => (await drawn(page)).colours, { timeout: 30_000 }).toBeGreaterThan(20);
    expect(watched.errors.filter((e) => !/context lost|CONTEXT_LOST/i.test(e))).toEqual([]);
    await page.close();
  });

  it('refuses a same-origin style with 50,000 layers with a notice and draws the embedded basemap', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const styleUrl = `${inject('baseURL')}hostile/huge-style.json`;
    const layers = Array.from({ length: 50_000 }, (_, i) => ({ id: `layer-${i}`, type: 'background', paint: { 'background-color': '#ff00ff' } }));
    await page.route(styleUrl, (route) => route.fulfill({ json: { version: 8, sources: {}, layers } }));
    await page.goto(`${inject('baseURL')}?basemap=${encodeURIComponent(styleUrl)}`);
    const region = mapRegion(page);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(region.getByRole('status').filter({ hasText: 'dépasse les limites' }).count()).resolves.toBe(1);
    // The embedded basemap, drawn: many colours, and none of the refused style's magenta.
    await expect.poll(async () => (await drawn(page)).colours, { timeout: 30_000 }).toBeGreaterThan(20);
    expect((await drawn(page)).share).toBe(0);
    await page.close();
  });

  it('shows an online style’s HTML attribution as plain text and says once that its sprite failed', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const base = inject('baseURL');
    const styleUrl = `${base}hostile/style.json`;
    const style = {
      version: 8,
      sprite: `${base}hostile/missing-sprite`,
      sources: {
        s: {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
          attribution: '<img src="/hostile/pixel.png" onerror="window.__owned=1">Acme <a href="https://evil.example/">tiles</a>',
        },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#cde' } },
        { id: 'dots', type: 'circle', source: 's' },
      ],
    };
    await page.route(styleUrl, (route) => route.fulfill({ json: style }));
    await page.route(`${base}hostile/missing-sprite**`, (route) => route.fulfill({ status: 404, body: 'no' }));
    await page.goto(`${base}?basemap=${encodeURIComponent(styleUrl)}`);
    const region = mapRegion(page);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const attribution = region.locator('.maplibregl-ctrl-attrib-inner').filter({ hasText: 'Acme tiles' });
    await attribution.waitFor({ timeout: 30_000 });
    await expect(attribution.locator('img, a[href^="https://evil"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).resolves.toBeUndefined();
    const notice = region.getByRole('status').filter({ hasText: 'n’a pas pu être chargée' });
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.count()).resolves.toBe(1);
    await expect(region.locator('.map-loading').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('gives up on an online style that never draws and uses the embedded basemap, with a notice', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const base = inject('baseURL');
    const styleUrl = `${base}hostile/stalled-style.json`;
    const style = {
      version: 8,
      sources: { v: { type: 'vector', url: `${base}hostile/never.json` } },
      layers: [{ id: 'roads', type: 'line', source: 'v', 'source-layer': 'roads' }],
    };
    await page.route(styleUrl, (route) => route.fulfill({ json: style }));
    // The source's TileJSON never answers.
    await page.route(`${base}hostile/never.json`, () => undefined);
    await page.goto(`${base}?basemap=${encodeURIComponent(styleUrl)}`);
    const region = mapRegion(page);
    await region.getByRole('status').filter({ hasText: 'ne s’affiche pas' }).waitFor({ timeout: 60_000 });
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    // The embedded basemap, drawn (the stalled style would leave the canvas empty).
    await expect.poll(async () => (await drawn(page)).colours, { timeout: 30_000 }).toBeGreaterThan(20);
    await page.close();
  }, 120_000);
});
