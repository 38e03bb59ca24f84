// The hostile corpus (tests/fixtures/hostile/): its files, with the big ones made at test time from
// a small recipe (`*.recipe.json`) so that no multi-megabyte file is kept in the repository.
//
// A recipe is { "recipe": "json" | "text", "name": <the file's name as an attacker would send it>, … }:
// - "json": "value" is a JSON template in which { "$repeat": s, "times": n } becomes s repeated n
//   times and { "$array": item, "count": n } an array of n copies of item, "{i}" in its strings
//   replaced by the copy's index; the result is written with JSON.stringify.
// - "text": "parts" are strings or { "repeat": s, "times": n }, joined.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

export interface CorpusFile {
  /** Path inside tests/fixtures/hostile of the file or of its recipe ("datasets/huge-id.recipe.json"). */
  readonly fixture: string;
  /** The file's name as sent ("huge-id.json"). */
  readonly name: string;
  /** Path under which it is served beside the app ("datasets/huge-id.json"). */
  readonly served: string;
  readonly bytes: Buffer;
}

function expand(template: unknown): unknown {
  if (Array.isArray(template)) return template.map(expand);
  if (template === null || typeof template !== 'object') return template;
  const t = template as Record<string, unknown>;
  if (typeof t.$repeat === 'string' && typeof t.times === 'number') return t.$repeat.repeat(t.times);
  if ('$array' in t && typeof t.count === 'number') {
    const item = JSON.stringify(expand(t.$array));
    return Array.from({ length: t.count }, (_, i) => JSON.parse(item.replaceAll('{i}', String(i))) as unknown);
  }
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, expand(v)]));
}

function fromRecipe(recipe: Record<string, unknown>): string {
  if (recipe.recipe === 'json') return JSON.stringify(expand(recipe.value));
  if (recipe.recipe === 'text' && Array.isArray(recipe.parts)) {
    return (recipe.parts as unknown[])
      .map((p) => (typeof p === 'string' ? p : (p as { repeat: string; times: number }).repeat.repeat((p as { times: number }).times)))
      .join('');
  }
  throw new Error(`not a recipe: ${JSON.stringify(recipe).slice(0, 80)}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const cache = new Map<string, CorpusFile>();

/** One fixture of the corpus, made from its recipe when it has one. */
export function corpusFile(fixture: string): CorpusFile {
  const known = cache.get(fixture);
  if (known) return known;
  const raw = readFileSync(join(CORPUS_DIR, fixture));
  const folder = fixture.split('/').slice(0, -1).join('/');
  let file: CorpusFile;
  if (fixture.endsWith('.recipe.json')) {
    const recipe = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    const name = String(recipe.name);
    file = { fixture, name, served: `${folder}/${name}`, bytes: Buffer.from(fromRecipe(recipe), 'utf8') };
  } else {
    const name = fixture.split('/').pop() ?? fixture;
    file = { fixture, name, served: fixture, bytes: raw };
  }
  cache.set(fixture, file);
  return file;
}

/** The fixture written out under test-results/hostile-corpus/ (recipes made), for a file chooser:
 * a path hands the browser a real file, where a buffer would be decoded by script in the page. */
export function corpusPath(fixture: string): string {
  const file = corpusFile(fixture);
  const path = resolve('test-results/hostile-corpus', file.served);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.bytes);
  return path;
}

/** Every fixture file of one folder of the corpus (recipes included, README excluded), sorted. */
export function corpusFixtures(folder: string): string[] {
  return walk(join(CORPUS_DIR, folder))
    .map((path) => relative(CORPUS_DIR, path).split('\\').join('/'))
    .filter((path) => !path.endsWith('README.md'))
    .sort();
}

/** The served file at a path under the corpus ("notes/sessions/huge.md"), or null. */
export function servedFile(path: string, folders: readonly string[]): CorpusFile | null {
  for (const folder of folders) {
    for (const fixture of corpusFixtures(folder)) {
      const file = corpusFile(fixture);
      if (file.served === path) return file;
    }
  }
  return null;
}

export const contentTypeOf = (name: string): string =>
  name.endsWith('.json')
    ? 'application/json'
    : name.endsWith('.md')
      ? 'text/markdown'
      : name.endsWith('.csv')
        ? 'text/csv'
        : name.endsWith('.gexf')
          ? 'application/gexf+xml'
          : name.endsWith('.svg')
            ? 'image/svg+xml'
            : 'application/octet-stream';
