// Places without coordinates, in the built app: a spreadsheet that names towns but gives no
// latitude or longitude lands on the map from the offline gazetteer, fetched only then; an
// ambiguous name is reported with its candidates, not guessed.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

const CSV =
  'Nom;Type;Échelle;Lieu;Pays\nMairie de Nanterre;commune;local;Nanterre;France\nCGLU;organisation mondiale;mondial;Barcelona;Espagne\nVille de Saint-Denis;commune;local;Saint-Denis;\n';

describe('offline geocoding of an opened file', () => {
  it('places named towns on the map and lists the ambiguous one', async () => {
    const page = await browser().newPage({ viewport: { width: 1400, height: 850 } });
    const watched = watch(page);
    await page.goto(`${inject('baseURL')}`);
    await page.getByRole('region', { name: 'Carte des lieux', exact: true }).locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(watched.requests.some((r) => r.includes('/gazetteer/'))).toBe(false);
    await page.getByRole('button', { name: 'Ouvrir des données' }).first().click();
    await page.getByLabel('Choisir un fichier').setInputFiles({ name: 'partenaires.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByText(/2 acteur\(s\) placé\(s\)/).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/« Saint-Denis » \(93, 974\)/).count()).toBe(1);
    const places = page.getByRole('region', { name: 'Carte des lieux', exact: true });
    await expect.poll(() => places.getByRole('button', { name: /Nanterre/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => places.getByRole('button', { name: /Barcelona/ }).count()).toBeGreaterThan(0);
    expect(watched.requests.filter((r) => r.includes('/gazetteer/')).length).toBe(2);
    expect(watched.errors).toEqual([]);
    await page.close();
  }, 90_000);
});
