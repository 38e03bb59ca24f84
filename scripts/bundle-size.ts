// npm run bundle-size [-- <dist dir>] — the JavaScript a first load fetches, gzipped: the entry
// script of dist/index.html, its modulepreloads and everything they import statically (followed
// through the chunks' own `import … from "./x.js"`), against the goal of issue 11 (≤ 150 kB gzip
// on a phone). Chunks loaded later (`import("./x.js")`: the map, the notes' Markdown, import and
// export) are listed apart. Run `npx vite build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join, posix } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const GOAL_KB = 150;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? null;
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const entries = tags
  .filter((tag) => (tag.startsWith('<script') && /type="module"/.test(tag)) || /rel="modulepreload"/.test(tag))
  .map((tag) => attr(tag, tag.startsWith('<script') ? 'src' : 'href'))
  .filter((src): src is string => src !== null)
  .map((src) => posix.normalize(src.replace(/^\.\//, '')));
const styles = tags
  .filter((tag) => /rel="stylesheet"/.test(tag))
  .map((tag) => attr(tag, 'href'))
  .filter((href): href is string => href !== null)
  .map((href) => posix.normalize(href.replace(/^\.\//, '')));

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const sizes = (file: string) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Static imports of a built chunk, as paths from dist/. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
  }
  return [...found];
}

const first = new Set<string>();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift()!;
  if (first.has(file)) continue;
  first.add(file);
  queue.push(...staticImports(file));
}

let total = 0;
let totalRaw = 0;
console.log('First load (entry, modulepreloads and their static imports):');
for (const file of first) {
  const { raw, gzip } = sizes(file);
  total += gzip;
  totalRaw += raw;
  console.log(`  ${file.padEnd(44)} ${kB(raw).padStart(10)}  gzip ${kB(gzip).padStart(9)}`);
}
console.log(
  `  ${'JavaScript, total'.padEnd(44)} ${kB(totalRaw).padStart(10)}  gzip ${kB(total).padStart(9)}   (goal: ≤ ${GOAL_KB} kB gzip: ${total / 1024 <= GOAL_KB ? 'met' : 'not met'})`,
);
for (const file of styles) {
  const { raw, gzip } = sizes(file);
  console.log(`  ${file.padEnd(44)} ${kB(raw).padStart(10)}  gzip ${kB(gzip).padStart(9)}   (CSS)`);
}
const later = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => `assets/${name}`)
  .filter((file) => !first.has(file))
  .map((file) => ({ file, ...sizes(file) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('Loaded later, on use or when idle:');
for (const { file, raw, gzip } of later) console.log(`  ${file.padEnd(44)} ${kB(raw).padStart(10)}  gzip ${kB(gzip).padStart(9)}`);
