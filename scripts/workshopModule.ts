// The shipped workshop as the module `virtual:maillage-workshop` (scripts/workshopPlugin.ts): read
// from data/workshop.json and the session notes it names, put through the same validation and
// integrity checks as any dataset a person opens (src/data/load.ts loadRawDataset).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRawDataset } from '../src/data/load';
import { formatProblem } from '../src/data/problems';

/** The module's text for the dataset in `dataDir` (its workshop.json and sessions/), or the problems. */
export function workshopModule(dataDir: string): { ok: true; code: string; files: string[] } | { ok: false; message: string } {
  const file = join(dataDir, 'workshop.json');
  const sessions = join(dataDir, 'sessions');
  const notes = new Map(readdirSync(sessions).map((name) => [`sessions/${name}`, join(sessions, name)]));
  const checked = loadRawDataset(readFileSync(file, 'utf8'), {
    file: 'data/workshop.json',
    readNote: (path) => {
      const onDisk = notes.get(path);
      return onDisk === undefined ? undefined : readFileSync(onDisk, 'utf8');
    },
  });
  if (!checked.ok) return { ok: false, message: checked.problems.map(formatProblem).join('\n') };
  // JSON.parse of one string is quicker for the engine to load than the same object as a literal.
  const payload = JSON.stringify({ raw: checked.raw, notes: checked.notes });
  return { ok: true, code: `export default JSON.parse(${JSON.stringify(payload)});\n`, files: [file, ...notes.values()] };
}
