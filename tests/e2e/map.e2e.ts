import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Locator } from 'playwright-core';
import { launch, useBrowser, watch } from './browser';
import { axeViolations } from './axe';
import {
  PLACE_COLOURS,
  canvasOf,
  clusterCentre,
  clustersOnMap,
  fitCamera,
  inside,
  mapAtRest,
  mapRegion,
  namesOnMap,
  placesOnMap,
  type Camera,
} from './mapScreen';

const browser = useBrowser();

/** The workshop's places (data/workshop.json): longitude, latitude. */
const COORDS: Readonly<Record<string, readonly [number, number]>> = {
  nanterre: [2.2072, 48.8919],
  'savigny-le-temple': [2.5831, 48.5842],
  lille: [3.08, 50.642],
  bobigny: [2.4498, 48.9056],
  'saint-denis': [2.3633, 48.9447],
  'paris-18e': [2.3497, 48.8857],
  barcelone: [2.1767, 41.3811],
  boutilimit: [-14.7, 17.55],
};
const ALL = Object.keys(COORDS);
/** The Paris area and Savigny-le-Temple: one cluster at the France view. */
const PARIS_AREA = ['nanterre', 'savigny-le-temple', 'bobigny', 'saint-denis', 'paris-18e'];
const coordsOf = (ids: readonly string[]) => ids.map((id): readonly [number, number] => COORDS[id] ?? [NaN, NaN]);
const but = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

async function openMap(page: Page, query = '') {
  await page.goto(`${inject('baseURL')}${query}`);
  await mapAtRest(mapRegion(page));
}

/**
 * The map's camera as a person could work it out: the places drawn alone (a name beside a
 * circle) and the clusters whose places are known (by their count: `groups`), put where their
 * coordinates say by one Web Mercator scale and offset, to within 3 px.
 */
async function cameraOf(region: Locator, groups: Readonly<Record<number, readonly string[]>> = { 5: PARIS_AREA }) {
  const places = await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim]);
  const clusters = await clustersOnMap(region);
  const references = [
    ...Object.entries(places).flatMap(([id, screen]) => {
      const c = COORDS[id];
      return c ? [{ screen, lon: c[0], lat: c[1] }] : [];
    }),
    ...clusters.flatMap((c) => {
      const members = groups[c.count];
      return members ? [{ screen: c, ...clusterCentre(coordsOf(members)) }] : [];
    }),
  ];
  const camera = fitCamera(references);
  expect(camera.residual, `camera from ${JSON.stringify(references)}`).toBeLessThan(3);
  return camera;
}

/** Whether a longitude and latitude are on the map as drawn now (inside its canvas). */
async function showsPoint(region: Locator, camera: Camera, lon: number, lat: number) {
  const box = await canvasOf(region).boundingBox();
  if (!box) throw new Error('no canvas');
  return inside(camera.at(lon, lat), box);
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

/** Opens a place from the list under the map, as without a drawn map, and waits for what is there. */
async function openFromPlaceList(region: Locator, name: string): Promise<Locator> {
  await region
    .getByRole('region', { name: 'Lieux', exact: true })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  const info = region.getByRole('region', { name: 'Ce qu’il y a ici' });
  await info.getByRole('heading', { level: 3, name }).waitFor();
  return info;
}

describe('the map of places in Chromium', () => {
  it('draws the basemap and the places where their coordinates say, from the site alone', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    const started = Date.now();
    await openMap(page);
    console.log(`map drawn and at rest ${Date.now() - started} ms (wall clock) after navigation`);
    const region = mapRegion(page);
    // At the France view, Lille and Barcelona are drawn alone, each name beside its circle; the
    // Paris area and Savigny-le-Temple make one numbered cluster; Boutilimit is not on this view.
    const drawn = await placesOnMap(region);
    expect(Object.keys(drawn).sort()).toEqual(['barcelone', 'lille']);
    const clusters = await clustersOnMap(region);
    expect(clusters.map((c) => c.count)).toEqual([5]);
    expect((await namesOnMap(region)).map((n) => n.text)).not.toContain('Boutilimit');
    // Where their coordinates say: one Web Mercator camera (one scale for both axes) puts Lille,
    // Barcelona and the cluster, at the mean of its five places, where they are drawn.
    const camera = await cameraOf(region);
    const { lille, barcelone: barcelona } = drawn;
    if (!lille || !barcelona) throw new Error('missing places');
    const paris = clusterCentre(coordsOf(PARIS_AREA));
    const fromTwo = fitCamera([
      { screen: lille, lon: 3.08, lat: 50.642 },
      { screen: barcelona, lon: 2.1767, lat: 41.3811 },
    ]);
    const predicted = fromTwo.at(paris.lon, paris.lat);
    expect(Math.abs(predicted.x - (clusters[0]?.x ?? NaN))).toBeLessThan(3);
    expect(Math.abs(predicted.y - (clusters[0]?.y ?? NaN))).toBeLessThan(3);
    await expect(showsPoint(region, camera, -14.7, 17.55)).resolves.toBe(false);

    const canvas = region.getByRole('region', { name: /Carte des lieux de l’atelier/ });
    const png = await canvas.screenshot({ path: 'test-results/map-canvas.png' });
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas box');
    // Barcelona: the southernmost place in the France view (the AMAP movement has no seat).
    const l = { x: lille.x - box.x, y: lille.y - box.y };
    const b = { x: barcelona.x - box.x, y: barcelona.y - box.y };
    const sample = await pixels(png, [
      [l.x, l.y],
      [b.x, b.y],
      [b.x, b.y - 30],
      [b.x + 30, b.y],
      [b.x - 30, b.y],
      [b.x, b.y + 30],
    ]);
    expect(b.y - 30).toBeGreaterThan(0);
    expect(b.y).toBeLessThan(sample.height);
    // Not blank: water, land, borders, arcs, circles.
    expect(sample.distinct).toBeGreaterThan(8);
    // A dark place circle at each place, light map 30 px away.
    expect(luminance(sample.at[0] ?? [])).toBeLessThan(80);
    expect(luminance(sample.at[1] ?? [])).toBeLessThan(80);
    // (around it: land, sea or a border line; the lightest of four nearby points is light)
    expect(Math.max(...sample.at.slice(2).map((c) => luminance(c ?? [])))).toBeGreaterThan(150);

    await page.screenshot({ path: 'test-results/map-1280x720.png' });
    const origin = new URL(inject('baseURL')).origin;
    const foreign = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(watched.requests.some((url) => url.includes('/basemap/countries.geojson'))).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('on a desktop, draws the graph first, then makes the map, which shows the workshop’s places and names', async () => {
    const page = await browser().newPage({ viewport: { width: 1350, height: 940 } });
    const watched = watch(page);
    // What appears first, as the page builds itself: a node of the graph, or the map's canvas.
    const order: string[] = [];
    await page.exposeFunction('noteFirstDrawn', (what: string) => void order.push(what));
    await page.addInitScript(`(() => {
      const seen = new Set();
      const look = () => {
        const graph = document.querySelector('[aria-label="Graphe des alliances"] [role="button"][aria-label$=", local"]');
        const map = document.querySelector('[aria-label="Carte des lieux"] canvas');
        for (const [what, found] of [['graph', graph], ['map', map]]) {
          if (found && !seen.has(what)) {
            seen.add(what);
            window.noteFirstDrawn(what);
          }
        }
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
    })();`);
    // How many times the map's arcs are sent to MapLibre's worker: a short address naming them
    // (keptAddress.ts), then, when the worker asks for it, their address's text (arcLines.ts),
    // from which the worker makes them, never the arcs themselves (arcLinesSent counts arcs or
    // places, as features, sent between the page and the worker either way).
    await page.addInitScript(`(() => {
      window.arcsSent = 0;
      window.arcTextsSent = 0;
      window.arcLinesSent = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        try {
          const text = JSON.stringify(message);
          if (text.includes('maillage-arcs://kept/')) window.arcsSent++;
          if (text.includes('maillage-arcs://v1/')) window.arcTextsSent++;
          if ((text.includes('LineString') && text.includes('fromPlace')) || (text.includes('Point') && text.includes('nameFr'))) window.arcLinesSent++;
        } catch {}
        return post.call(this, message, ...rest);
      };
      // Nor do they come back from it (MapLibre sends back the data a source loaded from an address).
      const listen = Worker.prototype.addEventListener;
      Worker.prototype.addEventListener = function (type, listener, ...rest) {
        if (type !== 'message' || typeof listener !== 'function') return listen.call(this, type, listener, ...rest);
        return listen.call(this, type, function (event) {
          try {
            const text = JSON.stringify(event.data);
            if ((text.includes('LineString') && text.includes('fromPlace')) || (text.includes('Point') && text.includes('nameFr'))) window.arcLinesSent++;
          } catch {}
          return listener.call(this, event);
        }, ...rest);
      };
    })();`);
    // The page makes no arc or place feature itself: MapLibre's worker does, with Maillage's script.
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const arcsSent = () => page.evaluate(() => (window as unknown as { arcsSent: number }).arcsSent);
    const arcTextsSent = () => page.evaluate(() => (window as unknown as { arcTextsSent: number }).arcTextsSent);
    await openMap(page);
    expect(order).toEqual(['graph', 'map']);
    expect(await arcsSent()).toBe(1);
    expect(await arcTextsSent()).toBe(1);
    const region = mapRegion(page);
    expect(Object.keys(await placesOnMap(region)).sort()).toEqual(['barcelone', 'lille']);
    expect((await clustersOnMap(region)).map((c) => c.count)).toEqual([5]);
    const names = (await namesOnMap(region)).map((n) => n.text).sort();
    expect(names).toEqual(expect.arrayContaining(['Barcelone', 'Lille']));
    // The place list under the map names every place of the workshop.
    const list = region.getByRole('region', { name: 'Lieux', exact: true });
    for (const name of ['Barcelone', 'Bobigny', 'Boutilimit', 'Lille', 'Nanterre', 'Savigny-le-Temple'])
      await expect(list.getByRole('button', { name: new RegExp(`^${name}`) }).count()).resolves.toBe(1);
    // A selection lights some arcs and dims the others, by their feature state: none is sent again.
    await list.getByRole('button', { name: /^Lille/ }).click();
    await mapAtRest(region);
    expect(await arcsSent()).toBe(1);
    expect(await arcTextsSent()).toBe(1);
    // A filter changes which arcs there are: they are sent again, once.
    await page.getByText('Filtres', { exact: true }).first().click();
    await page.getByRole('checkbox', { name: 'Masquer les relations non sourcées' }).check();
    await mapAtRest(region);
    expect(await arcsSent()).toBe(2);
    expect(await arcTextsSent()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { arcLinesSent: number }).arcLinesSent)).toBe(0);
    expect(warnings.filter((w) => w.startsWith('Map:'))).toEqual([]);
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
    await region
      .getByRole('button', { name: /^Groupe de \d+ lieux proches/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await mapAtRest(region);
    const savigny = (await placesOnMap(region))['savigny-le-temple'];
    if (!savigny) throw new Error('Savigny-le-Temple is not drawn on its own');
    await page.mouse.click(savigny.x, savigny.y);
    await info.getByRole('heading', { level: 3, name: 'Savigny-le-Temple' }).waitFor();
    const session = info.getByRole('button', { name: /Eveline Lebault/ });
    await expect(session.textContent()).resolves.toContain('Savigny-le-Temple');
    await mapAtRest(region);
    await page.screenshot({ path: 'test-results/map-selected-place.png' });

    // Selecting the session from there frames its places and marks it in the programme.
    await session.click();
    await expect(
      page
        .getByRole('navigation', { name: 'Programme' })
        .getByRole('button', { name: /Eveline Lebault/ })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    // In the list, by keyboard.
    await region
      .getByRole('region', { name: 'Lieux', exact: true })
      .getByRole('button', { name: /^Lille/ })
      .focus();
    await page.keyboard.press('Enter');
    await info.getByRole('heading', { level: 3, name: 'Lille' }).waitFor();
    await region
      .getByRole('region', { name: 'Lieux', exact: true })
      .getByRole('button', { name: /^Savigny-le-Temple/ })
      .click();
    await info.getByRole('heading', { level: 3, name: 'Savigny-le-Temple' }).waitFor();
    await expect(info.getByRole('button', { name: /Eveline Lebault/ }).count()).resolves.toBe(1);

    // A session selected in the programme frames its places: Paris, Bobigny and Barcelona.
    // (Zoomed in on the Paris area, Barcelona is off the map.)
    await mapAtRest(region);
    expect(await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim])).not.toHaveProperty('barcelone');
    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('button', { name: /Gilbert Roger/ })
      .click();
    await mapAtRest(region);
    const canvasNow = await canvasOf(region).boundingBox();
    if (!canvasNow) throw new Error('no canvas');
    const framed = await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim]);
    expect(framed.barcelone && inside(framed.barcelone, canvasNow)).toBe(true);
    const parisShown =
      Object.keys(framed).some((id) => id === 'paris-18e' || id === 'bobigny') || (await clustersOnMap(region)).some((c) => inside(c, canvasNow));
    expect(parisShown).toBe(true);
    expect(framed).not.toHaveProperty('boutilimit');
    await page.screenshot({ path: 'test-results/map-selected-session.png' });

    // In English, the names on the map and the list follow.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = page.getByRole('region', { name: 'Map of places', exact: true });
    await mapAtRest(english);
    // The name drawn on the map is aria-hidden (the list says it to screen readers).
    expect((await namesOnMap(english)).map((n) => n.text)).toContain('Barcelona');
    await expect(
      english
        .getByRole('region', { name: 'Places', exact: true })
        .getByRole('button', { name: /^Barcelona 1 actor\s*,\s*in the selection$/ })
        .count(),
    ).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/map-english.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('frames France, Europe and the world one click away', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openMap(page);
    const region = mapRegion(page);
    const box = await canvasOf(region).boundingBox();
    if (!box) throw new Error('no canvas');
    // What the map shows is worked out from the places drawn on it (cameraOf): at the France view
    // Lille, Barcelona and the Paris-area cluster.
    let camera = await cameraOf(region);
    const contains = (lon: number, lat: number) => showsPoint(region, camera, lon, lat);
    // The first view frames the French places: all of them, and not Boutilimit.
    for (const [lon, lat] of [
      [2.2072, 48.8919],
      [2.5831, 48.5842],
      [3.08, 50.642],
      [5.5708, 43.2927],
    ] as const) {
      await expect(contains(lon, lat)).resolves.toBe(true);
    }
    await expect(contains(-14.7, 17.55)).resolves.toBe(false);
    // All of metropolitan France: Brittany's westmost point, Corsica, Dunkirk.
    for (const [lon, lat] of [
      [-4.8, 48.41],
      [9.45, 42.1],
      [2.38, 51.05],
    ] as const) {
      await expect(contains(lon, lat)).resolves.toBe(true);
    }
    // The active view is said by its button.
    const pressed = () =>
      Promise.all(['France', 'Europe', 'Monde'].map((name) => region.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')));
    await expect(pressed()).resolves.toEqual(['true', 'false', 'false']);
    const france = camera.scale;
    await region.getByRole('button', { name: 'Monde' }).click();
    await mapAtRest(region);
    // Boutilimit alone, the seven European places in one cluster.
    camera = await cameraOf(region, { 7: but('boutilimit') });
    // A tall, narrow column cannot show every longitude in Mercator; it shows the places' world.
    await expect(contains(-14.7, 17.55)).resolves.toBe(true);
    await expect(contains(30, -25)).resolves.toBe(true);
    const world = camera.scale;
    await expect(pressed()).resolves.toEqual(['false', 'false', 'true']);
    await page.screenshot({ path: 'test-results/map-world.png' });
    await region.getByRole('button', { name: 'Europe' }).click();
    await mapAtRest(region);
    // Barcelona alone, the six French places in one cluster.
    camera = await cameraOf(region, { 6: but('boutilimit', 'barcelone') });
    await expect(contains(2.1767, 41.3811)).resolves.toBe(true);
    await expect(contains(30, -25)).resolves.toBe(false);
    const europe = camera.scale;
    // Each view is closer in than the one before: France is drawn larger than Europe, Europe than
    // the world.
    expect(world).toBeLessThan(europe);
    expect(europe).toBeLessThan(france);
    await region.getByRole('button', { name: 'France' }).click();
    await mapAtRest(region);
    camera = await cameraOf(region);
    expect(Math.abs(Math.log2(camera.scale / france))).toBeLessThan(0.05);
    await expect(pressed()).resolves.toEqual(['true', 'false', 'false']);
    // Moved by hand: no view is active any more.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 - 30, { steps: 5 });
    await page.mouse.up();
    await expect(pressed()).resolves.toEqual(['false', 'false', 'false']);

    // A place selected near the top edge is brought well inside, not left on the edge.
    await region.getByRole('button', { name: 'France', exact: true }).click();
    await mapAtRest(region);
    // Lille dragged to the top edge, by hand (held still before letting go: no glide).
    camera = await cameraOf(region);
    const lilleBefore = camera.at(3.08, 50.642);
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 + 60 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y + (box.y + 2 - lilleBefore.y), { steps: 8 });
    await page.waitForTimeout(400);
    await page.mouse.up();
    await mapAtRest(region);
    camera = await cameraOf(region);
    expect(camera.at(3.08, 50.642).y - box.y).toBeLessThan(12);
    await region
      .getByRole('region', { name: 'Lieux', exact: true })
      .getByRole('button', { name: /^Lille/ })
      .click();
    await mapAtRest(region);
    camera = await cameraOf(region);
    const lilleAt = camera.at(3.08, 50.642);
    expect(lilleAt.y - box.y).toBeGreaterThan(40);
    expect(lilleAt.y - box.y).toBeLessThan(box.height - 40);
    await region.getByRole('button', { name: 'Effacer la sélection' }).click();

    // A deep link starts on what it selects: a session's places, a place outside France.
    await page.goto('about:blank');
    await openMap(page, '#/session/cites-unies-france');
    camera = await cameraOf(region);
    await expect(contains(2.1767, 41.3811)).resolves.toBe(true);
    await expect(contains(2.4498, 48.9056)).resolves.toBe(true);
    await expect(contains(3.08, 50.642)).resolves.toBe(false);
    await page.goto('about:blank');
    await openMap(page, '#/lieu/boutilimit');
    // Boutilimit drawn, its name beside it, inside the map.
    const boutilimit = (await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim])).boutilimit;
    expect(boutilimit && inside(boutilimit, box)).toBe(true);
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
      const info = await openFromPlaceList(region, 'Savigny-le-Temple');
      await expect(info.getByRole('button', { name: /Eveline Lebault/ }).count()).resolves.toBe(1);
      await page.screenshot({ path: 'test-results/map-no-webgl.png' });
      expect(watched.errors).toEqual([]);
      await page.close();
    } finally {
      await noGl.close();
    }
  });

  it('says the map could not load, and keeps the list, when MapLibre’s worker cannot start', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    // A deploy that lost the worker's file: the worker never answers.
    await page.route(/maplibre-gl-worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(inject('baseURL'));
    const region = mapRegion(page);
    const notice = region.getByRole('status').filter({ hasText: 'La carte n’a pas pu se charger' });
    await notice.waitFor({ timeout: 20_000 });
    await openFromPlaceList(region, 'Savigny-le-Temple');
    await page.close();
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
    await mapRegion(page)
      .getByRole('region', { name: 'Lieux', exact: true })
      .getByRole('button', { name: /^Savigny-le-Temple/ })
      .click();
    const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('on a projector, full screen, puts the places beside the map in larger type', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    await openMap(page);
    await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click();
    const region = mapRegion(page);
    await region
      .getByRole('region', { name: 'Lieux', exact: true })
      .getByRole('button', { name: /^Lille/ })
      .click();
    await mapAtRest(region);
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

  it('on a phone, fetches the map’s code only when its tab is opened, then fits the screen', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const watched = watch(page);
    const mapCode = () => watched.requests.filter((url) => /\/assets\/(view|maplibre-gl-worker)-[^/]*\.js$/.test(url));
    await page.goto(inject('baseURL'));
    // The graph draws, the page goes idle: the map, on a tab not open, is not fetched.
    await page.getByRole('tab', { name: 'Carte' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2500);
    expect(mapCode()).toEqual([]);
    await expect(page.getByRole('tabpanel', { name: 'Carte', includeHidden: true }).locator('[data-state="loading"]').count()).resolves.toBe(1);
    // Its tab opened: fetched, drawn, at rest.
    await page.getByRole('tab', { name: 'Carte' }).tap();
    const region = page.getByRole('tabpanel', { name: 'Carte' });
    await mapAtRest(region, 60_000);
    expect(mapCode().length).toBeGreaterThan(0);

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
    const written = await namesOnMap(region);
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
    // France whole on a phone too (worked out from Lille, Barcelona and the Paris-area cluster as
    // drawn): Brittany's tip, Corsica…
    const camera = await cameraOf(region);
    const contains = (lon: number, lat: number) => showsPoint(region, camera, lon, lat);
    await expect(contains(-4.8, 48.41)).resolves.toBe(true);
    await expect(contains(9.45, 42.1)).resolves.toBe(true);
    // …Brest, and the whole of Brittany's tip, on the France view of a 390×844 phone.
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
    const region = mapRegion(page);
    const paris = ['nanterre', 'saint-denis', 'paris-18e', 'bobigny'];
    // One cluster of five, drawn where the mean of the Paris-area places and Savigny-le-Temple is
    // (placed from Lille and Barcelona as drawn): it holds those five.
    const badge = region.getByRole('button', { name: 'Groupe de 5 lieux proches : agrandir' });
    // Its count is written on it, and it is a button the keyboard reaches.
    await expect(badge.textContent()).resolves.toBe('5');
    const drawn = await placesOnMap(region);
    if (!drawn.lille || !drawn.barcelone) throw new Error('Lille and Barcelona are not drawn');
    const camera = fitCamera([
      { screen: drawn.lille, lon: 3.08, lat: 50.642 },
      { screen: drawn.barcelone, lon: 2.1767, lat: 41.3811 },
    ]);
    const centre = clusterCentre(coordsOf(PARIS_AREA));
    const expected = camera.at(centre.lon, centre.lat);
    const badgeBox = await badge.boundingBox();
    if (!badgeBox) throw new Error('no badge');
    expect(Math.abs(badgeBox.x + badgeBox.width / 2 - expected.x)).toBeLessThan(3);
    expect(Math.abs(badgeBox.y + badgeBox.height / 2 - expected.y)).toBeLessThan(3);
    await page.screenshot({ path: 'test-results/map-cluster-france.png' });

    /** The Paris-area places as drawn now: on their own (by name), and the counts of the groups. */
    const parisDrawn = async () => {
      const alone = await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim]);
      const groups = (await clustersOnMap(region)).map((c) => c.count).sort((a, b) => b - a);
      return { alone: paris.filter((id) => id in alone), groups };
    };

    // By keyboard: Enter opens it, the map zooms in around it and the five come apart.
    await badge.focus();
    await page.keyboard.press('Enter');
    await mapAtRest(region);
    await expect(badge.count()).resolves.toBe(0);
    let now = await parisDrawn();
    expect(now.groups.every((count) => count < 5)).toBe(true);

    // By click, on the map, until each of the four is drawn on its own: each click opens a group.
    for (let round = 0; round < 6 && now.alone.length < paris.length; round++) {
      const next = (await clustersOnMap(region)).sort((a, b) => b.count - a.count)[0];
      if (!next) break;
      await page.mouse.click(next.x, next.y);
      await mapAtRest(region);
      const after = await parisDrawn();
      const opened = after.alone.length > now.alone.length || (after.groups[0] ?? 0) < next.count;
      expect(opened, `${JSON.stringify(now)} → ${JSON.stringify(after)}`).toBe(true);
      now = after;
    }
    expect(now.alone).toEqual(paris);
    await page.screenshot({ path: 'test-results/map-cluster-open.png' });

    // Each can now be selected on the map.
    const info = region.getByRole('region', { name: 'Ce qu’il y a ici' });
    const names: Record<string, string> = { nanterre: 'Nanterre', 'saint-denis': 'Saint-Denis', 'paris-18e': 'Paris 18e', bobigny: 'Bobigny' };
    for (const id of paris) {
      const at = (await placesOnMap(region, [PLACE_COLOURS.lit, PLACE_COLOURS.dim]))[id];
      if (!at) throw new Error(`${id} not drawn`);
      await page.mouse.click(at.x, at.y);
      await info.getByRole('heading', { level: 3, name: names[id] }).waitFor({ timeout: 10_000 });
      await mapAtRest(region);
    }
    await page.close();
  });

  it('pans a map of 3,000 places with frames drawn, and writes at most 40 names, none over another', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}?data=synthetic/places-3k.json`);
    await page.getByRole('button', { name: 'Agrandir : Carte des lieux' }).click({ timeout: 120_000 });
    const region = mapRegion(page);
    await mapAtRest(region, 120_000);
    await region.getByRole('button', { name: 'Monde', exact: true }).click();
    await mapAtRest(region, 120_000);
    const canvasBox = await region.locator('canvas').boundingBox();
    if (!canvasBox) throw new Error('no canvas');
    /** The clusters' counts as written now, where they are. */
    const counts = () =>
      region.getByRole('button', { name: /^Groupe de \d+ lieux proches/ }).evaluateAll((buttons) =>
        buttons.map((b) => {
          const r = b.getBoundingClientRect();
          return { text: b.textContent ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }),
      );
    const countsBefore = await counts();

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
    let last = { x: cx, y: cy };
    // At least 3 s and at least 30 moves (180 px): on a loaded machine each move may take longer
    // than a frame, and a pan bounded by the clock alone went 30 px.
    for (let i = 1; i <= 30 || Date.now() - started < 3000; i++) {
      last = { x: cx - Math.min(300, i * 6), y: cy + 40 * Math.sin(i / 6) };
      await page.mouse.move(last.x, last.y);
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
    await mapAtRest(region, 120_000);
    // The map moved with the mouse, to the left: the clusters drawn before the pan are drawn
    // again after it, all shifted by the same distance (the shift most pairs of equal counts agree on).
    const countsAfter = await counts();
    const shifts = countsAfter.flatMap((a) => countsBefore.filter((b) => b.text === a.text).map((b) => ({ x: a.x - b.x, y: a.y - b.y })));
    const agreeing = (s: { x: number; y: number }) => shifts.filter((o) => Math.hypot(o.x - s.x, o.y - s.y) < 3).length;
    const shift = shifts.reduce((best, s) => (agreeing(s) > agreeing(best) ? s : best), { x: 0, y: 0 });
    console.log(`mouse moved ${Math.round(last.x - cx)} px, the map ${Math.round(shift.x)} px (${agreeing(shift)} clusters agree)`);
    expect(agreeing(shift)).toBeGreaterThan(10);
    expect(last.x - cx).toBeLessThan(-30);
    expect(Math.abs(shift.x - (last.x - cx))).toBeLessThan(40);

    // Names: a bounded set, none over another; clusters say their counts.
    const names = await region
      .locator('[aria-hidden="true"][data-place]')
      .evaluateAll((spans) => spans.filter((s) => getComputedStyle(s).visibility === 'visible').map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
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
