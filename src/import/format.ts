// Which reader a file goes to: by its name, else by its first bytes (for ?data= addresses with no
// extension, by the content type the server gave).

/** `zip`: the CSV set of an export (network.csv, vocabulary.csv…), zipped. */
export const FORMATS = ['csv', 'tsv', 'xlsx', 'gexf', 'json', 'zip'] as const;
export type Format = (typeof FORMATS)[number];

export function detectFormat(name: string, bytes: Uint8Array, contentType = ''): Format | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'json') return 'json';
  if (ext === 'zip') return 'zip';
  const type = contentType.toLowerCase();
  if (type.includes('spreadsheetml')) return 'xlsx';
  if (type.includes('gexf')) return 'gexf';
  if (type.includes('json')) return 'json';
  if (type.includes('zip')) return 'zip';
  if (type.includes('tab-separated')) return 'tsv';
  if (type.includes('csv')) return 'csv';
  // By content: a zip (xlsx), XML with a gexf root, JSON, else delimited text (.txt).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) return /<gexf[\s>]/.test(head) ? 'gexf' : null;
  if (head.startsWith('{')) return 'json';
  return ext === 'txt' || ext === undefined || type.startsWith('text/') ? 'csv' : null;
}
