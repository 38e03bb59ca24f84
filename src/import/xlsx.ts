// XLSX workbooks through read-excel-file (maintained, small, no eval; the `xlsx` package on npm
// is stuck at 0.18.5). Loaded on demand, in its own chunk: most people never open a workbook.
import { tableFromRows, type Table } from './table';

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
};

export async function readXlsx(file: string, bytes: Uint8Array): Promise<Table[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map(({ sheet, data }) =>
    tableFromRows(
      file,
      sheet,
      data.map((row) => row.map(cellText)),
    ),
  );
}
