import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

const graph = (page: Page) => page.getByRole('region', { name: 'Graphe des alliances', exact: true });
const mapArea = (page: Page) => page.getByRole('region', { name: 'Carte des lieux', exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Programme et détails' });

async function mapReady(page: Page) {
  await page.waitForFunction(() => window.__maillageMap !== undefined, undefined, { timeout: 30_000 });
}

describe('one selection across graph, map and panel', () => {
  it('clicking the Savigny-le-Temple node opens notes naming Eveline Lebault and marks the place on the map', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}?maptest`);
    await mapReady(page);
    await graph(page).getByRole('button', { name: /^Savigny-le-Temple \(77\), commune/ }).click();
    const notes = panel(page).getByRole('region', { name: 'Notes de la session' });
    await expect(notes.textContent()).resolves.toContain('Eveline Lebault');
    // the map's list of places says Savigny-le-Temple is in the selection
    await expect(mapArea(page).getByRole('button', { name: /Savigny-le-Temple.*dans la sélection/ }).count()).resolves.toBe(1);
    await expect(mapArea(page).getByRole('button', { name: /^Lille.*dans la sélection/ }).count()).resolves.toBe(0);
    expect(page.url()).toContain('#/acteur/savigny-le-temple');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('choosing the Cités Unies France session spotlights its actors and frames Paris and Barcelona', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}?maptest`);
    await mapReady(page);
    await panel(page).getByRole('navigation', { name: 'Programme' }).getByRole('button', { name: /Cités Unies France : enjeux/ }).click();
    const lit = graph(page).getByRole('button', { name: /dans la sélection$/ });
    const names = await lit.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(names.map((n) => n.split(',')[0])).toEqual(
      expect.arrayContaining(['Cités Unies France', 'Cités et Gouvernements Locaux Unis (CGLU)', 'Conseil général de la Seine-Saint-Denis (CG 93)']),
    );
    expect(names.some((n) => n.startsWith('Savigny'))).toBe(false);
    // once the camera has moved, Paris and Barcelona are both in view
    await page.waitForFunction(
      () => {
        const b = window.__maillageMap?.map.getBounds();
        return !!b && b.contains([2.3497, 48.8857]) && b.contains([2.1767, 41.3811]);
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.screenshot({ path: 'test-results/one-selection-cuf-session.png' });
    // clearing the selection brings the map back to France, Lille to Savigny-le-Temple
    await panel(page).getByRole('button', { name: 'Fermer les détails' }).click();
    await page.waitForFunction(
      () => {
        const b = window.__maillageMap?.map.getBounds();
        return !!b && b.contains([3.08, 50.642]) && b.contains([2.5831, 48.5842]) && !b.contains([-14.7, 17.55]);
      },
      undefined,
      { timeout: 15_000 },
    );
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('selecting a place on the map updates the graph and the panel', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${inject('baseURL')}?maptest`);
    await mapReady(page);
    await mapArea(page).getByRole('button', { name: /^Lille/ }).first().click();
    await expect(panel(page).getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Lille');
    const lit = await graph(page).getByRole('button', { name: /dans la sélection$/ }).evaluateAll((n) => n.length);
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
