// fast-check arbitraries that build valid Maillage datasets: ids, every actor kind and scale,
// places with coordinates anywhere on Earth, relations of every kind with each provenance type,
// and names that test writers (accents, quotes, the CSV delimiters, line breaks, formulas).
import fc from 'fast-check';
import { ACTOR_KINDS, DatasetSchema, RELATION_KINDS, SCALES, type RawDataset } from '../../src/data/schema';
import { indexDataset, type Dataset } from '../../src/data/dataset';

const tricky = fc.constantFrom(
  'Saint-Denis',
  'Cités Unies « France »',
  'a;b,"c"',
  'ligne\nnouvelle',
  'Ville d’Évry',
  '=SUM(A1)',
  'Zürich — Genève',
  '東京',
);
const plain = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() === s && s.trim().length > 0);
export const textArb = fc.oneof(plain, tricky);
export const localizedArb = fc.record({ fr: textArb, en: textArb });
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/);
const urlArb = fc.constantFrom('https://example.org/a', 'https://fr.wikipedia.org/wiki/Nanterre', 'http://cites-unies.fr/?q=1&r=2');

export const provenanceArb = fc.oneof(
  fc.record({ type: fc.constant('programme' as const), quote: textArb }),
  fc.record({ type: fc.constant('source' as const), url: urlArb, note: fc.option(localizedArb, { nil: undefined }) }, { requiredKeys: ['type', 'url'] }),
  fc.record({ type: fc.constant('unsourced' as const), note: fc.option(localizedArb, { nil: undefined }) }, { requiredKeys: ['type'] }),
  // document provenance: add here once the schema has it (CONTRACT.md).
);

const coordinate = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }).map((v) => Math.round(v * 1e5) / 1e5);

/** Drops keys whose value is undefined, as JSON would. */
const defined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

export const rawDatasetArb: fc.Arbitrary<RawDataset> = fc
  .record({
    actorIds: fc.uniqueArray(idArb, { minLength: 2, maxLength: 8 }),
    placeIds: fc.uniqueArray(idArb, { minLength: 0, maxLength: 5 }),
  })
  .chain(({ actorIds, placeIds }) =>
    fc.record({
      places: fc.tuple(
        ...placeIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: localizedArb,
            country: textArb,
            latitude: coordinate(90),
            longitude: coordinate(180),
            precision: fc.constantFrom('sourced' as const, 'approximate' as const),
          }),
        ),
      ),
      actors: fc.tuple(
        ...actorIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: localizedArb,
            kind: fc.constantFrom(...ACTOR_KINDS),
            scale: fc.constantFrom(...SCALES),
            place: placeIds.length > 0 ? fc.option(fc.constantFrom(...placeIds), { nil: null }) : fc.constant(null),
            description: localizedArb,
                      }),
        ),
      ),
      relations: fc
        .uniqueArray(
          fc.record({ from: fc.constantFrom(...actorIds), to: fc.constantFrom(...actorIds), kind: fc.constantFrom(...RELATION_KINDS) }),
          { selector: (r) => `${r.from}|${r.kind}|${r.to}`, maxLength: 12 },
        )
        .map((rs) => rs.filter((r) => r.from !== r.to)),
      provenances: fc.array(provenanceArb, { minLength: 12, maxLength: 12 }),
      title: localizedArb,
    }),
  )
  .map(({ places, actors, relations, provenances, title }) =>
    // Through the schema, so that this builder keeps up with it (defaults filled in as on load).
    DatasetSchema.parse(defined({
      event: { title, summary: title, date: 'unknown' as const, venue: 'unknown', source: 'generated' },
      themes: [],
      sections: [{ id: 'all', kind: 'section' as const, title }],
      sessions: [
        { id: 'only', section: 'all', title, speakers: [], speakerNote: title, status: 'announced' as const, actors: [actors[0]!.id], places: [], themes: [], notes: 'sessions/only.md' },
      ],
      actors,
      people: [],
      places,
      relations: relations.map((r, i) => ({ id: `r${i}`, ...r, provenance: provenances[i]! })),
    })),
  );

export const NOTES = { 'sessions/only.md': '# Notes\n' };
export const readGeneratedNote = (path: string): string | undefined => (NOTES as Record<string, string>)[path];

export const datasetArb: fc.Arbitrary<Dataset> = rawDatasetArb.map((raw) => indexDataset(raw, NOTES));
