import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

describe('links, history and hostile data in Chromium', () => {
  it('keeps a deep link across a reload, and Back returns to the previous selection', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}#/acteur/cites-unies-france`);
    const details = page.getByRole('region', { name: 'Détails de la sélection' });
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');
    await page.reload();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');

    await page
      .getByRole('navigation', { name: 'Programme' })
      .getByRole('button', { name: /Le rôle des municipalités/ })
      .click();
    await expect.poll(() => page.url()).toContain('#/session/amap');
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Le rôle des municipalités');
    await page.goBack();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Cités Unies France');
    await page.goForward();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Le rôle des municipalités');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('shows a notice, not a broken page, for an unknown id', async () => {
    const page = await browser().newPage();
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}#/lieu/atlantide`);
    await expect(page.getByText(/n’existe pas dans ces données/).count()).resolves.toBe(1);
    await expect(page.getByRole('navigation', { name: 'Programme' }).getByRole('button').count()).resolves.toBe(7);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('finds by search with "/" and Enter, and remembers English across visits', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(inject('baseURL'));
    await page.keyboard.press('/');
    await page.keyboard.type('roger');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('#/personne/gilbert-roger');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.goto(inject('baseURL'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('From local to global');
    await page.close();
  });

  it('honours ?lang=en typed in the query, and moves it into the link that is shared', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('baseURL')}?lang=en#/acteur/cglu`);
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain('From local to global');
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/acteur/cglu?lang=en');
    await page.close();
  });

  it('runs none of the script carried by a hostile dataset', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    const dir = new URL('../fixtures/hostile/', import.meta.url);
    await page.route('**/hostile/**', (route) => {
      const name = new URL(route.request().url()).pathname.split('/hostile/')[1] ?? '';
      // A note's English version is optional: a file that is not there is a 404, as on a server.
      if (!existsSync(new URL(name, dir))) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ body: readFileSync(new URL(name, dir), 'utf8'), contentType: name.endsWith('.json') ? 'application/json' : 'text/markdown' });
    });
    await page.goto(`${inject('baseURL')}?data=hostile/workshop.json#/session/seance`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<img src=x onerror=');
    const notes = page.getByRole('region', { name: 'Notes de la session' });
    // Notes are written once the Markdown reader (its own chunk) has come.
    await expect.poll(() => notes.getByRole('heading', { name: 'Notes piégées' }).count(), { timeout: 30_000 }).toBe(1);
    // the javascript: links are shown as plain text, no longer links
    await expect(notes.getByText('Cliquez ici').count()).resolves.toBe(1);
    await expect(notes.getByRole('link').count()).resolves.toBe(0);
    await notes.getByText('Cliquez ici').click();
    await page.getByRole('button', { name: /Marie/ }).first().hover();
    await page
      .getByRole('button', { name: /Ville A/ })
      .first()
      .click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#app script, #app iframe, #app [onerror], #app [onload], #app [onmouseover]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(watched.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('lists every problem of an invalid dataset instead of a broken page', async () => {
    const page = await browser().newPage();
    await page.route('**/broken/workshop.json', (route) =>
      route.fulfill({ body: readFileSync(new URL('../fixtures/broken-latitude-200.json', import.meta.url), 'utf8') }),
    );
    await page.goto(`${inject('baseURL')}?data=broken/workshop.json`);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('places[0].latitude — latitude is between -90 and 90 (got 200)');
    await alert.getByRole('link', { name: 'Ouvrir l’atelier « Du local au mondial »' }).click();
    await page.getByRole('navigation', { name: 'Programme' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Programme' }).getByRole('button').count()).resolves.toBe(7);
    await page.close();
  });
});
