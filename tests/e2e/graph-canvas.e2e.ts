import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { syntheticDataset } from '../../scripts/synthetic';

const browser = useBrowser();
const ACTORS = 3000;
/** Written into the built app's folder, so that `?data=` opens it from the same origin. */
const folder = resolve('dist', 'e2e-synthetic');

beforeAll(() => {
  const { json, notes } = syntheticDataset(ACTORS);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'workshop.json'), json);
  for (const [path, text] of notes) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function openLarge(page: Page) {
  await page.goto(`${inject('baseURL')}?data=e2e-synthetic/workshop.json`);
  const graph = page.getByRole('region', { name: 'Graphe des alliances' });
  const image = graph.getByRole('img', { name: /^Graphe de [\d\s  ]+ nœuds et [\d\s  ]+ liens/ });
  await image.waitFor({ timeout: 90_000 });
  // The layout has finished (the drawing is no longer busy): nodes stay where they are found.
  await page.locator('#graph [aria-busy="true"]').waitFor({ state: 'detached', timeout: 120_000 });
  return { graph, image };
}

/** A point of the canvas where the pointer is over a node (the cursor says so), scanning a grid. */
async function nodePoint(page: Page, box: { x: number; y: number; width: number; height: number }) {
  for (let step = 0; step < 400; step++) {
    const x = box.x + box.width * (0.3 + 0.4 * ((step * 0.618) % 1));
    const y = box.y + box.height * (0.3 + 0.4 * ((step * 0.382) % 1));
    await page.mouse.move(x, y);
    const cursor = await page.locator('#graph canvas').evaluate((c) => (c as HTMLCanvasElement).style.cursor);
    if (cursor === 'pointer') return { x, y };
  }
  throw new Error('no node found under the pointer');
}

describe(`a synthetic network of ${ACTORS} actors in Chromium`, () => {
  it('is drawn on a canvas, selects the node clicked, zooms with the wheel, and is reached by Tab and Enter', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    const { graph, image } = await openLarge(page);
    await expect(page.locator('#graph canvas').count()).resolves.toBe(1);
    await expect(page.locator('#graph svg [data-node]').count()).resolves.toBe(0);
    // The off-screen list holds the buttons that matter (Tab stop, most prominent on screen), not one per node.
    await expect(graph.getByRole('list', { name: 'Nœuds du graphe' }).getByRole('button').count()).resolves.toBeGreaterThan(1);
    await expect(graph.getByRole('list', { name: 'Nœuds du graphe' }).getByRole('button').count()).resolves.toBeLessThan(ACTORS / 10);

    // A click on a node's pixels selects it: the side panel shows its name, its button is pressed.
    const box = (await image.boundingBox())!;
    const at = await nodePoint(page, box);
    await page.mouse.click(at.x, at.y);
    const pressed = graph.getByRole('list', { name: 'Nœuds du graphe' }).getByRole('button', { pressed: true });
    await pressed.waitFor({ state: 'attached' });
    const name = ((await pressed.getAttribute('aria-label')) ?? '').split(',')[0]!;
    expect(name).toMatch(/^Acteur \d+ de /);
    const details = page.getByRole('region', { name: 'Détails de la sélection' });
    await expect(details.textContent()).resolves.toContain(name);
    await page.keyboard.press('Escape');

    // Dragging a node pins it where it is dropped.
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 50, at.y - 40, { steps: 6 });
    await page.mouse.up();
    const list = graph.getByRole('list', { name: 'Nœuds du graphe' });
    await expect(list.getByRole('button', { name: /\(épinglé\)$/ }).count()).resolves.toBe(1);
    // ⌂ releases every pin (and frames the graph), as in the SVG drawing.
    await graph.getByRole('button', { name: 'Recadrer le graphe' }).click();
    await expect(list.getByRole('button', { name: /\(épinglé\)$/ }).count()).resolves.toBe(0);
    await page.waitForTimeout(500);

    // The wheel zooms the drawing (and it is drawn again in full once the wheel rests).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await image.screenshot();
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(600);
    const after = await image.screenshot();
    expect(after.equals(before)).toBe(false);
    await page.screenshot({ path: 'test-results/graph-canvas-zoomed.png' });

    // Tab reaches the list of nodes; Enter selects the focused one.
    const focusedNode = () => page.evaluate(() => document.activeElement?.closest('#graph [data-node]')?.getAttribute('aria-label') ?? null);
    let presses = 0;
    while ((await focusedNode()) === null && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    const focused = await focusedNode();
    expect(focused).toMatch(/^Acteur \d+ de /);
    await page.keyboard.press('ArrowRight');
    const moved = (await focusedNode()) ?? '';
    expect(moved).not.toBe(focused);
    await page.keyboard.press('Enter');
    await expect(details.textContent()).resolves.toContain(moved.split(',')[0]);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('drags a node with its ties while the rest of the network stays where it was', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    const { graph, image } = await openLarge(page);
    const box = (await image.boundingBox())!;
    const at = await nodePoint(page, box);
    const away = { x: box.x + box.width / 2, y: box.y + box.height + 60 };
    const canvas = page.locator('#graph canvas');
    /** The canvas's pixels, once two readings a moment apart agree (nothing moving any more). */
    const still = async () => {
      await page.mouse.move(away.x, away.y);
      await expect
        .poll(
          () =>
            canvas.evaluate(async (c) => {
              const read = () => {
                const el = c as HTMLCanvasElement;
                return el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
              };
              const first = read();
              await new Promise((resolve) => setTimeout(resolve, 400));
              const second = read();
              const same = first.every((v, i) => v === second[i]);
              if (same) (c as HTMLCanvasElement & { reading?: Uint8ClampedArray }).reading = second;
              return same;
            }),
          { timeout: 60_000, interval: 200 },
        )
        .toBe(true);
    };
    await still();
    await canvas.evaluate((c) => {
      const el = c as HTMLCanvasElement & { reading?: Uint8ClampedArray; earlier?: Uint8ClampedArray };
      el.earlier = el.reading;
    });

    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 10 });
    await page.mouse.up();
    // Dropped where the pointer let it go: pinned, and under the pointer there.
    const list = graph.getByRole('list', { name: 'Nœuds du graphe' });
    await expect(list.getByRole('button', { name: /\(épinglé\)$/ }).count()).resolves.toBe(1);
    await page.mouse.move(at.x + 60, at.y + 40);
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).style.cursor)).toBe('pointer');

    // Once at rest, what changed is the node, its ties and their names: a small part of the
    // picture (the whole network used to be shaken and drawn anew).
    await still();
    const changed = await canvas.evaluate((c) => {
      const el = c as HTMLCanvasElement & { reading?: Uint8ClampedArray; earlier?: Uint8ClampedArray };
      const [a, b] = [el.earlier!, el.reading!];
      let differ = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 30) differ++;
      }
      return differ / (a.length / 4);
    });
    console.info(`pixels changed by the drag: ${(changed * 100).toFixed(1)} %`);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(0.12);
    await page.screenshot({ path: 'test-results/graph-canvas-dragged.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('makes its map once the graph is laid out, not while the layout runs', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    // Whether the graph was still being laid out when the map was first drawn, noted as it happens.
    await page.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => new MutationObserver(() => {
        if (window.graphBusyWhenMapReady === undefined && document.querySelector('#map [data-state="ready"]'))
          window.graphBusyWhenMapReady = document.querySelector('#graph .graph-stage[aria-busy="true"]') !== null;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] }));`,
    });
    await openLarge(page);
    const map = page.getByRole('region', { name: 'Carte des lieux' });
    await map.locator('[data-state="ready"]').waitFor({ timeout: 180_000 });
    await expect(page.evaluate('window.graphBusyWhenMapReady')).resolves.toBe(false);
    // Nothing left of the wait: no note, no button.
    await expect(map.getByRole('button', { name: 'Afficher la carte maintenant' }).count()).resolves.toBe(0);
    await expect(map.locator('.map-waiting:not([hidden])').count()).resolves.toBe(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('keeps drawing the workshop in SVG, one element per node', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    await expect(
      graph
        .getByRole('button', { name: /, (local|national)$/ })
        .first()
        .waitFor(),
    ).resolves.toBeUndefined();
    await expect(page.locator('#graph svg[data-graph-surface] [data-node]').count()).resolves.toBe(16);
    await expect(page.locator('#graph canvas').count()).resolves.toBe(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('opens a large dataset from its address with its session notes, checked off the page', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    // Over a million characters: the import worker checks it (src/import/checkRemote.ts).
    await page.goto(`${inject('baseURL')}?data=e2e-synthetic/workshop.json#/session/seance-3`);
    const notes = page.getByRole('region', { name: 'Notes de la session' });
    await notes.getByText('Note.').first().waitFor({ timeout: 90_000 });
    await expect(notes.getByRole('heading', { name: 'Séance 3' }).count()).resolves.toBeGreaterThan(0);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
