import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/data/bundled';
import { describeProblem, exportNotes, importNotes } from '../../src/present/notesExport';

const result = loadBundledDataset();
if (!result.ok) throw new Error('bundled data invalid');
const d = result.dataset;

const notes = new Map([
  ['actor:cites-unies-france', 'Réseau de 4 800 collectivités.\n\n- CGLU : membre fondateur\n- à vérifier'],
  ['session:amap', '# Questions\n\nCombien d’AMAP en Île-de-France ?\n\n```\n## pas un titre {#session:amap}\n```'],
  ['session:introduction', 'Accueil, tour de table.\n## Un faux titre {#actor:amap}\n\\## déjà échappé {#x}'],
  ['recovered:session:amap@2026-11-27T10-00-00-000Z', '{"text": 42}'],
  ['actor:empty', ''],
]);

describe('the notes file', () => {
  it('is Markdown with one heading per note, ids in the headings, in programme order', () => {
    const text = exportNotes(d, notes, 'fr');
    expect(text.startsWith('<!-- maillage-notes v1 -->\n\n# Notes d’animation — ')).toBe(true);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toHaveLength(4);
    expect(headings[0]).toBe('## Session 1 — Introduction et problématique {#session:introduction}');
    expect(headings[1]).toMatch(/^## Session 5 — .*AMAP.* \{#session:amap\}$/);
    expect(headings[2]).toBe('## Acteur — Cités Unies France {#actor:cites-unies-france}');
    expect(headings[3]).toBe('## Texte récupéré {#recovered:session:amap@2026-11-27T10-00-00-000Z}');
    expect(text).toContain('\\## Un faux titre {#actor:amap}'); // escaped, not a heading
  });

  it('comes back exactly on import (round trip), empty notes left out', () => {
    const back = importNotes(d, exportNotes(d, notes, 'en'));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.warnings).toEqual([]);
    expect(Object.fromEntries(back.notes)).toEqual(Object.fromEntries([...notes].filter(([, t]) => t !== '')));
  });

  it('reads Windows line ends and a byte-order mark', () => {
    const text = `\uFEFF${exportNotes(d, new Map([['session:amap', 'a\nb']]), 'fr').replace(/\n/g, '\r\n')}`;
    const back = importNotes(d, text);
    expect(back.ok && back.notes.get('session:amap')).toBe('a\nb');
  });

  it('refuses a damaged file and says where, line by line', () => {
    const damaged = [
      '<!-- maillage-notes v1 -->',
      '',
      '# Notes',
      'stray text',
      '## Session — AMAP {#session:amap}',
      'ok',
      '## Broken heading {#session:amap',
      '## Bad id {#session:AMAP}',
      '## Again {#session:amap}',
      'dup',
      '## Unknown {#actor:nobody}',
      'text',
    ].join('\n');
    const r = importNotes(d, damaged);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [4, 'error', 'presenter.import.outside'],
      [7, 'error', 'presenter.import.badHeading'],
      [8, 'error', 'presenter.import.badKey'],
      [9, 'error', 'presenter.import.duplicate'],
      [11, 'warning', 'presenter.import.unknownActor'],
    ]);
    const words = r.problems.map((p) => describeProblem(p, 'fr'));
    expect(words[0]).toBe('ligne 4 : texte hors de toute note (« stray text ») ; chaque note commence par un titre « ## … {#…} ».');
    expect(words[3]).toBe('ligne 9 : la note session:amap apparaît deux fois (déjà ligne 5).');
    expect(describeProblem(r.problems[2]!, 'en')).toBe('line 8: note id “session:AMAP” not recognised; expected session:…, actor:… or recovered:….');
  });

  it('imports with warnings for ids this data does not have', () => {
    const r = importNotes(d, '## X {#session:gone}\n\nold note\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes.get('session:gone')).toBe('old note');
    expect(r.warnings.map((w) => describeProblem(w, 'en'))).toEqual(['line 1: session “gone” is not in this data; its note is imported all the same.']);
  });

  it('refuses files that are not notes at all', () => {
    const problems = (text: string) => {
      const r = importNotes(d, text);
      return r.ok ? [] : r.problems.map((p) => describeProblem(p, 'en'));
    };
    expect(problems('')).toEqual(['no note in this file.']);
    expect(problems('\u0000\u0001PNG')).toEqual(['this is not a text file.']);
    expect(problems('<!-- maillage-notes v2 -->\n## A {#session:amap}\nx')).toEqual(['line 1: notes file version 2; this app reads version 1.']);
    expect(problems('x'.repeat(2_000_001))).toEqual(['the file is larger than 2 MB.']);
  });
});

describe('a notes file with thousands of headings', () => {
  it('is refused at once, in one line, with nothing imported', () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `## ? {#actor:inconnu-${i}}\n\nx`).join('\n\n');
    const result = importNotes(d, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(describeProblem(result.problems[0]!, 'fr')).toContain('plus de 2');
  });

  it('refuses a note over the length limit, naming it', () => {
    const result = importNotes(d, `## AMAP {#session:amap}\n\n${'x'.repeat(100_001)}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblem(result.problems[0]!, 'en')).toContain('the note “session:amap” is over the limit');
  });
});
