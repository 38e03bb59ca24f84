// A 5,000-actor synthetic network opened with ?data=: the graph is drawn at once and usable while
// its layout runs in the worker; the keyboard reaches its nodes and each has a name. The map is
// left out (no WebGL) so that only the graph's own work is on the main thread. States are waited
// for, never timed. The labels written on the canvas are read as they are written (fillText, each
// with its ink box on the canvas): no two overlap, at rest and once zoomed in.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { overlapsOf, type TextBox } from './textBoxes';
import { writeSyntheticFiles } from '../../scripts/synthetic';

const ACTORS = 5000;
const browser = useBrowser(['--disable-webgl', '--disable-3d-apis', '--disable-gpu']);
let file = '';

/** Records, for each canvas, the lines of text written on it since it was last cleared whole,
 * each with its ink box in canvas px (its transform applied); unrotated text only (the rings'
 * captions are written letter by letter along their bands). window.__written() gives the list of
 * the canvas written on last: the graph's last drawing, made aside for a large graph. */
const RECORD_TEXT = `(() => {
  const proto = CanvasRenderingContext2D.prototype;
  const lists = new WeakMap();
  let last = null;
  const clearRect = proto.clearRect;
  proto.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && x + w >= this.canvas.width && y + h >= this.canvas.height) lists.set(this.canvas, []);
    return clearRect.call(this, x, y, w, h);
  };
  const fillText = proto.fillText;
  proto.fillText = function (text, x, y, maxWidth) {
    const m = this.getTransform();
    if (m.b === 0 && m.c === 0) {
      const ink = this.measureText(text);
      const list = lists.get(this.canvas) || [];
      lists.set(this.canvas, list);
      list.push({
        text: String(text),
        font: this.font,
        left: m.a * (x - ink.actualBoundingBoxLeft) + m.e,
        right: m.a * (x + ink.actualBoundingBoxRight) + m.e,
        top: m.d * (y - ink.actualBoundingBoxAscent) + m.f,
        bottom: m.d * (y + ink.actualBoundingBoxDescent) + m.f,
      });
      last = this.canvas;
    }
    return fillText.call(this, text, x, y, maxWidth);
  };
  window.__written = () => (last && lists.get(last)) || [];
})();`;

interface Written extends TextBox {
  readonly font: string;
}

/** The nodes' labels of the graph's last drawing (the lines written in the font of the actors'
 * names, "Acteur 12 de Lille" or "Actor 12"), and the pairs of them whose ink overlaps. */
async function labelsWritten(page: Page) {
  const written = (await page.evaluate('window.__written()')) as Written[];
  const fonts = new Set(written.filter((w) => /^(Acteur|Actor) \d+/.test(w.text)).map((w) => w.font));
  const labels = written.filter((w) => fonts.has(w.font));
  return { texts: labels.map((l) => l.text).join('|'), count: labels.length, overlaps: overlapsOf(labels, 0.5) };
}

beforeAll(async () => {
  // The globalSetup built the app into dist/, which vite preview serves.
  file = await writeSyntheticFiles('dist', ACTORS);
});

describe(`a ${ACTORS}-actor network in Chromium`, () => {
  it('answers a click while the layout runs, then lets the keyboard reach named nodes', { timeout: 600_000 }, async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1080 } });
    const watched = watch(page);
    await page.addInitScript({ content: RECORD_TEXT });
    await page.goto(`${inject('baseURL')}?data=${file}`);
    // The first drawing: every node is there while the worker still refines the layout.
    await page.locator('#graph [aria-busy="true"] [data-node]').first().waitFor({ state: 'attached', timeout: 300_000 });
    // Note whether the graph was still being laid out when the language switch showed.
    await page.evaluate(`
      new MutationObserver(() => {
        if (document.documentElement.lang === 'en' && window.busyWhenSwitched === undefined)
          window.busyWhenSwitched = document.querySelector('#graph [aria-busy="true"]') !== null;
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    `);
    // force: no wait for the page's animation frames (a 5,000-node SVG is slow to paint in
    // software), the click goes to the page at once, as a person's would.
    // Queries are scoped (header, zoom group): naming 5,000 buttons for a page-wide role query
    // costs Playwright itself tens of seconds.
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: 'Switch to English' }).click({ force: true, timeout: 300_000 });
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 300_000 });
    await expect(page.evaluate('window.busyWhenSwitched')).resolves.toBe(true);
    await expect(header.getByRole('button', { name: 'Passer en français' }).count()).resolves.toBe(1);

    // Settled; then the nodes listed for keyboards and screen readers (the Tab stop and the most
    // prominent on screen, not one per node) are named buttons.
    await page.locator('#graph [aria-busy="true"]').waitFor({ state: 'detached', timeout: 300_000 });
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('#graph [data-node]')].map(
        (n) => `${n.getAttribute('role') ?? (n.tagName === 'BUTTON' ? 'button' : '')}|${n.getAttribute('aria-label') ?? ''}`,
      ),
    );
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(ACTORS / 10);
    // "Actor 12, <kind>, <scale>", in English now.
    expect(names.every((n) => /^button\|Actor \d+, [^,]+, [^,]+$/.test(n))).toBe(true);

    // The names written on screen, the most prominent first: many, none over another; and after
    // zooming in, others (the names of what is now on screen), none over another either.
    // (A drawing is written in one go once begun, its names last: a list with names is whole.)
    await expect.poll(async () => (await labelsWritten(page)).count, { timeout: 300_000, interval: 250 }).toBeGreaterThan(20);
    const atRest = await labelsWritten(page);
    expect(atRest.overlaps).toEqual([]);
    const zoom = page.locator('#graph .graph-zoom');
    await zoom.getByRole('button', { name: 'Zoom in' }).click({ timeout: 300_000 });
    await zoom.getByRole('button', { name: 'Zoom in' }).click({ timeout: 300_000 });
    await expect
      .poll(
        async () => {
          const zoomed = await labelsWritten(page);
          return zoomed.count > 0 && zoomed.texts !== atRest.texts;
        },
        { timeout: 300_000, interval: 250 },
      )
      .toBe(true);
    expect((await labelsWritten(page)).overlaps).toEqual([]);

    // The keyboard: Tab from the graph's last control lands on a node; an arrow moves to another.
    await page.locator('#graph .graph-zoom').getByRole('button', { name: 'Fit the graph to the view' }).focus({ timeout: 300_000 });
    let focusedNode: string | null = null;
    for (let i = 0; i < 6 && !focusedNode; i++) {
      await page.keyboard.press('Tab');
      focusedNode = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    }
    expect(focusedNode).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    await page.keyboard.press('ArrowLeft');
    const back = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
    expect([next, back].some((id) => id !== null && id !== focusedNode)).toBe(true);
    // Page Down steps to another node, made a named button when it gets focus.
    await page.keyboard.press('PageDown');
    const stepped = await page.evaluate(() => [document.activeElement?.getAttribute('data-node'), document.activeElement?.getAttribute('aria-label')]);
    expect(stepped[0]).not.toBe(back);
    expect(stepped[1]).toMatch(/^Actor \d+, [^,]+, [^,]+$/);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).resolves.toBe('true');
    // The list of places beside the map keeps only the rows in view after a selection, and
    // scrolls on its own (it once grew to the height of all its rows and rendered every one).
    const places = await page.evaluate(() => {
      const list = document.querySelector('#map .map-place-list');
      return list && { rows: list.children.length, scrolls: list.scrollHeight > list.clientHeight + 1000 };
    });
    expect(places).not.toBeNull();
    expect(places!.rows).toBeGreaterThan(0);
    expect(places!.rows).toBeLessThan(60);
    expect(places!.scrolls).toBe(true);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
