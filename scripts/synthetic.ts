// A synthetic dataset of the workshop's shape and any size, for benchmarks and large-graph checks.
// Deterministic: the same size gives the same data.
import { ACTOR_KINDS, RELATION_KINDS, SCALES, type RawDataset } from '../src/data/schema';

export interface SyntheticOptions {
  /** How many places (default: a third of the actors). */
  readonly places?: number;
}

export function syntheticDataset(
  actorCount: number,
  relationsPerActor = 2,
  options: SyntheticOptions = {},
): { json: string; notes: Map<string, string> } {
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const placeCount = Math.max(1, options.places ?? Math.floor(actorCount / 3));
  const places = Array.from({ length: placeCount }, (_, i) => ({
    id: `lieu-${i}`,
    name: { fr: `Lieu ${i}`, en: `Place ${i}` },
    country: 'France',
    latitude: Math.round((random() * 140 - 70) * 1e4) / 1e4,
    longitude: Math.round((random() * 340 - 170) * 1e4) / 1e4,
    precision: 'approximate' as const,
  }));
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
  for (let i = 0; i < actorCount * relationsPerActor; i++) {
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
