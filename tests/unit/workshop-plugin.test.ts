import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledWorkshop, WORKSHOP_MODULE } from '../../scripts/workshopPlugin';
import { workshopModule } from '../../scripts/workshopModule';
import { loadDataset } from '../../src/data/load';
import { loadBundledDataset } from '../../src/data/bundled';

const data = fileURLToPath(new URL('../../data', import.meta.url));

/** The module's default export, as the page receives it. */
const exported = (code: string): unknown => new Function(code.replace('export default', 'return'))();

/** A copy of the shipped data folder, changed by `edit`. */
function copyWith(edit: (folder: string) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'maillage-workshop-'));
  cpSync(data, folder, { recursive: true });
  edit(folder);
  return folder;
}

describe('the shipped workshop, checked when the app is built', () => {
  it('gives the page the same dataset as validating the file in the page did', () => {
    const made = workshopModule(data);
    if (!made.ok) throw new Error(made.message);
    const notes = new Map<string, string>();
    const readNote = (path: string) => {
      try {
        const text = readFileSync(join(data, path), 'utf8');
        notes.set(path, text);
        return text;
      } catch {
        return undefined;
      }
    };
    const inPage = loadDataset(readFileSync(join(data, 'workshop.json'), 'utf8'), { file: 'data/workshop.json', readNote });
    if (!inPage.ok) throw new Error('the shipped workshop does not load');
    const module = exported(made.code) as { raw: unknown; notes: Record<string, string> };
    expect(module.notes).toEqual(Object.fromEntries(notes));
    expect(Object.keys(module.notes).length).toBeGreaterThan(0);
    // What the app mounts (through the plugin, as Vitest runs it) is that same dataset.
    const bundled = loadBundledDataset();
    if (!bundled.ok) throw new Error('the bundled workshop does not load');
    expect(bundled.dataset.actors).toEqual(inPage.dataset.actors);
    expect(bundled.dataset.relations).toEqual(inPage.dataset.relations);
    expect([...bundled.dataset.notesBySession]).toEqual([...inPage.dataset.notesBySession]);
    expect([...bundled.dataset.englishNotesBySession]).toEqual([...inPage.dataset.englishNotesBySession]);
  });

  it('watches the dataset and its notes, so that the dev server checks an edit again', () => {
    const made = workshopModule(data);
    if (!made.ok) throw new Error(made.message);
    expect(made.files).toContain(join(data, 'workshop.json'));
    expect(made.files).toContain(join(data, 'sessions', '01-savigny-le-temple.md'));
  });

  it('fails the build with every problem, as check-data words them', async () => {
    const folder = copyWith((f) => {
      const file = join(f, 'workshop.json');
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { relations: { from: string }[] };
      raw.relations[0]!.from = 'nobody-here';
      writeFileSync(file, JSON.stringify(raw));
      rmSync(join(f, 'sessions', '01-savigny-le-temple.md'));
    });
    try {
      const made = workshopModule(folder);
      expect(made.ok).toBe(false);
      const message = made.ok ? '' : made.message;
      expect(message).toMatch(/^data\/workshop\.json: relations\[0\]\.from — .*nobody-here/m);
      expect(message).toMatch(/01-savigny-le-temple\.md/);
      const plugin = bundledWorkshop(folder);
      const load = plugin.load as (this: unknown, id: string) => Promise<unknown>;
      const context = {
        error: (text: string) => {
          throw new Error(text);
        },
        addWatchFile: () => {},
      };
      await expect(load.call(context, `\0${WORKSHOP_MODULE}`)).rejects.toThrow(/the shipped workshop does not pass its checks:\n.*nobody-here/s);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports a file that is not JSON', () => {
    const folder = copyWith((f) => writeFileSync(join(f, 'workshop.json'), '{\n  "event": ,\n}'));
    try {
      const made = workshopModule(folder);
      expect(made.ok ? '' : made.message).toMatch(/^data\/workshop\.json: invalid JSON/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers only for its own module', () => {
    const plugin = bundledWorkshop();
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    expect(resolveId(WORKSHOP_MODULE)).toBe(`\0${WORKSHOP_MODULE}`);
    expect(resolveId('./other')).toBeUndefined();
  });
});
