import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, useBrowser, watch } from './browser';
import { axeViolations } from './axe';

interface PlaceOnScreen {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  /** Where MapLibre puts it, in canvas CSS pixels. */
  readonly x: number;
  readonly y: number;
  /** Where Web Mercator says it should be, computed here from the camera alone. */
  readonly mx: number;
  readonly my: number;
}

const browser = useBrowser();

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Carte des lieux', exact: true });

async function openMap(page: Page, query = '?maptest') {
  await page.goto(`${inject('baseURL')}${query}`);
  await mapRegion(page).locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
  // Let the first frames settle (labels placed, tiles drawn).
  await page.evaluate(
    () => new Promise<void>((resolve) => {
      const map = window.__maillageMap?.map;
      if (!map || map.loaded()) resolve();
      else map.once('idle', () => resolve());
    }),
  );
}

/** Waits until the map has stopped moving and drawn, and its names and counts are chosen again. */
async function settle(page: Page) {
  await page.waitForFunction(() => {
    const map = window.__maillageMap?.map;
    return !!map && !map.isMoving() && map.loaded();
  }, null, { timeout: 30_000, polling: 100 });
  await page.waitForTimeout(300);
}

interface ClusterOnScreen {
  readonly id: number;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly places: string[];
}

/** The clusters drawn now, with the places each holds (MapLibre's own leaves). */
function clustersOnScreen(page: Page): Promise<ClusterOnScreen[]> {
  return page.evaluate(async () => {
    const map = window.__maillageMap?.map;
    const source = map?.getSource('maillage-places') as import('maplibre-gl').GeoJSONSource | undefined;
    if (!map || !source) throw new Error('no map');
    const seen = new Map<number, ClusterOnScreen>();
    for (const f of map.queryRenderedFeatures({ layers: ['maillage-clusters'] })) {
      const id = f.properties?.cluster_id;
      if (typeof id !== 'number' || seen.has(id) || f.geometry.type !== 'Point') continue;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = map.project([lon, lat]);
      const leaves = await source.getClusterLeaves(id, Infinity, 0);
      seen.set(id, { id, count: Number(f.properties?.point_count), x: p.x, y: p.y, places: leaves.map((l) => String(l.properties?.id)) });
    }
    return [...seen.values()];
  });
}

/** Places drawn on their own now (not in a cluster), with where they are. */
function placesAlone(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const map = window.__maillageMap?.map;
    if (!map) throw new Error('no map');
    const found: Record<string, { x: number; y: number }> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['maillage-places'] })) {
      const id = f.properties?.id;
      if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      found[id] = map.project([lon, lat]);
    }
    return found;
  });
}

/** The place names written over the map and visible now, with their boxes on the page. */
function namesOnScreen(page: Page): Promise<{ text: string; x: number; y: number; width: number; height: number }[]> {
  return mapRegion(page)
    .locator('[aria-hidden="true"] > [aria-hidden="true"]')
    .evaluateAll((spans) =>
      spans
        .filter((s) => getComputedStyle(s).visibility === 'visible' && (s.textContent ?? '') !== '')
        .map((s) => {
          const r = s.getBoundingClientRect();
          return { text: s.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
}

const zoomOf = (page: Page) => page.evaluate(() => window.__maillageMap?.map.getZoom() ?? NaN);

/** Places with their projected positions, from MapLibre and from an independent Mercator formula. */
function placesOnScreen(page: Page, coords: Readonly<Record<string, readonly [number, number]>>): Promise<PlaceOnScreen[]> {
  return page.evaluate((coords) => {
    const map = window.__maillageMap?.map;
    if (!map) throw new Error('no map');
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const zoom = map.getZoom();
    const center = map.getCenter();
    const world = 512 * 2 ** zoom;
    const mx = (lon: number) => ((lon + 180) / 360) * world;
    const my = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
    return Object.entries(coords).map(([id, [lon, lat]]) => {
      const p = map.project([lon, lat]);
      return { id, lon, lat, x: p.x, y: p.y, mx: width / 2 + mx(lon) - mx(center.lng), my: height / 2 + my(lat) - my(center.lat) };
    });
  }, coords);
}

/** Decodes a PNG in a blank page and returns a function reading the pixel at (x, y), plus colour stats. */
async function pixels(png: Buffer, points: ReadonlyArray<readonly [number, number]>) {
  const page = await browser().newPage();
  const result = await page.evaluate(
    async ({ b64, points }) => {
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
      for (let i = 0; i < data.length; i += 4 * 7) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      const at = points.map(([x, y]) => {
        const i = (Math.round(y) * img.width + Math.round(x)) * 4;
        return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0] as [number, number, number];
      });
      return { distinct: colours.size, at, width: img.width, height: img.height };
    },
    { b64: png.toString('base64'), points: [...points] },
  );
  await page.close();
  return result;
}

const luminance = ([r, g, b]: readonly number[]) => 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);

describe('the map of places in Chromium', () => {
  it('draws the basemap and the places where their coordinates say, from the site alone', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    const started = Date.now();
    await openMap(page);
    const readyAt = await page.evaluate(() => window.__maillageMap?.readyAt ?? -1);
    console.log(`map ready ${Math.round(readyAt)} ms after navigation start (${Date.now() - started} ms wall clock)`);
    // Every place is in the map's source, at its coordinates.
    const coords = await page.evaluate(async () => {
      const map = window.__maillageMap?.map;
      const source = map?.getSource('maillage-places') as import('maplibre-gl').GeoJSONSource | undefined;
      if (!map || !source) throw new Error('no map');
      const found: Record<string, [number, number]> = {};
      for (const f of map.querySourceFeatures('maillage-places')) {
        const id = f.properties?.id;
        if (typeof id === 'string' && f.geometry.type === 'Point') found[id] = f.geometry.coordinates as [number, number];
        // A cluster: the places it holds, at their own coordinates.
        const cluster = f.properties?.cluster_id;
        if (typeof cluster !== 'number') continue;
        for (const leaf of await source.getClusterLeaves(cluster, Infinity, 0)) {
          const leafId = leaf.properties?.id;
          if (typeof leafId === 'string' && leaf.geometry.type === 'Point') found[leafId] = leaf.geometry.coordinates as [number, number];
        }
      }
      return found;
    });
    // querySourceFeatures gives tile coordinates rounded to the tile grid; the data's own are exact.
    expect(coords['savigny-le-temple']?.[0]).toBeCloseTo(2.5831, 2);
    expect(coords['savigny-le-temple']?.[1]).toBeCloseTo(48.5842, 2);
    // (Only the tiles in view are queried: the French places and Barcelona; not Boutilimit.)
    expect(Object.keys(coords)).toEqual(expect.arrayContaining(['nanterre', 'savigny-le-temple', 'lille', 'bobigny', 'saint-denis', 'barcelone', 'paris-18e']));

    const exact: Record<string, readonly [number, number]> = {
      'savigny-le-temple': [2.5831, 48.5842],
      lille: [3.08, 50.642],
      barcelone: [2.1767, 41.3811],
      'paris-18e': [2.3497, 48.8857],
    };
    const places = await placesOnScreen(page, exact);
    expect(places).toHaveLength(4);
    for (const p of places) {
      expect(Math.abs(p.x - p.mx), `${p.id} x`).toBeLessThan(1.5);
      expect(Math.abs(p.y - p.my), `${p.id} y`).toBeLessThan(1.5);
    }

    const canvas = mapRegion(page).getByRole('region', { name: /Carte des lieux de l’atelier/ });
    const png = await canvas.screenshot({ path: 'test-results/map-canvas.png' });
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas box');
    const lille = places.find((p) => p.id === 'lille');
    // Barcelona: the southernmost place in the France view (the AMAP movement has no seat).
    const aubagne = places.find((p) => p.id === 'barcelone');
    if (!lille || !aubagne) throw new Error('missing places');
    const sample = await pixels(png, [
      [lille.x, lille.y],
      [aubagne.x, aubagne.y],
      [aubagne.x, aubagne.y - 30],
      [aubagne.x + 30, aubagne.y],
      [aubagne.x - 30, aubagne.y],
      [aubagne.x, aubagne.y + 30],
    ]);
    expect(aubagne.y - 30).toBeGreaterThan(0);
    expect(aubagne.y).toBeLessThan(sample.height);
    // Not blank: water, land, borders, arcs, circles.
    expect(sample.distinct).toBeGreaterThan(8);
    // A dark place circle at each projected point, light map 30 px away.
    expect(luminance(sample.at[0] ?? [])).toBeLessThan(80);
    expect(luminance(sample.at[1] ?? [])).toBeLessThan(80);
    // (around it: land, sea or a border line; the lightest of four nearby points is light)
    expect(Math.max(...sample.at.slice(2).map((c) => luminance(c ?? [])))).toBeGreaterThan(150);

    // The rendered circles are where MapLibre projects them (the places drawn alone: the Paris area
    // and Savigny-le-Temple are one cluster at this view).
    const alone = places.filter((p) => p.id === 'lille' || p.id === 'barcelone');
    const hits = await page.evaluate(
      (pts) => pts.map(([x, y]) => window.__maillageMap?.map.queryRenderedFeatures([x, y], { layers: ['maillage-places'] }).map((f) => f.properties?.id)),
      alone.map((p) => [p.x, p.y] as [number, number]),
    );
    alone.forEach((p, i) => expect(hits[i]).toContain(p.id));

    await page.screenshot({ path: 'test-results/map-1280x720.png' });
    const origin = new URL(inject('baseURL')).origin;
    const foreign = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(watched.requests.some((url) => url.includes('/basemap/countries.geojson'))).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows Eveline Lebault’s session when Savigny-le-Temple is clicked, on the map or in the list', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await openMap(page);
    const region = mapRegion(page);
    const info = region.getByRole('region', { name: 'Ce qu’il y a ici' });
    await expect(info.textContent()).resolves.toContain('Choisissez un lieu');

    // On the map: Savigny-le-Temple is in the Paris cluster at the France view; open it, then click
    // where MapLibre draws Savigny-le-Temple.
    await region.getByRole('button', { name: /^Groupe de \d+ lieux proches/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700);
    await settle(page);
    const point = await page.evaluate(() => window.__maillageMap?.map.project([2.5831, 48.5842]));
    const canvasBox = await region.locator('canvas').boundingBox();
    if (!point || !canvasBox) throw new Error('no map');
    await page.mouse.click(canvasBox.x + point.x, canvasBox.y + point.y);
    await info.getByRole('heading', { level: 3, name: 'Savigny-le-Temple' }).waitFor();
    const session = info.getByRole('button', { name: /Eveline Lebault/ });
    await expect(session.textContent()).resolves.toContain('Savigny-le-Temple');
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/map-selected-place.png' });

    // Selecting the session from there frames its places and marks it in the programme.
    await session.click();
    await expect(
      page.getByRole('navigation', { name: 'Programme' }).getByRole('button', { name: /Eveline Lebault/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    // In the list, by keyboard.
    await region.getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Lille/ }).focus();
    await page.keyboard.press('Enter');
    await info.getByRole('heading', { level: 3, name: 'Lille' }).waitFor();
    await region.getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Savigny-le-Temple/ }).click();
    await info.getByRole('heading', { level: 3, name: 'Savigny-le-Temple' }).waitFor();
    await expect(info.getByRole('button', { name: /Eveline Lebault/ }).count()).resolves.toBe(1);

    // A session selected in the programme frames its places: Paris, Bobigny and Barcelona.
    await page.getByRole('navigation', { name: 'Programme' }).getByRole('button', { name: /Gilbert Roger/ }).click();
    await page.waitForTimeout(1200);
    const inView = await page.evaluate(() => {
      const map = window.__maillageMap?.map;
      if (!map) return [];
      const b = map.getBounds();
      return [b.contains([2.1767, 41.3811]), b.contains([2.3497, 48.8857]), b.contains([-14.7, 17.55])];
    });
    expect(inView).toEqual([true, true, false]);
    await page.screenshot({ path: 'test-results/map-selected-session.png' });

    // In English, the names on the map and the list follow.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = page.getByRole('region', { name: 'Map of places', exact: true });
    // The name drawn on the map is aria-hidden (the list says it to screen readers).
    await expect(english.locator('[aria-hidden="true"]', { hasText: /^Barcelona$/ }).isVisible()).resolves.toBe(true);
    await expect(english.getByRole('region', { name: 'Places', exact: true }).getByRole('button', { name: /^Barcelona 1 actor\s*,\s*in the selection$/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/map-english.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('frames France, Europe and the world one click away', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    const region = mapRegion(page);
    const contains = (lon: number, lat: number) =>
      page.evaluate(([lon, lat]) => window.__maillageMap?.map.getBounds().contains([lon, lat]), [lon, lat] as const);
    const zoom = () => page.evaluate(() => window.__maillageMap?.map.getZoom() ?? NaN);
    // The first view frames the French places: all of them, and not Boutilimit.
    for (const [lon, lat] of [[2.2072, 48.8919], [2.5831, 48.5842], [3.08, 50.642], [5.5708, 43.2927]] as const) {
      await expect(contains(lon, lat)).resolves.toBe(true);
    }
    await expect(contains(-14.7, 17.55)).resolves.toBe(false);
    // All of metropolitan France: Brittany's westmost point, Corsica, Dunkirk.
    for (const [lon, lat] of [[-4.8, 48.41], [9.45, 42.1], [2.38, 51.05]] as const) {
      await expect(contains(lon, lat)).resolves.toBe(true);
    }
    // The active view is said by its button.
    const pressed = () =>
      Promise.all(['France', 'Europe', 'Monde'].map((name) => region.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')));
    await expect(pressed()).resolves.toEqual(['true', 'false', 'false']);
    const france = await zoom();
    await region.getByRole('button', { name: 'Monde' }).click();
    await page.waitForTimeout(1000);
    // A tall, narrow column cannot show every longitude in Mercator; it shows the places' world.
    await expect(contains(-14.7, 17.55)).resolves.toBe(true);
    await expect(contains(30, -25)).resolves.toBe(true);
    const world = await zoom();
    await expect(pressed()).resolves.toEqual(['false', 'false', 'true']);
    await page.screenshot({ path: 'test-results/map-world.png' });
    await region.getByRole('button', { name: 'Europe' }).click();
    await page.waitForTimeout(1000);
    await expect(contains(2.1767, 41.3811)).resolves.toBe(true);
    await expect(contains(30, -25)).resolves.toBe(false);
    const europe = await zoom();
    expect(world).toBeLessThan(europe);
    expect(europe).toBeLessThan(france);
    await region.getByRole('button', { name: 'France' }).click();
    await page.waitForTimeout(1000);
    expect(Math.abs((await zoom()) - france)).toBeLessThan(0.05);
    await expect(pressed()).resolves.toEqual(['true', 'false', 'false']);
    // Moved by hand: no view is active any more.
    const box = await region.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.up();
    await expect(pressed()).resolves.toEqual(['false', 'false', 'false']);

    // A place selected near the top edge is brought well inside, not left on the edge.
    await region.getByRole('button', { name: 'France', exact: true }).click();
    await settle(page);
    await page.evaluate(() => {
      const map = window.__maillageMap?.map;
      if (!map) return;
      // Lille on the top edge.
      const lille = map.project([3.08, 50.642]);
      map.panBy([0, lille.y - 2], { duration: 0 });
    });
    await settle(page);
    await region.getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Lille/ }).click();
    await page.waitForTimeout(900);
    await settle(page);
    const lilleAt = await page.evaluate(() => window.__maillageMap?.map.project([3.08, 50.642]));
    const canvasHeight = await page.evaluate(() => window.__maillageMap?.map.getCanvas().clientHeight ?? 0);
    expect(lilleAt?.y).toBeGreaterThan(40);
    expect(lilleAt?.y).toBeLessThan(canvasHeight - 40);
    await region.getByRole('button', { name: 'Effacer la sélection' }).click();

    // A deep link starts on what it selects: a session's places, a place outside France.
    await page.goto('about:blank');
    await openMap(page, '?maptest#/session/cites-unies-france');
    await expect(contains(2.1767, 41.3811)).resolves.toBe(true);
    await expect(contains(2.4498, 48.9056)).resolves.toBe(true);
    await expect(contains(3.08, 50.642)).resolves.toBe(false);
    await page.goto('about:blank');
    await openMap(page, '?maptest#/lieu/boutilimit');
    await expect(contains(-14.7, 17.55)).resolves.toBe(true);
    await page.close();
  });

  it('without WebGL, shows a notice in place of the map and keeps the list usable', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis', '--disable-gpu']);
    try {
      const page = await noGl.newPage({ viewport: { width: 1280, height: 720 } });
      const watched = watch(page);
      await page.goto(inject('baseURL'));
      const region = mapRegion(page);
      const notice = region.getByRole('status').filter({ hasText: 'WebGL' });
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain('La carte ne peut pas s’afficher');
      await region.getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Savigny-le-Temple/ }).click();
      const info = region.getByRole('region', { name: 'Ce qu’il y a ici' });
      await info.getByRole('heading', { level: 3, name: 'Savigny-le-Temple' }).waitFor();
      await expect(info.getByRole('button', { name: /Eveline Lebault/ }).count()).resolves.toBe(1);
      await page.screenshot({ path: 'test-results/map-no-webgl.png' });
      expect(watched.errors).toEqual([]);
      await page.close();
    } finally {
      await noGl.close();
    }
  });

  it('draws on an online style when one is given, and falls back to the embedded one when it cannot load', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    // No real network: the "online" styles are answered (or refused) here.
    const style = { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#ff00ff' } }] };
    // A style of the site itself loads; one from another site is refused by the site's CSP (unless
    // the site is built to allow that origin, docs/security.md) and the embedded basemap is drawn.
    await page.route('**/online-styles/good.json', (route) => route.fulfill({ json: style }));
    await page.route('https://tiles.example.org/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${inject('baseURL')}?basemap=${encodeURIComponent(new URL('online-styles/good.json', inject('baseURL')).href)}`);
    const region = mapRegion(page);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    // The online style's magenta sea under the places, which are drawn over it.
    const canvas = region.getByLabel(/^Carte des lieux de l’atelier/);
    await expect.poll(async () => (await pixels(await canvas.screenshot(), [[3, 3]])).at[0], { timeout: 30_000 }).toEqual([255, 0, 255]);
    expect((await pixels(await canvas.screenshot(), [])).distinct).toBeGreaterThan(2);
    await expect(region.getByRole('status').filter({ hasText: 'fond' }).count()).resolves.toBe(0);

    await page.goto(`${inject('baseURL')}?basemap=${encodeURIComponent('https://tiles.example.org/offline.json')}`);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    const notice = region.getByRole('status').filter({ hasText: 'fond intégré' });
    await expect(notice.count()).resolves.toBe(1);
    // The embedded basemap: no magenta, land and sea and places in many colours.
    await expect.poll(async () => (await pixels(await canvas.screenshot(), [])).distinct, { timeout: 30_000 }).toBeGreaterThan(20);
    expect((await pixels(await canvas.screenshot(), [[3, 3]])).at[0]).not.toEqual([255, 0, 255]);
    await page.screenshot({ path: 'test-results/map-fallback.png' });
    expect(watched.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !/Content Security Policy/.test(e))).toEqual([]);

    // Not an http(s) address: refused before any request, and said.
    await page.goto(`${inject('baseURL')}?basemap=${encodeURIComponent('javascript:alert(1)')}`);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(region.getByRole('status').filter({ hasText: 'n’est pas une adresse' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('passes an axe-core check of WCAG A and AA rules with the map drawn and a place open', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    await mapRegion(page).getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Savigny-le-Temple/ }).click();
    const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('on a projector, full screen, puts the places beside the map in larger type', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await openMap(page);
    await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click();
    const region = mapRegion(page);
    await region.getByRole('region', { name: 'Lieux', exact: true }).getByRole('button', { name: /^Lille/ }).click();
    await page.waitForTimeout(800);
    const canvas = await region.locator('canvas').boundingBox();
    const list = await region.getByRole('region', { name: 'Lieux', exact: true }).boundingBox();
    if (!canvas || !list) throw new Error('missing boxes');
    expect(list.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    expect(canvas.width).toBeGreaterThan(1400);
    const fontSize = await region.locator('[aria-hidden="true"]', { hasText: /^Lille$/ }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: 'test-results/map-projector.png' });
    await page.close();
  });

  it('on a phone, fetches the map’s code only when the map comes near the screen, then fits the screen', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const watched = watch(page);
    const mapCode = () => watched.requests.filter((url) => /\/assets\/(view|maplibre-gl-worker)-[^/]*\.js$/.test(url));
    await page.goto(`${inject('baseURL')}?maptest`);
    // The graph draws, the page goes idle: the map, screens below, is not fetched.
    await page.getByRole('region', { name: /Carte des lieux/ }).first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    expect(mapCode()).toEqual([]);
    const region = mapRegion(page);
    await expect(region.locator('[data-state="loading"]').count()).resolves.toBe(1);
    // Scrolled to: fetched, drawn.
    await region.scrollIntoViewIfNeeded();
    await region.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
    expect(mapCode().length).toBeGreaterThan(0);
    await region.scrollIntoViewIfNeeded();
    // Drawn and at rest: the names written over the map stop changing.
    const names = () => namesOnScreen(page);
    await expect.poll(async () => { const a = JSON.stringify(await names()); await page.waitForTimeout(400); return a !== '[]' && a === JSON.stringify(await names()); }, { timeout: 30_000 }).toBe(true);

    // It fits the phone: the map as wide as the screen, no sideways scrolling, the places below it.
    const canvas = await region.locator('canvas').boundingBox();
    const list = await region.getByRole('region', { name: 'Lieux', exact: true }).boundingBox();
    if (!canvas || !list) throw new Error('missing boxes');
    expect(canvas.width).toBeGreaterThan(340);
    expect(canvas.x).toBeGreaterThanOrEqual(0);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(391);
    expect(canvas.height).toBeGreaterThan(180);
    expect(list.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    // France whole on a phone too: the France view is the one shown, as its pressed button says,
    // and every name written over the map is on the map, none cut off at an edge.
    await expect(region.getByRole('button', { name: 'France', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    const written = await names();
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) {
      expect(name.x, name.text).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(name.x + name.width, name.text).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(name.y, name.text).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(name.y + name.height, name.text).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
    // The map is drawn, not a blank box: sea, land and places make many colours on the canvas.
    const shot = await region.locator('canvas').screenshot();
    const drawn = await pixels(shot, []);
    expect(drawn.distinct).toBeGreaterThan(20);
    // France whole on a phone too.
    const contains = (lon: number, lat: number) =>
      page.evaluate(([lon, lat]) => window.__maillageMap?.map.getBounds().contains([lon, lat]), [lon, lat] as const);
    await expect(contains(-4.8, 48.41)).resolves.toBe(true);
    await expect(contains(9.45, 42.1)).resolves.toBe(true);
    // Brest, and the whole of Brittany's tip, on the France view of a 390×844 phone.
    await expect(contains(-4.486, 48.39)).resolves.toBe(true);
    await expect(contains(-5.1, 48.46)).resolves.toBe(true);
    // The place buttons are large enough for a finger.
    const button = await region.getByRole('button', { name: /^Lille/ }).boundingBox();
    expect(button?.height).toBeGreaterThanOrEqual(32);
    await page.screenshot({ path: 'test-results/map-phone.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('draws the Paris-area places as one numbered cluster at the France view, and opens it by keyboard or click until each can be selected', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    await settle(page);
    const region = mapRegion(page);
    const paris = ['nanterre', 'saint-denis', 'paris-18e', 'bobigny'];
    const group = (await clustersOnScreen(page)).find((c) => paris.every((p) => c.places.includes(p)));
    expect(group, 'one cluster holds the four Paris-area places').toBeDefined();
    if (!group) return;
    // Its count is written on it, and it is a button the keyboard reaches.
    const badge = region.getByRole('button', { name: `Groupe de ${group.count} lieux proches : agrandir` });
    await expect(badge.textContent()).resolves.toBe(String(group.count));
    const badgeBox = await badge.boundingBox();
    const canvasBox = await region.locator('canvas').boundingBox();
    if (!badgeBox || !canvasBox) throw new Error('no boxes');
    expect(Math.abs(badgeBox.x + badgeBox.width / 2 - (canvasBox.x + group.x))).toBeLessThan(3);
    expect(Math.abs(badgeBox.y + badgeBox.height / 2 - (canvasBox.y + group.y))).toBeLessThan(3);
    await page.screenshot({ path: 'test-results/map-cluster-france.png' });

    // By keyboard: Enter opens it, the map zooms in around it.
    const before = await zoomOf(page);
    await badge.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700);
    await settle(page);
    expect(await zoomOf(page)).toBeGreaterThan(before);

    // By click, on the map, until each of the four is drawn on its own.
    for (let round = 0; round < 6; round++) {
      const alone = await placesAlone(page);
      if (paris.every((p) => p in alone)) break;
      const next = (await clustersOnScreen(page)).find((c) => paris.some((p) => c.places.includes(p)));
      if (!next) break;
      const zoom = await zoomOf(page);
      await page.mouse.click(canvasBox.x + next.x, canvasBox.y + next.y);
      await page.waitForTimeout(700);
      await settle(page);
      expect(await zoomOf(page)).toBeGreaterThan(zoom);
    }
    const alone = await placesAlone(page);
    expect(Object.keys(alone)).toEqual(expect.arrayContaining(paris));
    await page.screenshot({ path: 'test-results/map-cluster-open.png' });

    // Each can now be selected on the map.
    const info = region.getByRole('region', { name: 'Ce qu’il y a ici' });
    const names: Record<string, string> = { nanterre: 'Nanterre', 'saint-denis': 'Saint-Denis', 'paris-18e': 'Paris 18e', bobigny: 'Bobigny' };
    for (const id of paris) {
      const at = (await placesAlone(page))[id];
      if (!at) throw new Error(`${id} not drawn`);
      await page.mouse.click(canvasBox.x + at.x, canvasBox.y + at.y);
      await info.getByRole('heading', { level: 3, name: names[id] }).waitFor({ timeout: 10_000 });
      await settle(page);
    }
    await page.close();
  });

  it('pans a map of 3,000 places with frames drawn, and writes at most 40 names, none over another', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}?maptest&data=synthetic/places-3k.json`);
    await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click({ timeout: 120_000 });
    const region = mapRegion(page);
    await region.locator('[data-state="ready"]').waitFor({ timeout: 120_000 });
    await region.getByRole('button', { name: 'Monde', exact: true }).click();
    await page.waitForTimeout(1000);
    await settle(page);
    const canvasBox = await region.locator('canvas').boundingBox();
    if (!canvasBox) throw new Error('no canvas');
    const centreBefore = await page.evaluate(() => window.__maillageMap?.map.getCenter().lng ?? NaN);

    // A scripted 3 s pan with the mouse, counting the page's animation frames meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean };
      w.__frames = 0;
      w.__counting = true;
      const tick = () => {
        w.__frames++;
        if (w.__counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const cx = canvasBox.x + canvasBox.width / 2;
    const cy = canvasBox.y + canvasBox.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const started = Date.now();
    for (let i = 1; Date.now() - started < 3000; i++) {
      await page.mouse.move(cx - Math.min(300, i * 6), cy + 40 * Math.sin(i / 6));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number; __counting: boolean };
      w.__counting = false;
      return w.__frames;
    });
    console.log(`3,000 places: ${frames} frames drawn during a ${Date.now() - started} ms pan`);
    expect(frames).toBeGreaterThan(0);
    await settle(page);
    expect(await page.evaluate(() => window.__maillageMap?.map.getCenter().lng ?? NaN)).not.toBeCloseTo(centreBefore, 1);

    // Names: a bounded set, none over another; clusters say their counts.
    const names = await region.locator('[aria-hidden="true"][data-place]').evaluateAll((spans) =>
      spans.filter((s) => getComputedStyle(s).visibility === 'visible').map((s) => s.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(names.length).toBeLessThanOrEqual(40);
    for (const [i, a] of names.entries()) {
      for (const b of names.slice(i + 1)) {
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        expect(apart).toBe(true);
      }
    }
    await expect(region.getByRole('button', { name: /^Groupe de \d+ lieux proches/ }).count()).resolves.toBeGreaterThan(10);
    // The list holds 3,000 places in a few dozen rows.
    const rows = await region.getByRole('list', { name: 'Lieux', exact: true }).getByRole('listitem').count();
    expect(rows).toBeLessThan(60);
    await page.screenshot({ path: 'test-results/map-3k.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 240_000);
});
