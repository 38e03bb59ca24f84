// The Tableau tab on a phone (390×844, touch; issue 11): columns keep a readable width and scroll
// sideways in their own region with the names held at the left edge, sorting and filtering work
// by touch, a tapped row is selected and stays in sight above the details sheet, and axe-core
// finds no WCAG 2.2 AA violation. The desktop table keeps its one-line rows.
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { axeViolations } from './axe';

const browser = useBrowser();
const WCAG22_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

async function phone(query = '') {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(`${inject('baseURL')}${query}`);
  await page.locator('#graph [data-node], #graph canvas').first().waitFor();
  await page.getByRole('tab', { name: /^(Tableau|Table)$/ }).tap();
  const panel = page.getByRole('tabpanel', { name: /^(Tableau|Table)$/ });
  await panel.getByRole('table').getByRole('row').nth(1).waitFor();
  return { context, page, panel, watched };
}

/** The rows' name buttons that are on screen (not scrolled away above or below, nor under the sheet). */
function visibleNames(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('.view-table [role="region"]');
    if (!region) return [];
    const frame = region.getBoundingClientRect();
    const sheet = document.querySelector('[data-sheet]:not([hidden])')?.getBoundingClientRect().top ?? Infinity;
    return [...region.querySelectorAll<HTMLElement>('tbody th button')]
      .map((b) => ({ b, box: b.getBoundingClientRect(), cell: b.closest('th')!.getBoundingClientRect() }))
      .filter(({ cell }) => cell.top >= frame.top && cell.bottom <= Math.min(frame.bottom, sheet))
      .map(({ b, box, cell }) => ({
        name: b.textContent ?? '',
        cellWidth: cell.width,
        width: box.width,
        height: box.height,
        // Cut (an ellipsis after the last line) when the text is taller or wider than its box.
        whole: b.scrollHeight <= b.clientHeight + 1 && b.scrollWidth <= b.clientWidth + 1,
      }));
  });
}

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

describe('the table on a phone (390×844, touch)', () => {
  it('shows whole names in a readable column, held at the left while the other columns scroll sideways', async () => {
    const { context, page, panel, watched } = await phone();
    const names = await visibleNames(page);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const n of names) {
      expect(n.cellWidth, n.name).toBeGreaterThanOrEqual(150);
      expect(n.whole, `${n.name} is cut`).toBe(true);
    }
    const table = panel.getByRole('table');
    // The column headers beside the names are readable too (a word, not a letter).
    for (const header of ['Type', 'Échelle']) {
      expect((await box(table.getByRole('columnheader', { name: header }))).width, header).toBeGreaterThanOrEqual(90);
    }
    // The rows scroll sideways in a region of their own (named, reachable by keyboard), not the page.
    const region = panel.getByRole('region', { name: 'Lignes du tableau, défilant dans les deux sens' });
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    const nameHeader = table.getByRole('columnheader', { name: 'Nom' });
    const sessions = table.getByRole('columnheader', { name: 'Sessions' });
    const nameX = (await box(nameHeader)).x;
    expect((await box(sessions)).x).toBeGreaterThan(390);
    await region.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    // (Scrolled smoothly: where it comes to rest.)
    await expect.poll(async () => (await box(sessions)).x + (await box(sessions)).width).toBeLessThanOrEqual(391);
    expect((await box(nameHeader)).x).toBeCloseTo(nameX, 0);
    await expect(page.evaluate(() => window.scrollX)).resolves.toBe(0);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('sorts and filters by touch, with targets of at least 24 px', async () => {
    const { context, page, panel } = await phone();
    const table = panel.getByRole('table');
    // Every control of the table a finger may aim at: the kinds, the filter, the sort buttons, the names.
    const targets = await panel.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('button, input')]
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => ({ name: b.textContent || b.getAttribute('aria-label') || b.id, ...b.getBoundingClientRect().toJSON() })),
    );
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) {
      expect(t.height, t.name).toBeGreaterThanOrEqual(24);
      expect(t.width, t.name).toBeGreaterThanOrEqual(24);
    }
    // Sorted by ties, most first: a tap on Liens (scrolled into reach), then another.
    const ties = table.getByRole('button', { name: /^Liens/ });
    await ties.tap();
    await ties.tap();
    await expect(table.getByRole('columnheader', { name: /^Liens/ }).getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(table.locator('caption').textContent()).resolves.toContain('triés par Liens (ordre décroissant)');
    await expect(table.getByRole('row').nth(1).getByRole('rowheader').textContent()).resolves.toBe('Cités et Gouvernements Locaux Unis (CGLU)');
    // Filtered by typing.
    await panel.getByRole('searchbox', { name: 'Filtrer le tableau' }).tap();
    await page.keyboard.type('lille');
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('3 acteur(s) sur 16');
    await expect(table.getByRole('rowheader').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Communauté urbaine de Lille', 'Lianes Coopération', 'Région Nord-Pas-de-Calais']),
    );
    await context.close();
  });

  it('selects a tapped row everywhere, keeps it marked above the sheet, and passes axe-core (WCAG 2.2 AA)', async () => {
    const { context, page, panel } = await phone();
    const table = panel.getByRole('table');
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Université Paris 8' }) });
    await row.getByRole('button', { name: 'Université Paris 8' }).tap();
    const sheet = page.getByRole('dialog', { name: 'Détails de la sélection' });
    await sheet.getByRole('heading', { name: 'Université Paris 8', level: 2 }).waitFor();
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await expect(row.getByRole('button', { name: 'Université Paris 8' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('universite-paris-8');
    // The row was low on the screen: it is brought up between the column headers and the sheet.
    await expect
      .poll(async () => {
        const r = await box(row);
        const s = await box(sheet);
        const head = await box(table.getByRole('columnheader', { name: 'Nom' }));
        return r.y >= head.y + head.height - 1 && r.y + r.height <= s.y + 1;
      })
      .toBe(true);
    // Marked: its background differs from a row not selected.
    const colour = (name: string) =>
      table
        .getByRole('rowheader', { name })
        .evaluate((cell) => getComputedStyle(cell).backgroundColor)
        .then(String);
    expect(await colour('Université Paris 8')).not.toBe(await colour('Savigny-le-Temple (77)'));
    await page.screenshot({ path: 'test-results/phone-table-selected-390.png' });
    const violations = await axeViolations(page, WCAG22_AA);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('lists relations in English with readable names, and a tapped actor of a relation is selected', async () => {
    const { context, page, panel } = await phone('?lang=en');
    await panel.getByRole('button', { name: 'Relations', exact: true }).tap();
    const table = panel.getByRole('table');
    await table.getByRole('columnheader', { name: /^From/ }).waitFor();
    const names = await visibleNames(page);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const n of names) {
      expect(n.cellWidth, n.name).toBeGreaterThanOrEqual(150);
      expect(n.whole, `${n.name} is cut`).toBe(true);
    }
    // By keyboard, → goes to the relation's other actor, scrolled sideways into sight.
    await table.getByRole('rowheader').first().getByRole('button').focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => {
      const b = document.activeElement!.getBoundingClientRect();
      return { inCell: document.activeElement!.closest('td') !== null, left: b.left, right: b.right };
    });
    expect(focused.inCell).toBe(true);
    expect(focused.right).toBeLessThanOrEqual(390);
    expect(focused.left).toBeGreaterThanOrEqual((await box(table.getByRole('columnheader', { name: /^From/ }))).width - 1);
    await table.getByRole('button', { name: 'Lianes Coopération' }).first().tap();
    await page.getByRole('dialog', { name: 'Details of the selection' }).getByRole('heading', { name: 'Lianes Coopération', level: 2 }).waitFor();
    await expect(axeViolations(page, WCAG22_AA)).resolves.toEqual([]);
    await context.close();
  });

  it('draws the rows in view wherever a long table is scrolled (1,500 actors)', async () => {
    const { context, panel } = await phone('?data=synthetic/places-3k.json');
    const region = panel.getByRole('region', { name: 'Lignes du tableau, défilant dans les deux sens' });
    for (const top of [3000, 30_000, 1e6]) {
      await region.evaluate((el, y) => (el.scrollTop = y), top);
      // Rows (taller on a phone) fill the region from its column headers to its bottom.
      await expect
        .poll(() =>
          region.evaluate((el) => {
            const frame = el.getBoundingClientRect();
            const head = el.querySelector('thead th')!.getBoundingClientRect().bottom;
            const rows = [...el.querySelectorAll('tbody tr[data-row]')].map((r) => r.getBoundingClientRect());
            return rows.some((r) => r.top <= head + 1 && r.bottom > head) && rows.some((r) => r.top < frame.bottom && r.bottom >= frame.bottom - 1);
          }),
        )
        .toBe(true);
    }
    await context.close();
  });
});

describe('the table on a desktop (1920×1080)', () => {
  it('keeps one-line rows that fit the width, without sideways scrolling', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Tableau', exact: true }).click();
    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    const region = page.getByRole('region', { name: 'Lignes du tableau, défilant dans les deux sens' });
    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect((await box(table.getByRole('row').nth(1))).height).toBeCloseTo(36, 0);
    await page.screenshot({ path: 'test-results/desktop-table-1920.png' });
    await context.close();
  });
});
