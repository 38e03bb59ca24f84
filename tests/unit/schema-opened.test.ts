import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { formatProblem } from '../../src/data/problems';
import { validateDataset } from '../../src/data/load';
import { resolveVocabulary } from '../../src/data/vocabulary';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const problems = (value: unknown): string[] => {
  const r = validateDataset(value, { file: 'x.json' });
  return r.ok ? [] : r.problems.map(formatProblem);
};

/** The smallest network: one event title, two actors, one relation, no programme. */
const network = (overrides: Record<string, unknown> = {}) => ({
  event: { title: { fr: 'Réseau' } },
  actors: [
    { id: 'a', name: { fr: 'A' }, kind: 'municipality', scale: 'local', place: null },
    { id: 'b', name: { en: 'B' }, kind: 'association', scale: 'national', place: null },
  ],
  relations: [{ id: 'r', from: 'a', to: 'b', kind: 'works-with', provenance: { type: 'unsourced' } }],
  ...overrides,
});

describe('the opened dataset shape', () => {
  it('accepts texts in French only, in English only, or both', () => {
    expect(problems(network())).toEqual([]);
    expect(problems(network({ event: { title: { en: 'Network' } } }))).toEqual([]);
    expect(problems(network({ event: { title: { fr: 'Réseau', en: 'Network' } } }))).toEqual([]);
  });

  it('rejects a text in neither language, and an empty one', () => {
    expect(problems(network({ event: { title: {} } }))).toEqual(['x.json: event.title — needs a text in French ("fr") or English ("en"), or both']);
    expect(problems(network({ event: { title: { fr: '  ' } } }))).toEqual(['x.json: event.title.fr — must not be empty (got "  ")']);
  });

  it('accepts a network without a programme: no sections, sessions, people or themes, an event with only a title', () => {
    const r = validateDataset(network(), { file: 'x.json' });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.dataset.sessions).toEqual([]);
    expect(r.dataset.programme).toEqual([]);
    expect(r.dataset.people).toEqual([]);
    expect(r.dataset.places).toEqual([]);
  });

  it('accepts sessions without notes, actors with attributes, geocoded places without a country, document quotes', () => {
    const value = network({
      actors: [
        { id: 'a', name: { fr: 'A' }, kind: 'municipality', scale: 'local', place: 'p', attributes: { Adhérents: '120' } },
        { id: 'b', name: { en: 'B' }, kind: 'association', scale: 'national', place: null },
      ],
      places: [{ id: 'p', name: { fr: 'P' }, latitude: 47, longitude: 2, precision: 'approximate', geocodedFrom: 'gazetteer' }],
      relations: [{ id: 'r', from: 'a', to: 'b', kind: 'works-with', provenance: { type: 'document', quote: 'A travaille avec B.' } }],
      sections: [{ id: 's', kind: 'section', title: { fr: 'S' } }],
      sessions: [{ id: 'x', section: 's', title: { fr: 'X' }, speakers: [], speakerNote: { fr: 'Personne' }, status: 'announced', actors: ['a'] }],
    });
    expect(problems(value)).toEqual([]);
  });

  it('accepts a dataset vocabulary: its own kinds, scales and relation kinds', () => {
    const r = readDatasetFromDisk(fixture('valid-custom-vocabulary.json'));
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const v = r.dataset.resolvedVocabulary;
    expect(v.scales.map((s) => s.id)).toEqual(['village', 'country', 'world']);
    expect(v.actorKinds.map((k) => k.id).slice(-2)).toEqual(['farmers-union', 'cooperative']);
    expect(v.actorKinds.find((k) => k.id === 'municipality')?.label).toEqual({ fr: 'ville', en: 'city' });
    expect(v.relationKinds.find((k) => k.id === 'allied-with')?.directed).toBe(false);
  });

  it('names a kind, scale or relation kind that the vocabulary does not declare, with "did you mean"', () => {
    const value = network({
      vocabulary: { actorKinds: [{ id: 'farmers-union', label: { en: "farmers' union" } }], scales: [{ id: 'village', label: { fr: 'Village' } }] },
      actors: [
        { id: 'a', name: { fr: 'A' }, kind: 'farmer-union', scale: 'village', place: null },
        { id: 'b', name: { en: 'B' }, kind: 'association', scale: 'local', place: null },
      ],
      relations: [{ id: 'r', from: 'a', to: 'b', kind: 'work-with', provenance: { type: 'unsourced' } }],
    });
    expect(problems(value)).toEqual([
      'x.json: actors[0].kind — actor kind "farmer-union" is not declared in vocabulary.actorKinds; did you mean "farmers-union"?',
      'x.json: actors[1].scale — scale "local" is not declared in vocabulary.scales; known: village',
      'x.json: relations[0].kind — relation kind "work-with" is not declared in vocabulary.relationKinds; did you mean "works-with"?',
    ]);
  });

  it('rejects a vocabulary that declares one id twice', () => {
    const value = network({
      vocabulary: {
        actorKinds: [
          { id: 'coop', label: { fr: 'coop' } },
          { id: 'coop', label: { fr: 'coopérative' } },
        ],
      },
    });
    expect(problems(value)).toEqual(['x.json: vocabulary.actorKinds[1].id — duplicate id "coop" (already used by vocabulary.actorKinds[0])']);
  });

  it('keeps the built-in lists when the dataset declares none', () => {
    const v = resolveVocabulary(undefined);
    expect(v.scales.map((s) => s.id)).toEqual(['local', 'intercommunal', 'departmental', 'regional', 'national', 'continental', 'global']);
    expect(v.actorKinds).toHaveLength(12);
    expect(v.relationKinds.filter((k) => !k.directed).map((k) => k.id)).toEqual(['works-with', 'partner-of', 'twinned-with']);
  });

  it('reads the three small fixtures', () => {
    for (const name of ['valid-french-only.json', 'valid-custom-vocabulary.json', 'valid-no-programme.json']) {
      const r = readDatasetFromDisk(fixture(name));
      expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
    }
  });
});
