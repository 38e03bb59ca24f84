import { describe, expect, it } from 'vitest';
import { applyCorrections, correctedProgramme, findQuote, normalise } from '../../src/data/programmeText';
import { analyseContext, splitNote } from '../../src/data/noteParts';
import { isHomePage } from '../../src/data/editorial';

describe('the programme text', () => {
  it('joins words split by an end-of-line hyphen, across blank lines, and makes white space one space', () => {
    expect(normalise('le champ internation-\n\nal, et la revitali-\nsation  des\nterritoires')).toBe(
      'le champ international, et la revitalisation des territoires',
    );
  });

  it('applies a correction only on the lines it names, and reports one that does not match there', () => {
    const raw = 'a la solidarité\nvoir a la page';
    const r = applyCorrections(raw, [
      { wrong: 'a la', right: 'à la', lines: [1] },
      { wrong: 'Etudes', right: 'Études', lines: [2] },
    ]);
    expect(r.text).toBe('à la solidarité\nvoir a la page');
    expect(r.unmatched).toEqual(['[1] "Etudes" is not on line 2']);
  });

  it('finds a quote with typographic apostrophes and an elision, and names the nearest passage of a wrong one', () => {
    const text = correctedProgramme("L'organisation contre la libéralisation des services, par un membre du Réseau AGCS.", []);
    expect(findQuote(text, 'L’organisation contre […] par un membre du Réseau AGCS.')).toEqual({ found: true });
    const miss = findQuote(text, 'un membre du réseau AGCS');
    expect(miss).toMatchObject({ found: false, nearest: 'un membre du Réseau AGCS', distance: 1 });
  });
});

describe('a session note', () => {
  it('splits into the programme part and the context part', () => {
    const parts = splitNote('## Programme\n\n> Les mots.\n\n## Contexte\n\nUn fait.[^a]\n\n[^a]: https://ex.org/p');
    expect(parts).toEqual({ programme: '> Les mots.', context: 'Un fait.[^a]\n\n[^a]: https://ex.org/p', structured: true, outside: '' });
  });

  it('finds each context sentence without a footnote, and footnotes with no definition', () => {
    const r = analyseContext('Un fait sourcé.[^a] Un autre[^b]. Une phrase nue.\n- Un point nu\n\n[^a]: Page, https://ex.org/p');
    expect(r.unsourced).toEqual(['Une phrase nue.', 'Un point nu']);
    expect(r.undefinedLabels).toEqual(['b']);
  });
});

describe('a source address', () => {
  it('is a home page when it names no page', () => {
    expect(isHomePage('https://www.mediaterre.org/')).toBe(true);
    expect(isHomePage('https://miramap.org')).toBe(true);
    expect(isHomePage('https://savigny-le-temple.fr/content/boutilimit')).toBe(false);
    expect(isHomePage('https://ccre-cemr.org/?p=9842')).toBe(false);
  });
});
