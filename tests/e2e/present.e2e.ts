// Projector and presenter mode in real Chromium: two windows of one browser kept in step, notes
// that survive reloads and travel by file to a fresh profile, and the projector theme's contrast.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

const FULL_HD = { width: 1920, height: 1080 };
const stepTitle = (page: Page) => page.locator('.console-step-title');

async function openConsoleFrom(audience: Page): Promise<Page> {
  const [popup] = await Promise.all([
    audience.context().waitForEvent('page'),
    audience.getByRole('button', { name: 'Console d’animation, dans une autre fenêtre' }).click(),
  ]);
  await popup.getByRole('heading', { name: 'Console d’animation', level: 1 }).waitFor();
  return popup;
}

describe('the presenter console in a second window', () => {
  it('follows PageDown in the audience window, and keeps typed notes across reloads and into a fresh profile', async () => {
    const context = await browser().newContext({ viewport: FULL_HD, acceptDownloads: true });
    const audience = await context.newPage();
    const audienceErrors = watch(audience);
    await audience.goto(inject('baseURL'));
    const presenterConsole = await openConsoleFrom(audience);
    const consoleErrors = watch(presenterConsole);
    expect(new URL(presenterConsole.url()).searchParams.get('mode')).toBe('console');
    expect(new URL(presenterConsole.url()).searchParams.get('presentation')).toMatch(/^[a-z0-9]{12}$/);

    await audience.getByRole('button', { name: 'Présenter' }).click();
    await expect.poll(() => stepTitle(presenterConsole).textContent()).toContain('Du local au mondial');
    await audience.keyboard.press('PageDown');
    await expect.poll(() => stepTitle(presenterConsole).textContent()).toBe('Introduction et problématique');
    await expect.poll(() => audience.url()).toContain('#/session/introduction?step=1');

    // Latency: from the key event in the audience window to the console's DOM showing the step.
    await audience.evaluate(() => {
      addEventListener('keydown', (e) => ((window as unknown as { t0: number }).t0 = performance.timeOrigin + e.timeStamp), true);
    });
    await presenterConsole.evaluate(() => {
      const w = window as unknown as { t1: number };
      new MutationObserver(() => (w.t1 = performance.timeOrigin + performance.now())).observe(document.querySelector('.console-step-title')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const latencies: number[] = [];
    for (const key of ['PageDown', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown']) {
      const before = await stepTitle(presenterConsole).textContent();
      await audience.keyboard.press(key);
      await expect.poll(() => stepTitle(presenterConsole).textContent()).not.toBe(before);
      const t0 = await audience.evaluate(() => (window as unknown as { t0: number }).t0);
      const t1 = await presenterConsole.evaluate(() => (window as unknown as { t1: number }).t1);
      latencies.push(t1 - t0);
    }
    latencies.sort((a, b) => a - b);
    console.log(`audience → console latency, ms: median ${latencies[3]?.toFixed(1)}, max ${latencies[6]?.toFixed(1)}`);
    expect(latencies[3]).toBeLessThan(250);

    // The console drives the room too.
    await presenterConsole.getByRole('button', { name: 'Suivant →' }).click(); // from step 2
    await expect.poll(() => audience.url()).toContain('#/session/lianes-cooperation?step=3');

    // Notes typed in the console, then both pages reloaded at once (pagehide flushes the save).
    await presenterConsole.getByRole('navigation', { name: 'Toutes les étapes' }).getByRole('button', { name: /^1\. / }).click();
    await expect.poll(() => stepTitle(presenterConsole).textContent()).toBe('Introduction et problématique');
    const sessionNote = presenterConsole.getByLabel('Notes sur la session : Introduction et problématique');
    await sessionNote.pressSequentially('Tour de table : 5 min.\n## Question {#à garder}');
    await presenterConsole.getByLabel('Notes sur Université Paris 8', { exact: true }).fill('Contact : service international');
    await presenterConsole.screenshot({ path: 'test-results/present-console.png', fullPage: true });
    expect(await axeViolations(presenterConsole, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).toEqual([]);
    await Promise.all([presenterConsole.reload(), audience.reload()]);
    await expect
      .poll(() => presenterConsole.getByLabel('Notes sur la session : Introduction et problématique').inputValue())
      .toBe('Tour de table : 5 min.\n## Question {#à garder}');
    await expect(presenterConsole.getByLabel('Notes sur Université Paris 8', { exact: true }).inputValue()).resolves.toBe('Contact : service international');
    await expect(audience.getByRole('region', { name: 'Étape de la présentation' }).textContent()).resolves.toContain('Introduction et problématique');

    // Export, then import into a fresh profile.
    const [download] = await Promise.all([
      presenterConsole.waitForEvent('download'),
      presenterConsole.getByRole('link', { name: 'Exporter les notes (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^maillage-notes-\d{4}-\d{2}-\d{2}\.md$/);
    const file = 'test-results/present-notes.md';
    await download.saveAs(file);
    const exported = readFileSync(file, 'utf8');
    expect(exported).toContain('## Session 1 — Introduction et problématique {#session:introduction}');
    expect(exported).toContain('\\## Question {#à garder}');

    const fresh = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const other = await fresh.newPage();
    const otherErrors = watch(other);
    await other.goto(`${inject('baseURL')}?mode=console#/session/introduction?step=1`);
    await expect(other.getByLabel('Notes sur la session : Introduction et problématique').inputValue()).resolves.toBe('');
    // The import is a button in the page's language (no browser "Choose File"); the DOM tests
    // check it by keyboard, here a click opens the browser's file chooser.
    const importButton = other.getByRole('button', { name: 'Importer des notes…' });
    await importButton.waitFor();
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), importButton.click()]);
    await chooser.setFiles(file);
    await other.getByText('2 note(s) importée(s).').waitFor();
    await expect(other.getByLabel('Notes sur la session : Introduction et problématique').inputValue()).resolves.toBe(
      'Tour de table : 5 min.\n## Question {#à garder}',
    );
    await other.reload();
    await expect.poll(() => other.getByLabel('Notes sur Université Paris 8', { exact: true }).inputValue()).toBe('Contact : service international');

    expect([...audienceErrors.errors, ...consoleErrors.errors, ...otherErrors.errors]).toEqual([]);
    await fresh.close();
    await context.close();
  });
});

/** Colour contrast at AA (4.5:1) and AAA (7:1, 'color-contrast-enhanced'). */
const contrastViolations = (page: Page) => axeViolations(page, { runOnly: ['color-contrast', 'color-contrast-enhanced'] });

describe('the projector theme at 1920×1080', () => {
  it('has no colour-contrast violation (AAA, 7:1) in either variant, and each step is kept as a screenshot', async () => {
    const page = await browser().newPage({ viewport: FULL_HD });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await page.getByLabel('Affichage').selectOption('projector-dark');
    await page.getByRole('button', { name: /Cités Unies France : enjeux/ }).click();
    await page.screenshot({ path: 'test-results/present-projector-dark-panel.png' });
    expect(await contrastViolations(page)).toEqual([]); // not presenting: the panel and details show too
    await page.getByRole('button', { name: 'Fermer les détails' }).click();

    await page.getByRole('button', { name: 'Présenter' }).click();
    const caption = page.getByRole('region', { name: 'Étape de la présentation' });
    for (let step = 0; step <= 8; step++) {
      await page.keyboard.press(String(step === 8 ? 'End' : step));
      await expect.poll(() => page.url()).toContain(`step=${step}`);
      if (step >= 1 && step <= 7) await expect.poll(() => caption.textContent()).toContain(`Session ${step} sur 7`);
      await page.waitForTimeout(400); // let the map's flight and the graph's transition settle
      await page.screenshot({ path: `test-results/present-step-${step}.png` });
      if (step === 0 || step === 4 || step === 8) expect(await contrastViolations(page)).toEqual([]);
    }
    const size = await caption.evaluate((el) => {
      const px = (sel: string) => parseFloat(getComputedStyle(el.querySelector(sel)!).fontSize);
      return { kicker: px('.caption-kicker'), title: px('.caption-title'), detail: px('.caption-detail'), progress: px('.caption-progress') };
    });
    expect(Math.min(...Object.values(size))).toBeGreaterThanOrEqual(28);
    const labelSizes = () =>
      page.evaluate(() => {
        const px = (sel: string) => {
          const el = document.querySelector(sel);
          return el ? parseFloat(getComputedStyle(el).fontSize) : null;
        };
        return { graph: px('.graph-label'), map: px('.map-label') };
      });
    // The graph's labels are set anew for the presentation's room once it is laid out: under load
    // that comes after the step's 400 ms, so wait for it rather than read them once.
    await expect.poll(async () => (await labelSizes()).graph).toBeGreaterThanOrEqual(28);
    const labels = await labelSizes();
    console.log(`label sizes while presenting at 1920×1080, px: caption ${JSON.stringify(size)}, views ${JSON.stringify(labels)}`);
    if (labels.map !== null) expect(labels.map).toBeGreaterThanOrEqual(28);
    expect(labels.graph).toBeGreaterThanOrEqual(28);
    // every actor still has its label on screen, and no two overlap
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.graph-label')]
        .filter((l) => l.getAttribute('visibility') !== 'hidden')
        .map((l) => l.getBoundingClientRect())
        .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
    );
    expect(boxes.length).toBe(16);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    const vars = await page.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return { label: s.getPropertyValue('--label-size').trim(), stroke: s.getPropertyValue('--stroke-width').trim() };
    });
    expect(vars).toEqual({ label: 'max(28px, 1.5vw)', stroke: '3px' });

    // The display menu steps aside while presenting: choose the light theme between two runs.
    expect(await page.getByLabel('Affichage').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByLabel('Affichage').selectOption('projector-light');
    await page.getByRole('button', { name: 'Présenter' }).click();
    await page.keyboard.press('5');
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'test-results/present-light-step-5.png' });
    expect(await contrastViolations(page)).toEqual([]);

    await page.keyboard.press('b');
    await page.screenshot({ path: 'test-results/present-blackout.png' });
    expect(await page.evaluate(() => document.documentElement.dataset.presenting)).toBe('blackout');
    await page.keyboard.press('b');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(await page.getByRole('button', { name: 'Plein écran (touche F)' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.presenting)).toBeUndefined();
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

/** Boxes of the graph's labels that are drawn (not hidden by the placement, nor by their view). */
const visibleLabelBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.graph-label')]
      .filter((l) => l.getAttribute('visibility') !== 'hidden' && getComputedStyle(l).visibility !== 'hidden')
      .map((l) => l.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
  );

const overlapping = (boxes: Array<{ x: number; y: number; w: number; h: number }>) => {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) pairs.push(`${i}×${j}`);
    }
  return pairs;
};

describe('presenting on a 1280×720 projector', () => {
  it('gives the graph the screen (≥ 420 px high, labels apart), the map on M, and stays out of other tabs', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Présenter' }).click();
    await page.keyboard.press('7');
    await expect.poll(() => page.url()).toContain('step=7');
    await page.waitForTimeout(600); // the graph's transition and the map's flight
    // what is for exploring steps aside; the header keeps one line
    for (const hidden of ['.search', '.theme-switch', '.graph-toolbar', '.map-toolbar', '.map-below', '.maximize'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const sizes = await page.evaluate(() => {
      const h = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0;
      return { stage: h('.graph-stage'), header: h('.app-header'), caption: h('.present-caption') };
    });
    console.log(`1280×720 presenting, px: ${JSON.stringify(sizes)}`);
    expect(sizes.stage).toBeGreaterThanOrEqual(420);
    // A compact legend: one line, only the kinds the step lights up.
    const legend = page.getByRole('group', { name: 'Légende du graphe' });
    expect(await legend.isVisible()).toBe(true);
    const items = await page.evaluate(() =>
      [...document.querySelectorAll('#graph .graph-legend li')]
        .filter((li) => li.getClientRects().length > 0)
        .map((li) => Math.round(li.getBoundingClientRect().top)),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items).size, 'legend rows').toBe(1);
    // The graph's labels at least 24px on screen, and its rings filling the view.
    const room = await page.evaluate(() => {
      const m = /scale\(([-\d.]+)\)/.exec(document.querySelector('#graph .graph-viewport')?.getAttribute('transform') ?? '');
      const k = Number(m?.[1] ?? 1);
      const labels = [...document.querySelectorAll<SVGTextElement>('#graph [data-label-for]')].filter((t) => t.getAttribute('visibility') !== 'hidden');
      const surface = document.querySelector('#graph svg[data-graph-surface]')!.getBoundingClientRect();
      const ring = document.querySelector('#graph [data-band="global"]')!.getBoundingClientRect();
      return {
        px: Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * k)),
        surface: { w: surface.width, h: surface.height },
        ring: { w: ring.width, h: ring.height },
      };
    });
    console.log(`1280×720 presenting, graph: ${JSON.stringify(room)}`);
    expect(room.px).toBeGreaterThanOrEqual(23.5);
    expect(room.ring.h).toBeGreaterThanOrEqual(0.85 * Math.min(room.surface.w, room.surface.h));
    expect(room.ring.w).toBeGreaterThanOrEqual(0.85 * room.surface.w);
    expect(await page.locator('.view-map').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    // nothing of the hidden map shows through, its labels (which set their own visibility) included
    expect(await page.evaluate(() => [...document.querySelectorAll('.view-map *')].filter((e) => getComputedStyle(e).visibility === 'visible').length)).toBe(0);
    await page.screenshot({ path: 'test-results/present-1280x720.png' });
    for (const step of ['7', '4', '0', 'End']) {
      await page.keyboard.press(step);
      await page.waitForTimeout(600);
      const boxes = await visibleLabelBoxes(page);
      expect(boxes.length, `labels at ${step}`).toBeGreaterThan(5);
      expect(overlapping(boxes), `overlapping labels at ${step}`).toEqual([]);
    }
    // M: the map in place of the graph, at the same size; M again: the graph
    await page.keyboard.press('4');
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('.view-map').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await page.locator('.view-graph').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
    expect((await page.locator('.map-stage').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(420);
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'test-results/present-1280x720-map.png' });
    await page.keyboard.press('m');
    await expect.poll(() => page.locator('.view-graph').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');

    // Another tab opening a presentation's address presents on its own: this one is not pulled in,
    // and an ordinary tab is not either.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.presenting)).toBeUndefined();
    const second = await context.newPage();
    await second.goto(`${inject('baseURL')}#/?step=3`);
    await expect.poll(() => second.evaluate(() => document.documentElement.dataset.presenting)).toBe('on');
    await second.keyboard.press('PageDown');
    await expect.poll(() => second.url()).toContain('step=4');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.presenting)).toBeUndefined();
    await expect.poll(() => page.url()).not.toContain('step=');
    expect(watched.errors).toEqual([]);
    await context.close();
  });
});
