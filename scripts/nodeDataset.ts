// Reads a dataset from disk for Node scripts and tests: the JSON file plus every note it names.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadDataset, type LoadResult } from '../src/data/load';

/** A dataset path may be the JSON file itself or a folder that holds workshop.json. */
export function resolveDatasetFile(path: string): string {
  const full = resolve(path);
  return existsSync(full) && statSync(full).isDirectory() ? join(full, 'workshop.json') : full;
}

export function readDatasetFromDisk(path: string, cwd = process.cwd()): LoadResult {
  const file = resolveDatasetFile(path);
  const shown = relative(cwd, file) || file;
  if (!existsSync(file)) return { ok: false, problems: [{ file: shown, path: '', message: 'no such file' }] };
  const text = readFileSync(file, 'utf8');
  const folder = dirname(file);
  const readNote = (ref: string) => {
    const notePath = join(folder, ref);
    return existsSync(notePath) ? readFileSync(notePath, 'utf8') : undefined;
  };
  return loadDataset(text, { file: shown, readNote });
}
