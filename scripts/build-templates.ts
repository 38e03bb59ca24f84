// Writes the downloadable templates in public/templates/: the shipped workshop as a filled-in CSV
// set and an XLSX workbook (a sheet of actors and a sheet of relations), in French and English,
// with the column names the importer reads. The workbook is written with exceljs (maintained,
// writes real numbers and a frozen, bold header row). Run with `npm run build-templates`; the
// files are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { readDatasetFromDisk } from './nodeDataset';
import { toCsvSet, toTables } from '../src/export/csv';

const result = readDatasetFromDisk('data/workshop.json');
if (!result.ok) {
  console.error(result.problems.map((p) => `${p.file}: ${p.path} — ${p.message}`).join('\n'));
  process.exit(1);
}
const dataset = result.dataset;
const out = 'public/templates';
mkdirSync(out, { recursive: true });

const NAMES = {
  fr: {
    stem: 'maillage-modele',
    files: { actors: 'acteurs', relations: 'relations', places: 'lieux', network: 'reseau', vocabulary: 'vocabulaire' },
    sheets: { actors: 'Acteurs', relations: 'Relations' },
  },
  en: {
    stem: 'maillage-template',
    files: { actors: 'actors', relations: 'relations', places: 'places', network: 'network', vocabulary: 'vocabulary' },
    sheets: { actors: 'Actors', relations: 'Relations' },
  },
} as const;

for (const lang of ['fr', 'en'] as const) {
  const names = NAMES[lang];
  for (const file of toCsvSet(dataset, lang)) {
    const key = file.name.replace('.csv', '') as keyof typeof names.files;
    writeFileSync(`${out}/${names.stem}-${names.files[key]}.csv`, file.text);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Maillage';
  // Fixed dates: the committed file changes only when the workshop does.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = new Date('2026-01-01T00:00:00Z');
  for (const table of toTables(dataset, lang)) {
    if (table.name !== 'actors' && table.name !== 'relations') continue;
    const sheet = workbook.addWorksheet(names.sheets[table.name], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...table.header]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[table.header[i] ?? '', ...table.rows.map((r) => String(r[i] ?? ''))].map((s) => s.length));
      column.width = Math.min(60, Math.max(8, longest + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  writeFileSync(`${out}/${names.stem}.xlsx`, Buffer.from(buffer));
}
console.log(`templates written to ${out}/`);
