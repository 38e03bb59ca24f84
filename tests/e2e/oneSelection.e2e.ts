import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

const graph = (page: Page) => page.getByRole('region', { name: 'Graphe des alliances', exact: true });
const mapArea = (page: Page) => page.getByRole('region', { name: 'Carte des lieux', exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Programme et détails' });

/** The map is drawn when its view buttons can be used. */
async function mapReady(page: Page) {
  const france = mapArea(page).getByRole('button', { name: 'France', exact: true });
  await expect.poll(() => france.isEnabled(), { timeout: 30_000 }).toBe(true);
}

/** What a person reads on the map now: the names written over it and its cluster buttons, when
 * they lie on the map's canvas. */
async function readOnMap(page: Page): Promise<string[]> {
  const canvas = await mapArea(page)
    .getByLabel(/^Carte des lieux de l’atelier/)
    .boundingBox();
  if (!canvas) return [];
  const inside = (r: { x: number; y: number; width: number; height: number }) => {
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    return x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height;
  };
  const names = await mapArea(page)
    .locator('[aria-hidden="true"] > [aria-hidden="true"]')
    .evaluateAll((spans) =>
      spans
        .filter((s) => getComputedStyle(s).visibility === 'visible')
        .map((s) => ({ text: s.textContent ?? '', box: s.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })),
    );
  const clusters = await mapArea(page)
    .getByRole('button', { name: /^Groupe de \d+ lieux proches/ })
    .evaluateAll((buttons) =>
      buttons.map((b) => ({ text: 'groupe', box: b.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })),
    );
  return [...names, ...clusters].filter((n) => inside(n.box)).map((n) => n.text);
}

describe('one selection across graph, map and panel', () => {
  it('clicking the Savigny-le-Temple node opens notes naming Eveline Lebault and marks the place on the map', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await mapReady(page);
    await graph(page)
      .getByRole('button', { name: /^Savigny-le-Temple \(77\), commune/ })
      .click();
    const notes = panel(page).getByRole('region', { name: 'Notes de la session' });
    // The notes are written once the Markdown reader (its own chunk) has come.
    await notes
      .getByText(/Eveline Lebault/)
      .first()
      .waitFor({ timeout: 30_000 });
    // the map's list of places says Savigny-le-Temple is in the selection
    await expect(
      mapArea(page)
        .getByRole('button', { name: /Savigny-le-Temple.*dans la sélection/ })
        .count(),
    ).resolves.toBe(1);
    await expect(
      mapArea(page)
        .getByRole('button', { name: /^Lille.*dans la sélection/ })
        .count(),
    ).resolves.toBe(0);
    await expect.poll(() => page.url()).toContain('#/acteur/savigny-le-temple');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('choosing the Cités Unies France session spotlights its actors and frames Paris and Barcelona', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await mapReady(page);
    await panel(page)
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('button', { name: /Cités Unies France : enjeux/ })
      .click();
    const lit = graph(page).getByRole('button', { name: /dans la sélection$/ });
    const names = await lit.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(names.map((n) => n.split(',')[0])).toEqual(
      expect.arrayContaining(['Cités Unies France', 'Cités et Gouvernements Locaux Unis (CGLU)', 'Conseil général de la Seine-Saint-Denis (CG 93)']),
    );
    expect(names.some((n) => n.startsWith('Savigny'))).toBe(false);
    // once the camera has moved, Paris and Barcelona are both in view
    await expect
      .poll(
        async () => {
          const read = await readOnMap(page);
          return read.includes('Barcelone') && (read.includes('Paris 18e') || read.includes('groupe'));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.screenshot({ path: 'test-results/one-selection-cuf-session.png' });
    // clearing the selection brings the map back to France, Lille to Savigny-le-Temple
    await panel(page).getByRole('button', { name: 'Fermer les détails' }).click();
    // (its button pressed, Lille on the map, Boutilimit in Mauritania off it)
    const france = mapArea(page).getByRole('button', { name: 'France', exact: true });
    await expect.poll(() => france.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await expect
      .poll(
        async () => {
          const read = await readOnMap(page);
          return read.includes('Lille') && !read.includes('Boutilimit');
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('selecting a place on the map updates the graph and the panel', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(inject('baseURL'));
    await mapReady(page);
    await mapArea(page)
      .getByRole('button', { name: /^Lille/ })
      .first()
      .click();
    await expect(panel(page).getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Lille');
    const lit = await graph(page)
      .getByRole('button', { name: /dans la sélection$/ })
      .evaluateAll((n) => n.length);
    expect(lit).toBe(3);
    await page.close();
  });

  it('either view takes the full screen and gives it back', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(inject('baseURL'));
    const full = graph(page).getByRole('button', { name: 'Agrandir : Graphe des alliances' });
    await full.click();
    const box = await graph(page).boundingBox();
    expect(box?.width).toBeGreaterThan(1200);
    expect(await mapArea(page).isVisible()).toBe(false);
    await graph(page).getByRole('button', { name: 'Revenir à la vue partagée' }).click();
    expect(await mapArea(page).isVisible()).toBe(true);
    // the map too, and Escape gives the screen back
    await mapArea(page).getByRole('button', { name: 'Agrandir : Carte des lieux' }).click();
    expect(await graph(page).isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await graph(page).isVisible()).toBe(true);
    await page.close();
  });
});
