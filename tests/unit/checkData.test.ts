import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checkDataset } from '../../scripts/checkDataset';
import { formatProblem } from '../../src/data/problems';

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
    expect(r.stdout.trim()).toBe('ok: 16 actors, 4 people, 7 sessions, 8 places, 13 relations, 9 themes; 32 programme quotes found in the programme');
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

// The editor's checks, one small broken dataset each (tests/fixtures/editorial/, which ships a
// programme text and its corrections), run in-process as check-data runs them.
const schemaFile = `${root}data/schema.json`;
const check = (path: string) => checkDataset(path, schemaFile, root);
const messages = (path: string) => check(path).problems.map(formatProblem);

describe('check-data holds the data to what the programme and the sources say', () => {
  it('accepts a dataset whose quotes are in the corrected programme, hyphenation and OCR fixes included', () => {
    const r = check('tests/fixtures/editorial/valid.json');
    expect(r.problems).toEqual([]);
    expect(r.summary).toBe('ok: 2 actors, 1 people, 1 sessions, 1 places, 1 relations, 0 themes; 4 programme quotes found in the programme');
  });

  it('refuses a programme quote that is not in the programme, naming the nearest passage and its distance', () => {
    expect(messages('tests/fixtures/editorial/broken-quote-not-in-programme.json')).toEqual([
      'tests/fixtures/editorial/broken-quote-not-in-programme.json: relations[0].provenance.quote — not in the programme; ' +
        'nearest: "La Ville A travaille avec le Réseau B pour la solidarité internationale." (distance 1)',
    ]);
  });

  it('refuses a source address that is a site’s home page', () => {
    expect(messages('tests/fixtures/editorial/broken-home-page-source.json')).toEqual([
      'tests/fixtures/editorial/broken-home-page-source.json: actors[1].sources[0] — "https://example.org/" is a site\'s home page: ' +
        'point to the page that states the fact, or mark it unsourced',
    ]);
  });

  it('refuses a description beyond the programme with no source', () => {
    expect(messages('tests/fixtures/editorial/broken-description-unsourced.json')).toEqual([
      'tests/fixtures/editorial/broken-description-unsourced.json: actors[1].description — goes beyond the programme with no source: ' +
        'add a source, or a descriptionQuote if it only restates the programme',
    ]);
  });

  it('refuses a note whose context has a sentence without a footnote', () => {
    expect(messages('tests/fixtures/editorial/broken-context-without-footnote.json')).toEqual([
      'tests/fixtures/editorial/broken-context-without-footnote.json: sessions[0].notes (sessions/contexte-sans-source.md) context — ' +
        'sentence without a footnote: "Elle compte dix mille habitants."',
    ]);
  });

  it('refuses coordinates marked sourced that have no source', () => {
    expect(messages('tests/fixtures/editorial/broken-coordinates-unsourced.json')).toEqual([
      'tests/fixtures/editorial/broken-coordinates-unsourced.json: places[0].precision — coordinates have no source: add one, or mark them "approximate"',
    ]);
  });

  it('skips only the quote check for a dataset with no programme text, and says so', () => {
    const r = check('tests/fixtures/editorial-no-programme');
    expect(r.problems).toEqual([]);
    expect(r.summary).toBe(
      'ok: 2 actors, 1 people, 1 sessions, 1 places, 1 relations, 0 themes; no programme text (sources/programme.txt): quotes not checked',
    );
  });
});
