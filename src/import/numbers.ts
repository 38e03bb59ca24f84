// Coordinates as spreadsheets write them: "48.8919", "48,8919" (French decimal comma), " 2,2072 ".

/** The number in a cell, or null when the text is not one number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\u00a0|\u202f/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
