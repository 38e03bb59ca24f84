// The phone layout (issue 11) in Chromium with touch: 390×844 (one view at a time under tabs,
// details in a bottom sheet) and 768×1024 (graph inline in a scrolling page).
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { axeViolations } from './axe';
import { PLACE_COLOURS, mapAtRest, placesOnMap } from './mapScreen';

const browser = useBrowser();
const WCAG22_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

async function phone(width = 390, height = 844): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: { width, height }, hasTouch: true, isMobile: true });
  return { context, page: await context.newPage() };
}

/** A one-finger (or two-finger) swipe through CDP touch events, as a finger would make it. */
async function swipe(context: BrowserContext, page: Page, fingers: { from: [number, number]; to: [number, number] }[], steps = 8) {
  const cdp = await context.newCDPSession(page);
  const at = (k: number) => fingers.map((f, id) => ({ x: f.from[0] + (f.to[0] - f.from[0]) * k, y: f.from[1] + (f.to[1] - f.from[1]) * k, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The page's scroll once a fling has come to rest (the same over ten frames). */
function restingScroll(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = -1;
        let same = 0;
        const tick = () => {
          same = window.scrollY === last ? same + 1 : 0;
          last = window.scrollY;
          if (same >= 10) resolve(last);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

const node = (page: Page, name: string) => page.locator(`#graph [data-node][aria-label^="${name}"]`).first();

async function graphReady(page: Page) {
  await page.locator('#graph [data-node]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('#graph [aria-busy="true"]'));
}

describe('the app on a phone (390×844, touch)', () => {
  it('has a compact header, tabs that switch views, and no presenter controls', async () => {
    const { context, page } = await phone();
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await graphReady(page);
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(120);
    for (const name of ['Présenter', 'Console', 'Plein écran']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(false);
    }
    const tabs = page.getByRole('tablist', { name: 'Vues' });
    await expect(tabs.getByRole('tab').allTextContents()).resolves.toEqual(['◉Graphe', '⊕Carte', '☰Programme', '▦Tableau']);
    await expect(tabs.getByRole('tab', { name: 'Graphe' }).getAttribute('aria-selected')).resolves.toBe('true');
    // Only the graph shows; the map and the programme wait behind their tabs.
    await expect(page.getByRole('tabpanel').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Programme' }).isVisible()).resolves.toBe(false);
    // The map's chunk is not fetched until its tab is opened.
    // Past the browser's idle time, when a desktop fetches the map.
    for (let i = 0; i < 3; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
    expect(watched.requests.filter((url) => /maplibre/.test(url))).toEqual([]);

    await tabs.getByRole('tab', { name: 'Programme' }).tap();
    await page.getByRole('navigation', { name: 'Programme' }).waitFor();
    await expect(page.locator('#graph').isVisible()).resolves.toBe(false);
    // Keyboard: arrows move along the tabs and show their view.
    await tabs.getByRole('tab', { name: 'Programme' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Carte' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByRole('tabpanel', { name: 'Carte' }).getByRole('button', { name: 'France', exact: true }).waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /maplibre/.test(e.name)));
    expect(watched.requests.filter((url) => /maplibre/.test(url)).length).toBeGreaterThan(0);

    // The Tableau tab lists the actors; a row tapped opens its details in the sheet.
    await tabs.getByRole('tab', { name: 'Tableau' }).tap();
    const table = page.getByRole('tabpanel', { name: 'Tableau' }).getByRole('table');
    await table.waitFor();
    await expect(page.locator('#map').isVisible()).resolves.toBe(false);
    await table.getByRole('row').filter({ hasText: 'Cités Unies France' }).first().click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Cités Unies France', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Fermer les détails' }).tap();

    // The menu holds the rest of the header's controls.
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('button', { name: 'Ouvrir des données' }).waitFor();
    await expect(page.getByRole('button', { name: 'Exporter' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Ouvrir des données' }).isVisible()).resolves.toBe(false);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('opens the details of a tapped node in a sheet, with the node still in sight above it', async () => {
    const { context, page } = await phone();
    await page.goto(inject('baseURL'));
    await graphReady(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const target = node(page, 'Ville de Nanterre');
    const box = await target.boundingBox();
    if (!box) throw new Error('no node');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const sheet = page.getByRole('dialog', { name: 'Détails de la sélection' });
    await sheet.getByRole('heading', { name: /Ville de Nanterre/, level: 2 }).waitFor();
    // The graph brings the node above the sheet (animated): wait for it to settle there.
    await page.waitForFunction(() => {
      const n = document.querySelector('#graph .graph-node.is-selected .graph-focus-ring');
      const s = document.querySelector('[data-sheet]');
      return n && s && n.getBoundingClientRect().bottom <= s.getBoundingClientRect().top;
    });
    const nodeBox = await page.locator('#graph .graph-node.is-selected').boundingBox();
    const sheetBox = await sheet.boundingBox();
    expect(nodeBox && sheetBox && nodeBox.y + nodeBox.height).toBeLessThanOrEqual(sheetBox?.y ?? 0);
    expect(nodeBox?.y).toBeGreaterThan(0);
    // Half the screen, and no jump of the page.
    expect(sheetBox?.height).toBeLessThan(844 * 0.6);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(scrollBefore);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('dialog');
    await page.screenshot({ path: 'test-results/phone-sheet-390.png' });

    // Escape closes it and focus goes back.
    await page.keyboard.press('Escape');
    await expect(sheet.isVisible()).resolves.toBe(false);

    // Dragged up by its handle it takes the screen; swiped down, it closes.
    const again = await target.boundingBox();
    if (!again) throw new Error('no node');
    await page.touchscreen.tap(again.x + again.width / 2, again.y + again.height / 2);
    await sheet.waitFor();
    const handle = await sheet.getByRole('button', { name: 'Agrandir les détails' }).boundingBox();
    if (!handle) throw new Error('no handle');
    const hx = handle.x + handle.width / 2;
    const hy = handle.y + handle.height / 2;
    await swipe(context, page, [{ from: [hx, hy], to: [hx, hy - 250] }]);
    await sheet.getByRole('button', { name: 'Réduire les détails' }).waitFor();
    expect((await sheet.boundingBox())?.height).toBeGreaterThan(844 * 0.7);
    const top = await sheet.getByRole('button', { name: 'Réduire les détails' }).boundingBox();
    if (!top) throw new Error('no handle');
    await swipe(context, page, [{ from: [hx, top.y + top.height / 2], to: [hx, top.y + 700] }]);
    await page.waitForFunction(() => document.querySelector('[data-sheet]')?.hasAttribute('hidden'));
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('nanterre');
    await context.close();
  });

  it('closes the sheet with its close button, and a one-finger swipe pans the graph, not the page', async () => {
    const { context, page } = await phone();
    await page.goto(`${inject('baseURL')}#/acteur/cites-unies-france`);
    await graphReady(page);
    const sheet = page.getByRole('dialog', { name: 'Détails de la sélection' });
    await sheet.getByRole('heading', { name: 'Cités Unies France', level: 2 }).waitFor();
    await sheet.getByRole('button', { name: 'Fermer les détails' }).tap();
    await expect(sheet.isVisible()).resolves.toBe(false);

    const before = await page.locator('#graph .graph-viewport').boundingBox();
    await swipe(context, page, [{ from: [200, 450], to: [200, 300] }]);
    const after = await page.locator('#graph .graph-viewport').boundingBox();
    expect((before?.y ?? 0) - (after?.y ?? 0)).toBeGreaterThan(100);
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await context.close();
  });

  it('brings a place chosen on the Carte tab above the sheet', async () => {
    const { context, page } = await phone();
    await page.goto(inject('baseURL'));
    await graphReady(page);
    await page.getByRole('tab', { name: 'Carte' }).tap();
    const map = page.getByRole('tabpanel', { name: 'Carte' });
    await mapAtRest(map);
    await page
      .getByRole('button', { name: /^Barcelone/ })
      .first()
      .tap();
    const sheet = page.getByRole('dialog', { name: 'Détails de la sélection' });
    await sheet.getByRole('heading', { name: 'Barcelone', level: 2 }).waitFor();
    // The map moves the place into the part left visible above the sheet.
    // (Barcelona's circle, beside its name, drawn between the top of the screen and the sheet.)
    await mapAtRest(map);
    const sheetBox = await sheet.boundingBox();
    const barcelona = (await placesOnMap(map, [PLACE_COLOURS.lit, PLACE_COLOURS.dim])).barcelone;
    if (!sheetBox || !barcelona) throw new Error('no sheet, or Barcelona not drawn');
    expect(barcelona.y).toBeGreaterThan(0);
    expect(barcelona.y).toBeLessThan(sheetBox.y - 10);
    await page.screenshot({ path: 'test-results/phone-map-sheet-390.png' });
    await context.close();
  });

  it('zooms the graph in on a double tap, where a single tap on a node selects it', async () => {
    const { context, page } = await phone();
    await page.goto(inject('baseURL'));
    await graphReady(page);
    const width = () => page.locator('#graph .graph-viewport').evaluate((el) => el.getBoundingClientRect().width);
    const before = await width();
    // An empty spot: the stage's top left corner, under the toolbar, away from the rings' nodes.
    const stage = await page.locator('#graph .graph-stage').boundingBox();
    if (!stage) throw new Error('no stage');
    await page.touchscreen.tap(stage.x + 20, stage.y + 20);
    await page.touchscreen.tap(stage.x + 20, stage.y + 20);
    await page.waitForFunction((w) => (document.querySelector('#graph .graph-viewport')?.getBoundingClientRect().width ?? 0) > w * 1.5, before);
    expect(await width()).toBeGreaterThan(before * 1.5);
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await context.close();
  });

  for (const view of ['Graphe', 'Carte', 'Programme', 'Tableau'] as const) {
    it(`passes axe-core (WCAG 2.2 AA) on the ${view} tab with a selection open`, async () => {
      const { context, page } = await phone();
      await page.goto(`${inject('baseURL')}#/acteur/cites-unies-france`);
      await graphReady(page);
      await page.getByRole('tab', { name: view }).tap();
      // The map drawn (its frame buttons enabled), or said to be unavailable.
      if (view === 'Carte')
        await page.waitForFunction(() => ['ready', 'no-webgl', 'failed'].includes(document.querySelector('.map-view')?.getAttribute('data-state') ?? ''));
      await page.getByRole('dialog').getByRole('heading', { name: 'Cités Unies France', level: 2 }).waitFor();
      await page.screenshot({ path: `test-results/phone-${view}-390.png` });
      const violations = await axeViolations(page, WCAG22_AA);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

describe('the app on a tablet in portrait (768×1024, touch)', () => {
  it('scrolls the page under one finger over the graph, and zooms the graph with two', async () => {
    const { context, page } = await phone(768, 1024);
    await page.goto(inject('baseURL'));
    await graphReady(page);
    await expect(page.getByRole('tablist').isVisible()).resolves.toBe(false);
    const graph = await page.locator('#graph .graph-stage').boundingBox();
    if (!graph) throw new Error('no graph');
    const cx = graph.x + graph.width / 2;
    const cy = graph.y + graph.height / 2;
    const transform = () => page.locator('#graph .graph-viewport').evaluate((el) => el.getBoundingClientRect().width);
    const width0 = await transform();

    // Slowly (many small moves), so that the page does not fling the graph off screen.
    await swipe(context, page, [{ from: [cx, cy + 100], to: [cx, cy - 100] }], 25);
    await page.waitForFunction(() => window.scrollY > 50);
    // The graph did not move with that finger: only the page did.
    await expect(transform()).resolves.toBeCloseTo(width0, 0);

    await restingScroll(page);
    // On a busy machine the finger's moves come apart and the page may fling further, the graph
    // off screen: it is brought back (a person would scroll back) before two fingers try it.
    const stage = page.locator('#graph .graph-stage');
    const off = await stage.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0) < 300;
    });
    if (off) await stage.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const scrolled = await restingScroll(page);
    const g = await stage.boundingBox();
    if (!g) throw new Error('no graph');
    // The middle of what is on screen of the graph after the scroll.
    const visibleTop = Math.max(g.y, 0);
    const visibleBottom = Math.min(g.y + g.height, 1024);
    expect(visibleBottom - visibleTop).toBeGreaterThan(150);
    const y = (visibleTop + visibleBottom) / 2;
    await swipe(
      context,
      page,
      [
        { from: [cx - 30, y], to: [cx - 160, y] },
        { from: [cx + 30, y], to: [cx + 160, y] },
      ],
      10,
    );
    await page.waitForFunction((w) => {
      const el = document.querySelector('#graph .graph-viewport');
      return el !== null && el.getBoundingClientRect().width > w * 1.5;
    }, width0);
    // Two fingers moved the graph, not the page.
    expect(Math.abs((await restingScroll(page)) - scrolled)).toBeLessThan(5);
    await context.close();
  });
});
