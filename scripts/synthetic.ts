// A synthetic dataset of the workshop's shape and any size, for benchmarks and large-graph checks.
// Deterministic: the same size and options give the same data. Without options the output is the
// one existing callers (tests, the in-process bench) were written against; options add to it.
import { ACTOR_KINDS, RELATION_KINDS, SCALES, type RawDataset } from '../src/data/schema';

export interface SyntheticOptions {
  /** Attempts at a relation per actor (duplicates and self-loops are dropped). Default 2. */
  readonly relationsPerActor?: number;
  /** Exactly this many relations instead (as long as the actors allow that many distinct ones). */
  readonly relations?: number;
  /**
   * Where places lie. 'world' (default): uniform over latitudes ±70, longitudes ±170, all named
   * France. 'spread': like a real network of decentralised cooperation, 60 % in France, 25 % in
   * the rest of Europe, 15 % over the world, so a map has work at every zoom (France, Europe, world).
   */
  readonly geography?: 'world' | 'spread';
  /** How many places (default: a third of the actors). */
  readonly places?: number;
}

/** A country as a box of latitudes and longitudes around it (rough, but on the right continent). */
type Country = readonly [name: string, latitude: number, longitude: number, halfSpan: number];

const FRANCE: readonly Country[] = [['France', 46.7, 1.7, 4]];
const EUROPE: readonly Country[] = [
  ['Espagne', 40.2, -3.6, 3],
  ['Italie', 42.8, 12.5, 2.5],
  ['Allemagne', 51.1, 10.4, 2.5],
  ['Belgique', 50.6, 4.6, 0.7],
  ['Pologne', 52, 19.4, 2.5],
  ['Portugal', 39.6, -8, 1.2],
  ['Roumanie', 45.9, 24.9, 2],
  ['Suède', 60.1, 15.6, 3],
];
const WORLD: readonly Country[] = [
  ['Sénégal', 14.5, -14.4, 1.5],
  ['Mali', 17.6, -4, 4],
  ['Maroc', 31.8, -7.1, 2.5],
  ['Brésil', -10.8, -52.9, 8],
  ['Viêt Nam', 15.9, 105.8, 3],
  ['Canada', 52, -95, 10],
  ['Liban', 33.9, 35.9, 0.5],
  ['Madagascar', -19.4, 46.7, 3],
];

function coordinate(random: () => number, [from, to]: readonly [number, number]): number {
  return Math.round((from + random() * (to - from)) * 1e4) / 1e4;
}

export function syntheticDataset(actorCount: number, options: number | SyntheticOptions = {}): { json: string; notes: Map<string, string> } {
  const {
    relationsPerActor = 2,
    relations: relationCount,
    geography = 'world',
    places: placeOption,
  }: SyntheticOptions = typeof options === 'number' ? { relationsPerActor: options } : options;
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const placeCount = Math.max(1, placeOption ?? Math.floor(actorCount / 3));
  const places = Array.from({ length: placeCount }, (_, i) => {
    if (geography === 'spread') {
      const roll = random();
      const [country, latitude, longitude, span] = pick(roll < 0.6 ? FRANCE : roll < 0.85 ? EUROPE : WORLD);
      return {
        id: `lieu-${i}`,
        name: { fr: `Lieu ${i} (${country})`, en: `Place ${i} (${country})` },
        country,
        latitude: coordinate(random, [latitude - span, latitude + span]),
        longitude: coordinate(random, [longitude - span * 1.4, longitude + span * 1.4]),
        precision: 'approximate' as const,
      };
    }
    return {
      id: `lieu-${i}`,
      name: { fr: `Lieu ${i}`, en: `Place ${i}` },
      country: 'France',
      latitude: Math.round((random() * 140 - 70) * 1e4) / 1e4,
      longitude: Math.round((random() * 340 - 170) * 1e4) / 1e4,
      precision: 'approximate' as const,
    };
  });
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `acteur-${i}`,
    name: { fr: `Acteur ${i} de ${pick(['Lille', 'Nanterre', 'Bobigny', 'Aubagne'])}`, en: `Actor ${i}` },
    kind: pick(ACTOR_KINDS),
    scale: pick(SCALES),
    place: random() < 0.9 ? `lieu-${Math.floor(random() * placeCount)}` : null,
    description: { fr: 'Un acteur de synthèse.', en: 'A synthetic actor.' },
    sources: [],
  }));
  const relations: RawDataset['relations'] = [];
  const seen = new Set<string>();
  const attempts = relationCount === undefined ? actorCount * relationsPerActor : relationCount * 4;
  for (let i = 0; i < attempts && (relationCount === undefined || relations.length < relationCount); i++) {
    const from = `acteur-${Math.floor(random() * actorCount)}`;
    const to = `acteur-${Math.floor(random() * actorCount)}`;
    const kind = pick(RELATION_KINDS);
    if (from === to || seen.has(`${from}|${kind}|${to}`)) continue;
    seen.add(`${from}|${kind}|${to}`);
    relations.push({ id: `rel-${i}`, from, to, kind, provenance: random() < 0.3 ? { type: 'unsourced' } : { type: 'programme', quote: 'citation' } });
  }
  const sessionCount = Math.max(1, Math.min(60, Math.floor(actorCount / 10)));
  const sessions = Array.from({ length: sessionCount }, (_, i) => ({
    id: `seance-${i}`,
    section: 'section',
    title: { fr: `Séance ${i}`, en: `Session ${i}` },
    speakers: [],
    speakerNote: { fr: 'Non nommé', en: 'Not named' },
    status: 'announced' as const,
    actors: [`acteur-${i % actorCount}`, `acteur-${(i * 7) % actorCount}`].filter((v, j, a) => a.indexOf(v) === j),
    places: [],
    themes: [],
    notes: `sessions/seance-${i}.md`,
  }));
  const data = {
    event: { title: { fr: 'Synthèse', en: 'Synthetic' }, summary: { fr: 'Synthèse', en: 'Synthetic' }, date: 'unknown', venue: 'unknown', source: 'bench' },
    themes: [],
    sections: [{ id: 'section', kind: 'section', title: { fr: 'Section', en: 'Section' } }],
    sessions,
    actors,
    people: [],
    places,
    relations,
  };
  const notes = new Map(sessions.map((s) => [s.notes, `# ${s.title.fr}\n\nNote.`]));
  return { json: JSON.stringify(data), notes };
}

/** Writes synthetic-<n>.json and its session notes under `dir` (e.g. the built app's dist/, so
 * that `?data=synthetic/synthetic-<n>.json` loads it same-origin); returns that path. */
export async function writeSyntheticFiles(dir: string, actorCount: number): Promise<string> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { json, notes } = syntheticDataset(actorCount);
  mkdirSync(`${dir}/synthetic/sessions`, { recursive: true });
  writeFileSync(`${dir}/synthetic/synthetic-${actorCount}.json`, json);
  for (const [path, text] of notes) writeFileSync(`${dir}/synthetic/${path}`, text);
  return `synthetic/synthetic-${actorCount}.json`;
}
