// Whole-dataset checks that a schema of single objects cannot express: unique ids, references that
// resolve, kinds and scales from the dataset's vocabulary, no self-relation, every section used,
// every session note present.
import type { RawDataset } from './schema';
import { didYouMean, type Problem } from './problems';
import { idsOf, resolveVocabulary } from './vocabulary';

type Collection = 'actors' | 'people' | 'places' | 'sessions' | 'sections' | 'themes' | 'relations';

const NOUN: Record<Collection, string> = {
  actors: 'actor',
  people: 'person',
  places: 'place',
  sessions: 'session',
  sections: 'section',
  themes: 'theme',
  relations: 'relation',
};

export function checkIntegrity(
  file: string,
  data: RawDataset,
  hasNote: (notePath: string) => boolean = () => true,
): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });

  const ids = {} as Record<Collection, Set<string>>;
  for (const name of Object.keys(NOUN) as Collection[]) {
    const seen = new Map<string, number>();
    data[name].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        report(`${name}[${i}].id`, `duplicate id "${item.id}" (already used by ${name}[${first}])`);
      } else seen.set(item.id, i);
    });
    ids[name] = new Set(seen.keys());
  }

  const ref = (path: string, target: Collection, id: string) => {
    if (!ids[target].has(id)) {
      report(path, `${NOUN[target]} "${id}" does not exist${didYouMean(id, [...ids[target]])}`);
    }
  };

  const vocabulary = data.vocabulary;
  if (vocabulary) {
    for (const list of ['actorKinds', 'scales', 'relationKinds'] as const) {
      const seen = new Map<string, number>();
      (vocabulary[list] ?? []).forEach((entry, i) => {
        const first = seen.get(entry.id);
        if (first !== undefined) {
          report(`vocabulary.${list}[${i}].id`, `duplicate id "${entry.id}" (already used by vocabulary.${list}[${first}])`);
        } else seen.set(entry.id, i);
      });
    }
  }
  const resolved = resolveVocabulary(vocabulary);
  const known = {
    actorKinds: idsOf(resolved.actorKinds),
    scales: idsOf(resolved.scales),
    relationKinds: idsOf(resolved.relationKinds),
  };
  const TERM = { actorKinds: 'actor kind', scales: 'scale', relationKinds: 'relation kind' } as const;
  const term = (path: string, list: keyof typeof known, id: string) => {
    if (!known[list].includes(id)) {
      const hint = didYouMean(id, known[list]) || `; known: ${known[list].join(', ')}`;
      report(path, `${TERM[list]} "${id}" is not declared in vocabulary.${list}${hint}`);
    }
  };

  data.actors.forEach((a, i) => {
    term(`actors[${i}].kind`, 'actorKinds', a.kind);
    term(`actors[${i}].scale`, 'scales', a.scale);
    if (a.place !== null) ref(`actors[${i}].place`, 'places', a.place);
  });
  data.people.forEach((p, i) => {
    ref(`people[${i}].speaksFor`, 'actors', p.speaksFor);
    p.affiliations.forEach((af, j) => ref(`people[${i}].affiliations[${j}].actor`, 'actors', af.actor));
  });
  data.sessions.forEach((s, i) => {
    ref(`sessions[${i}].section`, 'sections', s.section);
    s.speakers.forEach((id, j) => ref(`sessions[${i}].speakers[${j}]`, 'people', id));
    s.actors.forEach((id, j) => ref(`sessions[${i}].actors[${j}]`, 'actors', id));
    s.places.forEach((id, j) => ref(`sessions[${i}].places[${j}]`, 'places', id));
    s.themes.forEach((id, j) => ref(`sessions[${i}].themes[${j}]`, 'themes', id));
    if (s.speakers.length === 0 && !s.speakerNote) {
      report(`sessions[${i}].speakerNote`, 'a session with no named speaker needs a speakerNote saying so');
    }
    if (s.notes !== undefined && !hasNote(s.notes)) report(`sessions[${i}].notes`, `note file "${s.notes}" is missing`);
  });
  const triples = new Map<string, number>();
  data.relations.forEach((r, i) => {
    term(`relations[${i}].kind`, 'relationKinds', r.kind);
    ref(`relations[${i}].from`, 'actors', r.from);
    ref(`relations[${i}].to`, 'actors', r.to);
    if (r.from === r.to) report(`relations[${i}].to`, `a relation cannot link "${r.from}" to itself`);
    const key = `${r.from}|${r.kind}|${r.to}`;
    const first = triples.get(key);
    if (first !== undefined) report(`relations[${i}]`, `same relation as relations[${first}] (${r.from} ${r.kind} ${r.to})`);
    else triples.set(key, i);
  });
  data.sections.forEach((sec, i) => {
    if (!data.sessions.some((s) => s.section === sec.id)) report(`sections[${i}]`, `section "${sec.id}" has no session`);
  });
  return problems;
}
