// The CSV set as Maillage exports it, zipped: network.csv (or actors.csv and relations.csv),
// vocabulary.csv, places.csv. The tables to read are picked here; fflate unzips them, each entry's
// announced size counted against the import limit before anything is inflated.
import { unzipSync } from 'fflate';
import { decodeText } from './decode';
import { MAX_BYTES } from './limits';

export interface ZipText {
  /** The entry's name without its folders, e.g. "network.csv". */
  readonly name: string;
  readonly text: string;
}

const TEXT = /\.(csv|tsv|txt)$/i;
const base = (path: string) => path.split('/').pop() ?? path;

export function readZipTexts(bytes: Uint8Array): { files: ZipText[] } | { error: string } | { tooBig: number } {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!TEXT.test(f.name) || f.name.startsWith('__MACOSX/') || base(f.name).startsWith('.')) return false;
        total += f.originalSize;
        return total <= MAX_BYTES;
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (total > MAX_BYTES) return { tooBig: total };
  const files = Object.entries(entries).map(([path, data]) => ({ name: base(path), text: decodeText(data).text }));
  const has = (name: string) => files.some((f) => f.name.toLowerCase() === name);
  // network.csv holds actors.csv and relations.csv together. places.csv is read for what the
  // actors' rows do not say about a place (its precision, source, and places with no actor).
  const skip = new Set<string>(has('network.csv') ? ['actors.csv', 'relations.csv'] : []);
  return { files: files.filter((f) => !skip.has(f.name.toLowerCase())).sort((a, b) => a.name.localeCompare(b.name)) };
}
