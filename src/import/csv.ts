// CSV and TSV through Papa Parse (quotes, embedded newlines and delimiters handled the way
// spreadsheets write them). The delimiter is read from the header line, where decimal commas do
// not occur: ";" (French Excel), tab, or ",".
import Papa from 'papaparse';
import { tableFromRows, type Table } from './table';

const DELIMITERS = [';', '\t', ','] as const;

/** The delimiter the header line uses most, outside quotes. */
export function guessDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

export interface CsvOptions {
  /** Called now and then with the share of the text parsed, 0 to 1. */
  readonly onProgress?: (done: number) => void;
  readonly tab?: boolean;
}

export function readCsv(file: string, text: string, options: CsvOptions = {}): { table: Table; errors: { line: number; message: string }[] } {
  const delimiter = options.tab ? '\t' : guessDelimiter(text);
  const rows: string[][] = [];
  const errors: { line: number; message: string }[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    complete: () => {},
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const row of result.data) rows.push(row);
      for (const e of result.errors) if (e.code !== 'UndetectableDelimiter') errors.push({ line: (e.row ?? 0) + 1, message: e.message });
      options.onProgress?.(text.length === 0 ? 1 : result.meta.cursor / text.length);
    },
  });
  return { table: tableFromRows(file, undefined, rows), errors };
}
