import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const checkData = (...args: string[]) =>
  run('npx', ['tsx', 'scripts/check-data.ts', ...args], { cwd: root }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run check-data', () => {
  it('prints one summary line and exits 0 for the shipped data', async () => {
    const r = await checkData();
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('ok: 16 actors, 4 people, 7 sessions, 9 places, 13 relations, 8 themes');
  }, 30_000);

  it('prints every problem one a line and exits 1 for a broken dataset', async () => {
    const r = await checkData('tests/fixtures/broken-unknown-section.json');
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'tests/fixtures/broken-unknown-section.json: sessions[0].section — section "s2" does not exist; did you mean "s1"?',
      'tests/fixtures/broken-unknown-section.json: sections[0] — section "s1" has no session',
      '2 problems; nothing was accepted.',
    ]);
  }, 30_000);
});
