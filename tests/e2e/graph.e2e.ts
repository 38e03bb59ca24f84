import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

interface LabelBox {
  readonly id: string;
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly fontSize: number;
}

/** Every visible node label's box on screen, measured by the browser. */
function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('#graph [data-label-for]')]
      .filter((t) => t.getAttribute('visibility') !== 'hidden')
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {
          id: t.getAttribute('data-label-for') ?? '',
          text: t.textContent ?? '',
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          fontSize: parseFloat(getComputedStyle(t).fontSize),
        };
      }),
  );
}

/** Each node's centre in the drawing's own coordinates (its transform inside the zoomed viewport),
 * and on screen. */
function nodeCentres(page: Page): Promise<Record<string, { x: number; y: number; sx: number; sy: number }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<SVGGElement>('#graph [data-node]')].map((g) => {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
        // The focus ring is a circle centred on the node (a star's own box is not).
        const r = g.querySelector('.graph-focus-ring')!.getBoundingClientRect();
        return [g.getAttribute('data-node') ?? '', { x: Number(m?.[1]), y: Number(m?.[2]), sx: r.x + r.width / 2, sy: r.y + r.height / 2 }];
      }),
    ),
  );
}

/** How far each node moved in the drawing, and how many moved more than `limit` px. */
function moves(a: Record<string, { x: number; y: number }>, b: Record<string, { x: number; y: number }>) {
  const d = Object.keys(a).map((id) => Math.hypot((b[id]?.x ?? NaN) - a[id]!.x, (b[id]?.y ?? NaN) - a[id]!.y));
  return { max: Math.max(...d), count: d.length };
}

const intersect = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the alliance graph in Chromium', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`labels every node without overlap at ${width}×${height}, legibly, with no console error`, async () => {
      const page = await browser().newPage({ viewport: { width, height } });
      const watched = watch(page);
      await page.goto(inject('baseURL'));
      const graph = page.getByRole('region', { name: 'Graphe des alliances' });
      const nodes = graph.getByRole('button', { name: /, (local|intercommunal|départemental|régional|national|continental|mondial)$/ });
      await expect(nodes.count()).resolves.toBe(16);
      await page.waitForTimeout(300);
      const boxes = await labelBoxes(page);
      expect(boxes).toHaveLength(16);
      const graphBox = await graph.boundingBox();
      const surface = await page.locator('#graph svg[data-graph-surface]').boundingBox();
      console.info(`graph ${width}×${height}: region ${graphBox?.width}×${graphBox?.height}, drawing ${surface?.width}×${surface?.height}`);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i]!;
        expect(a.fontSize, a.text).toBeGreaterThanOrEqual(14);
        expect(a.left, a.text).toBeGreaterThanOrEqual(graphBox!.x);
        expect(a.right, a.text).toBeLessThanOrEqual(graphBox!.x + graphBox!.width);
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          if (intersect(a, b)) overlaps.push(`${a.text} × ${b.text}`);
        }
      }
      expect(overlaps).toEqual([]);
      await page.screenshot({ path: `test-results/graph-${width}x${height}.png` });
      expect(watched.errors).toEqual([]);
      await page.close();
    });
  }

  it('selects Savigny-le-Temple when its node is clicked, and shows its details', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    const node = graph.getByRole('button', { name: /^Savigny-le-Temple \(77\), commune, local$/ });
    await node.click();
    await expect(node.getAttribute('aria-pressed')).resolves.toBe('true');
    // At 1280 px the side panel is beside the graph: the graph's own caption is hidden (it would
    // repeat the panel), and the panel's region tells the selection.
    await expect(graph.getByRole('region', { name: 'Sélection dans le graphe' }).isVisible()).resolves.toBe(false);
    const details = page.getByRole('region', { name: 'Détails de la sélection' });
    const text = await details.textContent();
    expect(text).toContain('Savigny-le-Temple (77)');
    expect(text).toContain('commune');
    expect(text).toContain('Local');
    expect(text).toContain('jumelé avec');
    expect(text).toContain('Boutilimit');
    await page.waitForTimeout(300); // let the dimming transition end
    await page.screenshot({ path: 'test-results/graph-selected-1280x720.png' });
    await page.keyboard.press('Escape');
    await expect(node.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('keeps its own details caption, quiet and out of the Tab order, when the graph has the full screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(inject('baseURL'));
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    const caption = graph.getByRole('region', { name: 'Sélection dans le graphe', includeHidden: true });
    await expect(caption.getAttribute('aria-live')).resolves.toBeNull();
    await expect(caption.getAttribute('tabindex')).resolves.toBeNull();
    await graph.getByRole('button', { name: /^Savigny-le-Temple \(77\), commune, local$/ }).click();
    await graph.getByRole('button', { name: 'Agrandir : Graphe des alliances' }).click();
    await expect(caption.isVisible()).resolves.toBe(true);
    await expect(caption.textContent()).resolves.toContain('Savigny-le-Temple (77)');
    await page.close();
  });

  it('keeps every node in place when a notice comes and goes, the window is resized, a presentation runs or the language switches', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    await expect(graph.getByRole('button', { name: /, (local|national)$/ }).count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(300);
    let start = await nodeCentres(page);
    expect(Object.keys(start)).toHaveLength(16);
    const report: string[] = [];
    const check = async (what: string, limit: number) => {
      await page.waitForTimeout(350);
      const now = await nodeCentres(page);
      const { max } = moves(start, now);
      report.push(`${what}: ${max.toFixed(2)} px`);
      expect(max, what).toBeLessThanOrEqual(limit);
      // On screen the drawing is only refitted: each node is where the fit puts its drawing position.
      const transform = await page.locator('#graph .graph-viewport').getAttribute('transform');
      const m = /translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/.exec(transform ?? '')!;
      const surface = (await page.locator('#graph svg[data-graph-surface]').boundingBox())!;
      for (const [id, c] of Object.entries(now)) {
        expect(Math.abs(surface.x + Number(m[1]) + Number(m[3]) * c.x - c.sx), `${what}: ${id} on screen`).toBeLessThan(2);
        expect(Math.abs(surface.y + Number(m[2]) + Number(m[3]) * c.y - c.sy), `${what}: ${id} on screen`).toBeLessThan(2);
      }
    };
    // A notice at the top of the page (an unknown link) takes height from the graph, then leaves.
    await page.evaluate(() => (location.hash = '#/acteur/nope'));
    await expect(page.getByRole('button', { name: 'Fermer l’avis' }).first().isVisible()).resolves.toBe(true);
    await check('notice shown', 3);
    await page.getByRole('button', { name: 'Fermer l’avis' }).first().click();
    await check('notice dismissed', 3);
    await page.setViewportSize({ width: 1800, height: 980 });
    await check('window 1800×980', 3);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await check('window back to 1920×1080', 3);
    // Another language: other words, other label sizes, not one node moved.
    await page.getByRole('button', { name: 'English' }).click();
    await check('English', 0);
    await page.getByRole('button', { name: 'Français' }).click();
    await check('French again', 0);
    // A presentation hides the side panel: the graph gets a much wider area, and a layout made for
    // it (once). Then the caption under it grows and shrinks from step to step: nothing moves.
    await page.getByRole('button', { name: 'Présenter' }).click();
    await page.waitForTimeout(1000);
    start = await nodeCentres(page);
    for (let i = 1; i <= 6; i++) {
      await page.keyboard.press('PageDown');
      await check(`PageDown ${i}`, 3);
    }
    console.info(`node movement, 1920×1080: ${report.join('; ')}`);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('is reached by Tab, moves by arrow keys with a visible focus, and pins a dragged node', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    const inGraph = () => page.evaluate(() => document.activeElement?.closest('#graph [data-node]')?.getAttribute('data-node') ?? null);
    let presses = 0;
    while ((await inGraph()) === null && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    const first = await inGraph();
    expect(first).not.toBeNull();
    const ring = await page.evaluate(() => {
      const focusRing = document.activeElement?.querySelector('.graph-focus-ring');
      return focusRing ? getComputedStyle(focusRing).stroke : 'none';
    });
    expect(ring).not.toBe('none');
    let second = first;
    for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowDown']) {
      if (second !== first) break;
      await page.keyboard.press(key);
      second = await inGraph();
    }
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);

    const node = page.locator('#graph [data-node="actor:cglu"]');
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 40, box.y - 60, { steps: 6 });
    await page.mouse.up();
    await expect(node.getAttribute('aria-label')).resolves.toMatch(/\(épinglé\)$/);
    await node.dblclick();
    await expect(node.getAttribute('aria-label')).resolves.not.toMatch(/épinglé/);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
