import { readFileSync } from 'node:fs';
import { convertTables } from '../src/import/convert';
import { readCsv } from '../src/import/csv';
import { readGexf } from '../src/import/gexf';
import { readXlsx } from '../src/import/xlsx';
import { decodeText } from '../src/import/decode';
for (const f of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(f));
  const name = f.split('/').pop()!;
  const tables = f.endsWith('.xlsx') ? await readXlsx(name, bytes) : f.endsWith('.gexf') ? (readGexf(name, decodeText(bytes).text) as any).tables : [readCsv(name, decodeText(bytes).text).table];
  if (f.endsWith('.xlsx')) tables.pop();
  const r = convertTables(tables, name);
  console.log(f, JSON.stringify(r, null, 0));
}
