// tsx scripts/write-synthetic.ts <dir> <actors>… — writes synthetic datasets (synthetic.ts) as
// <dir>/synthetic-<n>/workshop.json with their session notes, to open with ?data=.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syntheticDataset } from './synthetic';

const [dir, ...sizes] = process.argv.slice(2);
if (!dir || sizes.length === 0) {
  console.error('usage: tsx scripts/write-synthetic.ts <dir> <actors>…');
  process.exit(2);
}
for (const n of sizes.map(Number)) {
  const { json, notes } = syntheticDataset(n);
  const base = join(dir, `synthetic-${n}`);
  mkdirSync(join(base, 'sessions'), { recursive: true });
  writeFileSync(join(base, 'workshop.json'), json);
  for (const [path, text] of notes) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  console.info(`${base}/workshop.json`);
}
