// A sheet of text cells as every reader hands it over: one header row, then the data rows.

export interface Table {
  /** The file's name as the person knows it, e.g. "partenaires.csv". */
  readonly file: string;
  /** The sheet's name in a workbook; absent for CSV. */
  readonly sheet?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The line (or row) number the first data row has in the file; the header is the line before. */
  readonly firstLine: number;
}

/** A table from rows of cells where the first non-empty row is the header. */
export function tableFromRows(file: string, sheet: string | undefined, rows: readonly (readonly string[])[]): Table {
  let start = 0;
  while (start < rows.length && rows[start]!.every((c) => c.trim() === '')) start++;
  const headers = (rows[start] ?? []).map((h) => h.trim());
  const body = rows.slice(start + 1);
  // Trailing empty rows (a spreadsheet's last newline) are not data.
  let end = body.length;
  while (end > 0 && body[end - 1]!.every((c) => c.trim() === '')) end--;
  return { file, sheet, headers, rows: body.slice(0, end), firstLine: start + 2 };
}
