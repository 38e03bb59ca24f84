// Datasets of the opened shape (issue 9) in Chromium: their own vocabulary, one language, no programme.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

async function open(page: Page, fixture: string, query = '') {
  await page.route(`**/opened/${fixture}`, (route) =>
    route.fulfill({ body: readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8'), contentType: 'application/json' }),
  );
  await page.goto(`${inject('baseURL')}?data=opened/${fixture}${query}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

describe('datasets of the opened shape in Chromium', () => {
  it('draws a dataset’s own kinds and scales: legend, one ring per scale, no speaker or session toggles', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await open(page, 'valid-custom-vocabulary.json', '&lang=en');
    const legend = page.getByRole('list', { name: 'Kinds of actors' });
    await expect(legend.getByRole('listitem').allTextContents()).resolves.toEqual(['city', "farmers' union", 'cooperative']);
    // The graph is drawn after the page's first paint.
    await expect.poll(() => page.locator('[data-ring]').allTextContents(), { timeout: 30_000 }).toEqual(['Village', 'Country', 'World']);
    await expect(page.getByRole('button', { name: 'Speakers' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Programme' }).textContent()).resolves.toContain('This data has no programme');
    expect(watched.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  }, 60_000);

  it('marks French text shown in the English page with lang="fr"', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, 'valid-french-only.json', '&lang=en');
    await expect(page.getByRole('heading', { level: 1 }).getAttribute('lang')).resolves.toBe('fr');
    await page
      .getByRole('button', { name: /^Ville de Montreuil/ })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Details of the selection' });
    await expect(details.getByRole('heading', { level: 2 }).locator('[lang="fr"]').textContent()).resolves.toBe('Ville de Montreuil');
    await page.close();
  }, 60_000);

  it('keeps an opened file over a reload and reopens it from My data, its own scales in their order', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    const rings = () => page.locator('[data-ring]').allTextContents();
    const legend = () => page.getByRole('list', { name: 'Kinds of actors' }).getByRole('listitem').allTextContents();
    const title = page.getByRole('heading', { level: 1, name: 'Food sovereignty alliances' });
    await page.goto(`${inject('baseURL')}?lang=en`);
    await page.getByRole('heading', { level: 1, name: /^From local to global/ }).waitFor();
    await page.getByRole('button', { name: 'Open data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open data' });
    await dialog.getByLabel('Choose a file').setInputFiles(fileURLToPath(new URL('../fixtures/valid-custom-vocabulary.json', import.meta.url)));
    await title.waitFor({ timeout: 30_000 });
    await expect.poll(rings, { timeout: 30_000 }).toEqual(['Village', 'Country', 'World']);

    // After a reload, the address names the kept dataset: checked again in the import worker.
    await page.reload();
    await title.waitFor({ timeout: 30_000 });
    await expect.poll(rings, { timeout: 30_000 }).toEqual(['Village', 'Country', 'World']);

    // Back to the workshop, then the kept dataset from My data.
    await page.goto(`${inject('baseURL')}?lang=en`);
    await page.getByRole('heading', { level: 1, name: /^From local to global/ }).waitFor();
    await page.getByRole('button', { name: 'Open data' }).click();
    await dialog.getByRole('list', { name: 'My data' }).getByRole('button', { name: 'Open “valid-custom-vocabulary.json”' }).click();
    await title.waitFor({ timeout: 30_000 });
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect.poll(rings, { timeout: 30_000 }).toEqual(['Village', 'Country', 'World']);
    await expect(legend()).resolves.toEqual(['city', "farmers' union", 'cooperative']);
    expect(watched.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  }, 90_000);
});
