import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { formatProblem } from '../../src/data/problems';
import { loadDataset } from '../../src/data/load';
import { LIMITS } from '../../src/data/schema';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const problemLines = (name: string): string[] => {
  const result = readDatasetFromDisk(fixture(name), fileURLToPath(new URL('../fixtures/', import.meta.url)));
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems.map(formatProblem);
};

describe('the shipped workshop', () => {
  const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));

  it('passes every check', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('holds the seven sessions in programme order, the introduction first', () => {
    if (!result.ok) throw new Error('invalid');
    const d = result.dataset;
    expect(d.programme.map((s) => s.section)).toEqual([
      'introduction',
      'reseaux-locaux',
      'reseaux-locaux',
      'nouvelles-solidarites',
      'nouvelles-solidarites',
      'alliances',
      'alliances',
    ]);
    expect(d.sessionById.get('introduction')?.status).toBe('to-be-confirmed');
  });

  it('has the OCR errors corrected and no raw OCR left', () => {
    const text = JSON.stringify(result.ok ? result.dataset.event : null);
    for (const ocr of ['matiére', 'succes ', "|'", "I'échelle", 'résene', 'déja', 'Parallélement', 'globalisa-tion', 'Francois']) {
      expect(text).not.toContain(ocr);
    }
    expect(text).toContain('Fortes d');
    expect(text).toContain('en matière de solidarité internationale');
  });

  it('names a provenance for every relation and a note for every session', () => {
    if (!result.ok) throw new Error('invalid');
    for (const r of result.dataset.relations) expect(['programme', 'source', 'unsourced']).toContain(r.provenance.type);
    for (const s of result.dataset.sessions) expect(result.dataset.notesBySession.get(s.id)?.length).toBeGreaterThan(50);
  });
});

describe('broken datasets each get their own precise message', () => {
  const cases: [string, string][] = [
    ['broken-duplicate-id.json', 'broken-duplicate-id.json: actors[1].id — duplicate id "ville-a" (already used by actors[0])'],
    ['broken-dangling-relation.json', 'broken-dangling-relation.json: relations[0].to — actor "reseau-c" does not exist; did you mean "reseau-b"?'],
    ['broken-latitude-200.json', 'broken-latitude-200.json: places[0].latitude — latitude is between -90 and 90 (got 200)'],
    [
      'broken-unknown-kind.json',
      'broken-unknown-kind.json: actors[0].kind — actor kind "mayor" is not declared in vocabulary.actorKinds; known: municipality,',
    ],
    ['broken-misspelt-key.json', 'broken-misspelt-key.json: places[0].lattitude — unknown key: did you mean `latitude`?'],
    ['broken-missing-provenance.json', 'broken-missing-provenance.json: relations[0].provenance — is required'],
    ['broken-self-relation.json', 'broken-self-relation.json: relations[0].to — a relation cannot link "ville-a" to itself'],
    ['broken-empty.json', 'broken-empty.json: the file is empty'],
    ['broken-invalid-json.json', 'broken-invalid-json.json: invalid JSON at line 4, column 3'],
    ['broken-unknown-speaker.json', 'broken-unknown-speaker.json: sessions[0].speakers[0] — person "pierre-curie" does not exist; did you mean "marie-curie"?'],
    [
      'broken-unknown-scale.json',
      'broken-unknown-scale.json: actors[1].scale — scale "planetary" is not declared in vocabulary.scales; known: local, intercommunal,',
    ],
    [
      'broken-unknown-relation-kind.json',
      'broken-unknown-relation-kind.json: relations[0].kind — relation kind "friend-of" is not declared in vocabulary.relationKinds',
    ],
    ['broken-missing-note.json', 'broken-missing-note.json: sessions[0].notes — note file "sessions/absente.md" is missing'],
    ['broken-programme-without-quote.json', 'broken-programme-without-quote.json: people[0].affiliations[0].provenance.quote — is required'],
    ['broken-source-not-a-url.json', 'broken-source-not-a-url.json: relations[0].provenance.url — must be an http(s) address'],
    ['broken-unknown-section.json', 'broken-unknown-section.json: sessions[0].section — section "s2" does not exist; did you mean "s1"?'],
    ['broken-person-speaks-for-unknown.json', 'broken-person-speaks-for-unknown.json: people[0].speaksFor — actor "ville-z" does not exist'],
    ['broken-actor-unknown-place.json', 'broken-actor-unknown-place.json: actors[0].place — place "lieu-z" does not exist'],
    ['broken-missing-translation.json', 'broken-missing-translation.json: event.title — needs a text in French ("fr") or English ("en"), or both'],
  ];

  it.each(cases)('%s', (name, expected) => {
    const lines = problemLines(name);
    expect(lines[0]).toContain(expected);
  });

  it('gives different messages for different faults', () => {
    const firsts = cases.map(([name]) => problemLines(name)[0]?.replace(/^[^:]+: /, ''));
    expect(new Set(firsts).size).toBe(cases.length);
  });

  it('says a misspelt key once, without also calling the real key missing', () => {
    expect(problemLines('broken-misspelt-key.json')).toHaveLength(1);
  });
});

describe('accepted input', () => {
  it('accepts a file that starts with a UTF-8 byte-order mark', () => {
    const result = readDatasetFromDisk(fixture('valid-bom.json'));
    expect(result.ok).toBe(true);
  });

  it('freezes the parsed data so no view can change it', () => {
    const result = readDatasetFromDisk(fixture('valid-minimal.json'));
    if (!result.ok) throw new Error('invalid');
    expect(() => {
      (result.dataset.actors[0] as { id: string }).id = 'changed';
    }).toThrow();
  });

  it('rejects everything when one thing is wrong: nothing is half-accepted', () => {
    const result = loadDataset('{"event": 1}', { file: 'x.json' });
    expect(result.ok).toBe(false);
    expect('dataset' in result).toBe(false);
  });
});

describe('a session note past the limit (issue 14)', () => {
  const text = readFileSync(fixture('valid-minimal.json'), 'utf8');

  it('refuses the dataset and says which note, instead of holding the page while it is made into HTML', () => {
    const result = loadDataset(text, { file: 'workshop.json', readNote: (p) => (p === 'sessions/seance.md' ? 'x'.repeat(LIMITS.noteLength + 1) : undefined) });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'workshop.json: sessions[0].notes — note file "sessions/seance.md" has 100,001 characters; at most 100,000 characters',
    ]);
  });

  it('accepts a note of exactly the limit', () => {
    const result = loadDataset(text, { file: 'workshop.json', readNote: (p) => (p === 'sessions/seance.md' ? 'x'.repeat(LIMITS.noteLength) : undefined) });
    expect(result.ok).toBe(true);
  });
});

describe('a file nested a hundred thousand levels deep (issue 14)', () => {
  it('is refused with its problem listed, not with an exception from writing the value out', () => {
    const depth = 100_000;
    const result = loadDataset(`{"event":${'['.repeat(depth)}${']'.repeat(depth)}}`, { file: 'nested.json' });
    expect(result.ok ? [] : result.problems.map(formatProblem).filter((p) => p.includes('event —'))).toEqual([
      'nested.json: event — expected object, got an array nested too deeply to show',
    ]);
  });
});
