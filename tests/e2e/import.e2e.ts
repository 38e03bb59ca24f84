import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';
import { axeViolations } from './axe';

const browser = useBrowser();
const fixture = (name: string) => readFileSync(resolve('tests/fixtures/import', name)).toString('base64');

/** Drops a file on the page the way a person's drag from the desktop does: a DataTransfer with a File. */
async function dropFile(page: Page, name: string, type: string) {
  const transfer = await page.evaluateHandle(
    ({ b64, name, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { b64: fixture(name), name, type },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.getByText('Déposez le fichier pour l’ouvrir dans Maillage').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

describe('opening your own data in Chromium', () => {
  it('drops a French Excel CSV, shows its network and places, keeps it over a reload, and removes it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await page.getByRole('heading', { level: 1, name: /Du local au mondial/ }).waitFor();

    await dropFile(page, 'partenaires-excel-fr.csv', 'text/csv');
    await page.getByRole('heading', { level: 1, name: 'partenaires-excel-fr' }).waitFor({ timeout: 30_000 });
    const graph = page.getByRole('region', { name: 'Graphe des alliances' });
    await graph.getByRole('button', { name: /^Ville de Nanterre, commune, local$/ }).waitFor();
    await expect(graph.getByRole('button', { name: /^Maison des Jeunes de Bondy, Maison de quartier/ }).count()).resolves.toBe(1);
    const places = page.getByRole('region', { name: 'Lieux', exact: true });
    await places.getByRole('button', { name: /^Nanterre/ }).waitFor({ timeout: 30_000 });
    await expect(places.getByRole('button').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Lille/), expect.stringMatching(/^Paris/), expect.stringMatching(/^Savigny-le-Temple/)]),
    );
    // Bondy, named without coordinates, is placed by the offline gazetteer; Boutilimit is not in it.
    await places.getByRole('button', { name: /^Bondy/ }).waitFor({ timeout: 30_000 });
    await expect(page.getByText(/1 acteur\(s\) placé\(s\) d’après le nom de leur lieu/).count()).resolves.toBe(1);
    await expect(page.getByText(/1 acteur\(s\) sans lieu sur la carte : Comité de jumelage/).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('dataset')).toMatch(/^local:partenaires-excel-fr-csv-[a-z0-9]+$/);
    await page.screenshot({ path: 'test-results/import-dropped.png' });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'partenaires-excel-fr' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Ouvrir des données' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir des données' });
    const mine = dialog.getByRole('list', { name: 'Mes données' });
    await mine.getByRole('button', { name: 'Ouvrir « partenaires-excel-fr.csv »' }).waitFor();
    await page.screenshot({ path: 'test-results/import-my-data.png' });
    await dialog.getByRole('button', { name: 'Supprimer « partenaires-excel-fr.csv » de mes données' }).click();
    await dialog.getByText('« partenaires-excel-fr.csv » a été supprimé de ce navigateur.').waitFor();
    await expect(mine.getByRole('listitem').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('lists the problems of a wrong file in the dialog and keeps the data on screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'Ouvrir des données' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir des données' });
    await dialog.getByLabel('Choisir un fichier').setInputFiles(resolve('tests/fixtures/import/erreurs.csv'));
    const alert = dialog.getByRole('alert');
    await alert.getByText('erreurs.csv, ligne 3, colonne « Latitude » : « 48.9.1 » n’est pas un nombre').waitFor({ timeout: 30_000 });
    await expect(alert.getByRole('listitem').count()).resolves.toBe(11);
    await page.screenshot({ path: 'test-results/import-problems.png' });
    const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Du local au mondial');
    await page.close();
  });

  it('opens a file for this visit and says it will not be kept when the browser refuses storage', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    // Private browsing as some browsers do it: IndexedDB is there but refuses to open.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto(inject('baseURL'));
    await dropFile(page, 'relations-seules.csv', 'text/csv');
    await page.getByRole('heading', { level: 1, name: 'relations-seules' }).waitFor({ timeout: 30_000 });
    await page
      .getByText('« relations-seules.csv » est ouvert pour cette visite seulement : ce navigateur ne peut pas le garder (stockage plein ou indisponible).')
      .waitFor();
    expect(new URL(page.url()).searchParams.has('dataset')).toBe(false);
    await page.close();
  });

  it('opens a Kumu workbook given as ?data=', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/kumu-workbook.xlsx', (route) =>
      route.fulfill({
        body: readFileSync(resolve('tests/fixtures/import/kumu-workbook.xlsx')),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    await page.goto(`${inject('baseURL')}?data=kumu-workbook.xlsx`);
    await page.getByRole('heading', { level: 1, name: 'kumu-workbook' }).waitFor({ timeout: 30_000 });
    await page
      .getByRole('region', { name: 'Graphe des alliances' })
      .getByRole('button', { name: /^UCLG, / })
      .waitFor();
    await page.close();
  });
});
