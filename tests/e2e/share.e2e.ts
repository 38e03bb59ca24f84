// Links that share the whole view (issue 11), in Chromium: filters, toggles, the map view and the
// selection travel in the copied address and come back the same in another browser.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watch } from './browser';
import { axeViolations } from './axe';

const browser = useBrowser();

describe('a shared link reproduces what the sender saw', () => {
  it('copies an address that opens the same filters, toggles, map view and selection elsewhere', async () => {
    const base = inject('baseURL');
    const sender = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await sender.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const page = await sender.newPage();
    const watched = watch(page);
    await page.goto(`${base}#/acteur/cites-unies-france`);
    const details = page.getByRole('region', { name: 'Détails de la sélection' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');

    // Filters: one kind hidden, unsourced relations hidden.
    await page.locator('summary', { hasText: 'Filtres' }).click();
    const kind = page.getByRole('group', { name: 'Types d’acteurs' }).getByRole('checkbox').first();
    const kindName = (await kind.evaluate((input) => input.closest('label')?.textContent ?? '')).trim();
    await kind.uncheck();
    await page.getByRole('checkbox', { name: 'Masquer les relations non sourcées' }).check();
    // The speakers toggle, and the map framed on Europe.
    await page.getByRole('button', { name: 'Intervenant·es', exact: true }).click();
    const frames = page.getByRole('group', { name: 'Cadrer la carte' });
    const europe = frames.getByRole('button', { name: 'Europe' });
    // The map is made after the graph's first drawing: its tools work once it is drawn.
    await page.waitForFunction(() => !document.querySelector('.map-toolbar button[disabled]'), null, { timeout: 60_000 });
    await expect(europe.isEnabled()).resolves.toBe(true);
    await europe.click();
    await expect(europe.getAttribute('aria-pressed')).resolves.toBe('true');

    await page.getByRole('button', { name: /^Partager/ }).click();
    await page.getByText(/Lien copié/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(() => page.url()).toBe(link);
    expect(new URL(link).hash).toMatch(/^#\/acteur\/cites-unies-france\?hidden-kinds=[a-z-]+&sourced=1&speakers=1&map=europe$/);
    expect(watched.errors).toEqual([]);

    // Someone else opens it: the same view.
    const receiver = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const other = await receiver.newPage();
    await other.goto(link);
    const otherDetails = other.getByRole('region', { name: 'Détails de la sélection' });
    await expect(otherDetails.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');
    await other.locator('summary', { hasText: 'Filtres' }).click();
    const otherKind = other.getByRole('group', { name: 'Types d’acteurs' }).getByRole('checkbox', { name: kindName });
    await expect(otherKind.isChecked()).resolves.toBe(false);
    await expect(other.getByRole('checkbox', { name: 'Masquer les relations non sourcées' }).isChecked()).resolves.toBe(true);
    await expect(other.getByRole('button', { name: 'Intervenant·es', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    const otherEurope = other.getByRole('group', { name: 'Cadrer la carte' }).getByRole('button', { name: 'Europe' });
    await other.waitForFunction(() => document.querySelector('.map-toolbar [data-frame="europe"]')?.getAttribute('aria-pressed') === 'true', null, {
      timeout: 60_000,
    });
    await expect(otherEurope.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(other.url()).toBe(link);
    await sender.close();
    await receiver.close();
  });

  it('ignores a garbled part of a link with one notice and shows the rest', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}#/acteur/cites-unies-france?speakers=1&map=lune&hidden-kinds=martien&view=%3Cscript%3E`);
    const details = page.getByRole('region', { name: 'Détails de la sélection' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');
    await expect(page.getByText(/Une partie du lien/).count()).resolves.toBe(1);
    await expect(page.getByText(/map=lune/).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Intervenant·es', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/acteur/cites-unies-france?speakers=1');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('?embed shows the graph and the map of the link, no header, and links to the full app', async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 500 } });
    const base = inject('baseURL');
    await page.goto(`${base}?embed#/acteur/cites-unies-france?map=world`);
    const open = page.getByRole('link', { name: 'Ouvrir dans Maillage' });
    await open.waitFor();
    await expect(page.getByRole('banner').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /Présenter|Exporter|Ouvrir des données|Partager/ }).count()).resolves.toBe(0);
    await page.locator('.view-graph svg, .view-graph canvas').first().waitFor();
    await page.locator('.view-map canvas').first().waitFor({ timeout: 60_000 });
    const href = await open.getAttribute('href');
    expect(href).toBe(`${new URL(base).origin}/#/acteur/cites-unies-france?map=world`);
    const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps the whole view when ?lang=en typed in the query moves into the hash', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${inject('baseURL')}?lang=en#/acteur/cglu?speakers=1&map=world`);
    await page.getByRole('heading', { level: 1, name: /From local to global/ }).waitFor();
    await expect.poll(() => new URL(page.url()).hash).toBe('#/acteur/cglu?lang=en&speakers=1&map=world');
    await expect(page.getByRole('button', { name: 'Speakers', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.close();
  });
});
