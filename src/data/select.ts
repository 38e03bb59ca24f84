// Pure queries over a dataset: who speaks in a session, which sessions present an actor, …
import type { Dataset } from './dataset';
import type { Actor, Person, Relation, Session } from './schema';

export const sessionsOfActor = (d: Dataset, actorId: string): Session[] =>
  d.programme.filter((s) => s.actors.includes(actorId) || s.speakers.some((p) => d.personById.get(p)?.speaksFor === actorId));

export const speakersOf = (d: Dataset, session: Session): Person[] =>
  session.speakers.flatMap((id) => d.personById.get(id) ?? []);

export const relationsOfActor = (d: Dataset, actorId: string): Relation[] =>
  d.relations.filter((r) => r.from === actorId || r.to === actorId);

export const actorsAtPlace = (d: Dataset, placeId: string): Actor[] => d.actors.filter((a) => a.place === placeId);

export const sessionsAtPlace = (d: Dataset, placeId: string): Session[] => {
  const here = new Set(actorsAtPlace(d, placeId).map((a) => a.id));
  return d.programme.filter((s) => s.places.includes(placeId) || s.actors.some((id) => here.has(id)));
};

/** Number of relations per actor, for sizing nodes. */
export function degreeByActor(d: Dataset): Map<string, number> {
  const degree = new Map(d.actors.map((a) => [a.id, 0]));
  for (const r of d.relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

/** 1-based position of a session in the programme, as printed. */
export const sessionNumber = (d: Dataset, sessionId: string): number => d.programme.findIndex((s) => s.id === sessionId) + 1;

/** The note of a session in a language: the English note when asked for and present, else the French one. */
export function noteOf(d: Dataset, sessionId: string, lang: 'fr' | 'en'): { text: string; lang: 'fr' | 'en'; fallback: boolean } {
  const en = d.englishNotesBySession.get(sessionId);
  if (lang === 'en' && en !== undefined) return { text: en, lang: 'en', fallback: false };
  return { text: d.notesBySession.get(sessionId) ?? '', lang: 'fr', fallback: lang !== 'fr' };
}
