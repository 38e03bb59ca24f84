// Property tests of the edges where data comes in: whatever arrives, each gives a result or a list
// of problems in words, never an exception or a hang.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset } from '../../src/data/load';
import { loadBundledDataset } from '../../src/data/bundled';
import { importNotes } from '../../src/present/notesExport';
import { parseMessage } from '../../src/present/channel';
import { formatProblem } from '../../src/data/problems';
import { readFileSync } from 'node:fs';

const shipped = loadBundledDataset();
if (!shipped.ok) throw new Error('bundled data invalid');
const dataset = shipped.dataset;
const workshopJson = JSON.parse(readFileSync(new URL('../../data/workshop.json', import.meta.url), 'utf8')) as unknown;

/** JSON-like values, deep and wide enough to reach every branch of the schema. */
const jsonValue = fc.jsonValue({ maxDepth: 4 });

describe('the dataset loader', () => {
  it('turns any JSON text into a dataset or problems, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          jsonValue.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = loadDataset(text, { file: 'any.json' });
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(formatProblem(p).length).toBeLessThan(2_000);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reports problems, not exceptions, for the workshop with any field replaced by any value', () => {
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(v)) v.slice(0, 2).forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(workshopJson, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), jsonValue, (path, value) => {
        const copy = structuredClone(workshopJson) as Record<string | number, unknown>;
        let target = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1]!] = value;
        const result = loadDataset(JSON.stringify(copy), { file: 'mutated.json', readNote: () => 'note' });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('the notes file importer', () => {
  it('turns any text into notes or problems, never an exception', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '## Séance {#session:amap}',
        '## X {#actor:inconnu}',
        '## {#recovered:a@b}',
        '## bad {#BAD KEY}',
        '\\## échappé {#x}',
        '<!-- maillage-notes v1 -->',
        '# Titre',
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const result = importNotes(dataset, lines.join('\n'));
        if (result.ok) for (const [, text] of result.notes) expect(typeof text).toBe('string');
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('the presenter channel', () => {
  it('accepts or refuses any message without an exception', () => {
    fc.assert(
      fc.property(fc.oneof(jsonValue, fc.anything()), (data) => {
        const message = parseMessage(data);
        if (message !== null) expect(['state', 'hello', 'notes']).toContain(message.type);
      }),
      { numRuns: 500 },
    );
  });
});
