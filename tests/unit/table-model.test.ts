import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/data/bundled';
import { selectVisibleActorIds, selectVisibleRelations } from '../../src/state/selectors';
import { initialViewState, noFilters } from '../../src/state/viewState';
import { actorRows, filterRows, fold, memoLast, relationRows, sortRows } from '../../src/table/model';
import { pickShortName } from '../../src/data/text';

const d = (() => {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
})();

const rowsFor = (lang: 'fr' | 'en', filters = noFilters) => {
  const state = { ...initialViewState, filters };
  return actorRows(d, lang, selectVisibleActorIds(d, state), selectVisibleRelations(d, state));
};

describe('rows of the table', () => {
  it('has one row per actor the filters let through, with its ties among the relations shown', () => {
    const rows = rowsFor('fr');
    expect(rows).toHaveLength(d.actors.length);
    const cglu = rows.find((r) => r.id === 'cglu');
    expect(cglu).toMatchObject({ ties: 4, sessions: 1, place: { text: 'Barcelone' } });
    const hidden = rowsFor('fr', { ...noFilters, hiddenRelationKinds: ['member-of'] });
    expect(hidden.find((r) => r.id === 'cglu')?.ties).toBe(2);
  });

  it('names relations with both actors, the kind and the provenance, in the language asked for', () => {
    const relations = relationRows(d, 'en', d.relations);
    expect(relations.find((r) => r.id === 'savigny-jumelee-boutilimit')).toMatchObject({
      from: { text: 'Savigny-le-Temple (77)' },
      relation: { text: 'twinned with' },
      to: { text: 'Municipality of Boutilimit (Mauritania)' },
      provenance: 'Source',
    });
  });
});

describe('sorting and filtering', () => {
  it('sorts names with the language’s collation, numbers as numbers, scales in their order', () => {
    const rows = rowsFor('fr');
    expect(sortRows(rows, { column: 'name', direction: 'ascending' }, 'fr')[0]?.name.text).toBe('Campagne mondiale pour les OMD');
    const byTies = sortRows(rows, { column: 'ties', direction: 'descending' }, 'fr').map((r) => r.ties);
    expect(byTies).toEqual([...byTies].sort((a, b) => b - a));
    const scales = sortRows(rows, { column: 'scale', direction: 'ascending' }, 'fr').map((r) => r.scaleRank);
    expect(scales).toEqual([...scales].sort((a, b) => a - b));
    // Actors with no place come after every place.
    const places = sortRows(rows, { column: 'place', direction: 'ascending' }, 'fr').map((r) => r.place);
    expect(places.findIndex((p) => p === null)).toBeGreaterThan(places.findLastIndex((p) => p !== null));
  });

  it('keeps every row and the order when filtering; each word must match, accents and case ignored', () => {
    const sorted = sortRows(rowsFor('fr'), { column: 'name', direction: 'ascending' }, 'fr');
    expect(filterRows(sorted, '')).toBe(sorted);
    expect(filterRows(sorted, 'CITES  unies').map((r) => r.id)).toEqual(['cites-unies-belgique', 'cites-unies-france']);
    expect(filterRows(sorted, 'lille region').map((r) => r.id)).toEqual(['lianes-cooperation', 'region-nord-pas-de-calais']);
    expect(fold('Évry-Courcouronnes')).toBe('evry-courcouronnes');
  });

  it('computes a memoised step once for the same inputs', () => {
    let runs = 0;
    const twice = memoLast((a: readonly number[], b: string) => {
      runs++;
      return [...a, b.length];
    });
    const input = [1, 2];
    expect(twice(input, 'x')).toBe(twice(input, 'x'));
    expect(runs).toBe(1);
    twice([1, 2], 'x');
    expect(runs).toBe(2);
  });
});

describe('short names', () => {
  it('are one text for both languages, or one per language', () => {
    expect(pickShortName('CUF', 'en')).toEqual({ text: 'CUF', lang: 'en', fallback: false });
    expect(pickShortName({ fr: 'Campagne OMD', en: 'MDG campaign' }, 'en')?.text).toBe('MDG campaign');
    expect(pickShortName({ fr: 'Campagne OMD' }, 'en')).toEqual({ text: 'Campagne OMD', lang: 'fr', fallback: true });
    expect(pickShortName(undefined, 'fr')).toBeUndefined();
    expect(pickShortName(d.actorById.get('cglu')?.shortName, 'en')?.text).toBe('UCLG');
  });
});
