// Works offline after the first visit (issue 11), in Chromium: the service worker precaches the
// app, its data, notes and basemap; a dataset kept in this browser reopens with no network; a new
// version announces itself and waits for the person to reload.
// These tests serve a copy of the build from their own server, so that they can stop it (no
// network at all, not only the browser's offline switch) and publish a "new version".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { colourShare, mapAtRest, mapRegion } from './mapScreen';

/** The light map's land colour (src/map/palette.ts). */
const LAND = [0xf7, 0xf4, 0xec];

const browser = useBrowser();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static server of a folder: what any web host does with the built site. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      // sw.js is never cached by the HTTP cache, as hosts are told to (so updates are seen).
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}
const stop = (server: Server) =>
  new Promise<void>((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

let site = '';
beforeAll(() => {
  // The build made by globalSetup, copied so that these tests can change it.
  site = mkdtempSync(join(tmpdir(), 'maillage-offline-'));
  cpSync(resolve('dist'), site, { recursive: true });
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Waits until the service worker is active: the app, its data and basemap are cached. */
const offlineReady = (page: Page) =>
  page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((done) => worker.addEventListener('statechange', () => worker.state === 'activated' && done()));
    }
    return worker?.state;
  });

describe('offline after the first visit', () => {
  it('opens the app, graph, map with its basemap, a session note and a kept dataset with no network', async () => {
    const { server, url } = await serve(site);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const watched = watch(page);
    await page.goto(`${url}#/acteur/cites-unies-france`);
    await page.getByRole('heading', { level: 1, name: /Du local au mondial/ }).waitFor();
    expect(await offlineReady(page)).toBe('activated');
    // The manifest makes it installable.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; lang: string; icons: { sizes: string; purpose: string }[] }) : null;
    });
    expect(manifest?.lang).toBe('fr');
    expect(manifest?.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    // A dataset opened from a file is kept in this browser (My data).
    await page.getByRole('button', { name: 'Ouvrir des données' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir des données' });
    await dialog.getByLabel('Choisir un fichier').setInputFiles(resolve('tests/fixtures/import/partenaires-excel-fr.csv'));
    await page.getByRole('heading', { level: 1, name: 'partenaires-excel-fr' }).waitFor({ timeout: 30_000 });

    // No network at all: the server is gone and the browser is offline.
    await stop(server);
    await context.setOffline(true);

    await page.goto(`${url}#/session/amap`);
    await page.getByRole('heading', { level: 1, name: /Du local au mondial/ }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    await graph
      .getByRole('button', { name: /^Cités Unies France/ })
      .first()
      .waitFor();
    const notes = page.getByRole('region', { name: 'Notes de la session' });
    await notes.getByRole('heading').first().waitFor();
    expect((await notes.textContent())?.length ?? 0).toBeGreaterThan(200);
    // The map draws its offline basemap (countries from public/basemap, cached).
    // (Land is drawn in its own colour over the sea: without the basemap there would be sea only.)
    const map = mapRegion(page);
    await map.scrollIntoViewIfNeeded();
    await mapAtRest(map, 60_000);
    expect(await colourShare(map, LAND)).toBeGreaterThan(0.05);
    await page.screenshot({ path: 'test-results/offline-app.png' });

    // The kept dataset reopens from My data.
    await page.getByRole('button', { name: 'Ouvrir des données' }).click();
    await dialog.getByRole('list', { name: 'Mes données' }).getByRole('button', { name: 'Ouvrir « partenaires-excel-fr.csv »' }).click();
    await page.getByRole('heading', { level: 1, name: 'partenaires-excel-fr' }).waitFor({ timeout: 30_000 });
    await graph.getByRole('button', { name: /^Ville de Nanterre, commune, local$/ }).waitFor();
    // …and from its address, after a reload with no network.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'partenaires-excel-fr' }).waitFor({ timeout: 30_000 });
    expect(watched.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('announces a new version with a Reload button, and changes nothing until it is pressed', async () => {
    const { server, url } = await serve(site);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await offlineReady(page)).toBe('activated');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(first).toBeDefined();
    await expect(page.getByRole('alert').filter({ hasText: 'Nouvelle version disponible' }).count()).resolves.toBe(0);

    // A new version is published: its service worker differs.
    writeFileSync(join(site, 'sw.js'), `${readFileSync(join(site, 'sw.js'), 'utf8')}\n// version 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('alert').filter({ hasText: 'Nouvelle version disponible' });
    await prompt.waitFor({ timeout: 60_000 });
    // It waits: the page is still run by the first version.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state))).toBe('installed');

    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await prompt.getByRole('button', { name: 'Recharger' }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null))).toBeNull();
    await expect(page.getByRole('alert').filter({ hasText: 'Nouvelle version disponible' }).count()).resolves.toBe(0);
    await context.close();
    await stop(server);
  });
});
