// Export in the built app, in Chromium: the header's Export menu gives real downloads, and the
// projector pictures are 1920×1080 with the title and legend drawn in.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

async function openApp(page: Page) {
  await page.goto(`${inject('baseURL')}`);
  await page.getByRole('region', { name: 'Carte des lieux', exact: true }).locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
}

async function download(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [event] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name, exact: true }).click()]);
  const path = await event.path();
  return { file: event.suggestedFilename(), bytes: readFileSync(path) };
}

const pngSize = (bytes: Buffer) => ({ signature: bytes.subarray(1, 4).toString('ascii'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** Share of dark pixels in a rectangle of a PNG, decoded by the browser. */
function darkShare(page: Page, bytes: Buffer, rect: { x: number; y: number; width: number; height: number }): Promise<number> {
  return page.evaluate(
    async ({ base64, rect }) => {
      // Decoded from bytes in the page (the site's CSP refuses fetch() of a data: address).
      const binary = atob(base64);
      const raw = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(rect.x, rect.y, rect.width, rect.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark += 1;
      return dark / (data.length / 4);
    },
    { base64: bytes.toString('base64'), rect },
  );
}

describe('Export', () => {
  it('downloads the network as GeoJSON from the header menu', async () => {
    const page = await browser().newPage({ acceptDownloads: true, viewport: { width: 1400, height: 850 } });
    const watched = watch(page);
    await openApp(page);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const { file, bytes } = await download(page, 'GeoJSON : lieux et liens (SIG)');
    expect(file).toMatch(/\.geojson$/);
    const geojson = JSON.parse(bytes.toString('utf8')) as { type: string; features: { geometry: { type: string } }[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.some((f) => f.geometry.type === 'Point')).toBe(true);
    expect(geojson.features.some((f) => f.geometry.type === 'LineString')).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('downloads PNGs of the graph and of the map at projector size, with the title and legend drawn in', async () => {
    const page = await browser().newPage({ acceptDownloads: true, viewport: { width: 1400, height: 850 } });
    const watched = watch(page);
    await openApp(page);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    for (const name of ['Graphe en PNG, vidéoprojecteur (1920 × 1080)', 'Carte en PNG, vidéoprojecteur (1920 × 1080)']) {
      const { file, bytes } = await download(page, name);
      expect(file).toMatch(/-1920x1080\.png$/);
      expect(pngSize(bytes)).toEqual({ signature: 'PNG', width: 1920, height: 1080 });
      // The title in the top band, the legend's words in the right column: ink where they are.
      expect(await darkShare(page, bytes, { x: 32, y: 30, width: 900, height: 60 })).toBeGreaterThan(0.03);
      expect(await darkShare(page, bytes, { x: 1480, y: 180, width: 400, height: 200 })).toBeGreaterThan(0.005);
    }
    const view = await download(page, 'Graphe en PNG, taille de la vue');
    const size = pngSize(view.bytes);
    expect(size.width).toBeLessThan(1400);
    expect(size.width).toBeGreaterThan(200);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('exports a dataset with its own vocabulary as the CSV set and as GEXF, and both open again as the same network', async () => {
    const page = await browser().newPage({ acceptDownloads: true, viewport: { width: 1400, height: 850 } });
    const watched = watch(page);
    const title = page.getByRole('heading', { level: 1, name: 'Food sovereignty alliances' });
    const rings = () => page.locator('[data-ring]').allTextContents();
    const legend = () => page.getByRole('list', { name: 'Kinds of actors' }).getByRole('listitem').allTextContents();
    const openFile = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
      await page.getByRole('button', { name: 'Open data' }).click();
      await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Choose a file').setInputFiles(file);
    };
    await page.goto(`${inject('baseURL')}?lang=en`);
    await page.getByRole('heading', { level: 1, name: /^From local to global/ }).waitFor();
    await openFile(fileURLToPath(new URL('../fixtures/valid-custom-vocabulary.json', import.meta.url)));
    await title.waitFor({ timeout: 30_000 });
    const graph = page.getByRole('region', { name: 'Alliance graph' });
    const actors = async () => (await graph.getByRole('button', { name: /, (city|farmers' union|cooperative), / }).allTextContents()).length;
    // The graph is drawn after the page's first paint.
    await expect.poll(rings, { timeout: 30_000 }).toEqual(['Village', 'Country', 'World']);
    const before = { rings: await rings(), legend: await legend(), actors: await actors() };
    expect(before.rings).toEqual(['Village', 'Country', 'World']);
    expect(before.actors).toBe(4);

    for (const [format, type] of [
      ['CSV: actors, relations, places (.zip)', 'application/zip'],
      ['GEXF for Gephi', 'application/gexf+xml'],
    ] as const) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const { file, bytes } = await download(page, format);
      await openFile({ name: file, mimeType: type, buffer: bytes });
      // The file's own name is its title: the network opened again is the one on screen.
      await page.getByRole('heading', { level: 1, name: file.replace(/(-csv)?\.(zip|gexf)$/, '') }).waitFor({ timeout: 30_000 });
      await expect.poll(async () => ({ rings: await rings(), legend: await legend(), actors: await actors() }), { timeout: 30_000 }).toEqual(before);
    }
    expect(watched.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  }, 120_000);
});
