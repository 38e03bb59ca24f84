// Several text files in one .zip (fflate: small, maintained, no dependencies), UTF-8 each.
import { strToU8, zipSync } from 'fflate';

export function zipTexts(files: readonly { name: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])), { level: 6 });
}
