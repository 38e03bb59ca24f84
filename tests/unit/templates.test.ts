// The downloadable templates in public/templates/ are the shipped workshop, as the generator
// writes it today (npm run build-templates), with the column names the importer reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { CSV_COLUMNS, toCsvSet } from '../../src/export/csv';

const result = readDatasetFromDisk('data/workshop.json');
if (!result.ok) throw new Error('workshop invalid');
const dataset = result.dataset;

describe('templates', () => {
  it('the CSV templates are the workshop as exported today, in both languages', () => {
    const [fr, en] = [toCsvSet(dataset, 'fr'), toCsvSet(dataset, 'en')];
    expect(readFileSync('public/templates/maillage-modele-acteurs.csv', 'utf8')).toBe(fr[0]?.text);
    expect(readFileSync('public/templates/maillage-modele-relations.csv', 'utf8')).toBe(fr[1]?.text);
    expect(readFileSync('public/templates/maillage-template-actors.csv', 'utf8')).toBe(en[0]?.text);
    expect(readFileSync('public/templates/maillage-template-relations.csv', 'utf8')).toBe(en[1]?.text);
    expect(readFileSync('public/templates/maillage-modele-reseau.csv', 'utf8')).toBe(fr[3]?.text);
  });

  it('the workbook has a sheet of actors and one of relations, with numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync('public/templates/maillage-modele.xlsx');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Acteurs', 'Relations']);
    const actors = workbook.getWorksheet('Acteurs')!;
    expect((actors.getRow(1).values as unknown[]).slice(1)).toEqual([...CSV_COLUMNS.fr.actors]);
    expect(actors.rowCount).toBe(dataset.actors.length + 1);
    const nanterre = actors.getRow(2).values as unknown[];
    expect(nanterre.slice(1, 3)).toEqual(['ville-de-nanterre', 'Ville de Nanterre (92)']);
    expect(nanterre[8]).toBe(48.8919);
    const relations = workbook.getWorksheet('Relations')!;
    expect(relations.rowCount).toBe(dataset.relations.length + 1);
  }, 30_000);
});
