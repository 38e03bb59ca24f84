// Full-text search over actors, people, places, sessions and themes, case- and accent-insensitive,
// with prefix and light fuzzy matching. MiniSearch does the indexing; this module says what to index.
import MiniSearch from 'minisearch';
import type { Dataset } from './dataset';
import type { Localized } from './schema';
import type { Language } from '../i18n/t';
import { pickText, type TextLanguage } from './text';

export type SearchKind = 'actor' | 'person' | 'place' | 'session' | 'theme';

export interface SearchResult {
  readonly kind: SearchKind;
  readonly id: string;
  readonly label: string;
  /** Set when the label is in the other language than the one asked for (mark it with `lang`). */
  readonly labelLang?: TextLanguage;
}

interface Doc {
  readonly key: string;
  readonly kind: SearchKind;
  readonly id: string;
  readonly name: string;
  readonly alias: string;
  readonly context: string;
  readonly label: Localized;
}

/** Lower case, no accents, apostrophes as spaces: "Cités" and "cites" are one word. */
export const normalize = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const both = (l: Localized): string => [...new Set([l.fr, l.en].filter((v): v is string => v !== undefined))].join(' ');

function documents(d: Dataset): Doc[] {
  const placeName = (id: string | null) => (id ? both(d.placeById.get(id)?.name ?? { fr: '', en: '' }) : '');
  return [
    ...d.actors.map((a) => ({
      key: `actor:${a.id}`,
      kind: 'actor' as const,
      id: a.id,
      name: both(a.name),
      alias: a.shortName === undefined ? '' : typeof a.shortName === 'string' ? a.shortName : both(a.shortName),
      context: `${placeName(a.place)} ${a.address ?? ''}`,
      label: a.name,
    })),
    ...d.people.map((p) => ({
      key: `person:${p.id}`,
      kind: 'person' as const,
      id: p.id,
      name: p.name,
      alias: '',
      context: '',
      label: { fr: p.name, en: p.name },
    })),
    ...d.places.map((p) => ({
      key: `place:${p.id}`,
      kind: 'place' as const,
      id: p.id,
      name: both(p.name),
      alias: '',
      context: p.country ?? '',
      label: p.name,
    })),
    ...d.sessions.map((s) => ({
      key: `session:${s.id}`,
      kind: 'session' as const,
      id: s.id,
      name: both(s.title),
      alias: '',
      context: s.speakers.map((id) => d.personById.get(id)?.name ?? '').join(' '),
      label: s.title,
    })),
    ...d.themes.map((t) => ({
      key: `theme:${t.id}`,
      kind: 'theme' as const,
      id: t.id,
      name: both(t.label),
      alias: '',
      context: '',
      label: t.label,
    })),
  ];
}

export function createSearchIndex(d: Dataset) {
  const docs = documents(d);
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['name', 'alias', 'context'],
    tokenize: (text) => normalize(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    processTerm: (term) => {
      const t = normalize(term);
      return t.length > 1 ? t : null;
    },
    searchOptions: { boost: { name: 3, alias: 2 }, prefix: true, fuzzy: (term) => (term.length > 6 ? 0.2 : false), combineWith: 'AND' },
  });
  index.addAll(docs);
  return {
    search(query: string, lang: Language, limit = 12): SearchResult[] {
      if (normalize(query).trim().length < 2) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((hit) => {
          const doc = byKey.get(String(hit.id));
          if (!doc) return [];
          const label = pickText(doc.label, lang);
          return [{ kind: doc.kind, id: doc.id, label: label.text, ...(label.fallback ? { labelLang: label.lang } : {}) }];
        });
    },
  };
}

/** What createSearchIndex gives: a search over one dataset. */
export type SearchIndex = ReturnType<typeof createSearchIndex>;
