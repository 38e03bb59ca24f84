// Kinds, scales and relation kinds named in a file: the built-in ones are found by id or by their
// French or English label ("Commune", "municipality", "Mondial"); others become declared ones.
import { ACTOR_KINDS, RELATION_KINDS, SCALES } from '../data/schema';
import { fr } from '../i18n/fr';
import { en } from '../i18n/en';
import { closest, distance } from 'fastest-levenshtein';
import { nameKey, slug } from './text';

type Lang = 'fr' | 'en';
type Label = { fr?: string; en?: string };
export interface Declared {
  readonly id: string;
  readonly label: Label;
}

const table = (ids: readonly string[], prefix: string) => {
  const byKey = new Map<string, string>();
  const labels: string[] = [];
  for (const id of ids) {
    const names = [id, (fr as Record<string, string>)[`${prefix}.${id}`], (en as Record<string, string>)[`${prefix}.${id}`]];
    for (const n of names) {
      if (!n) continue;
      byKey.set(nameKey(n), id);
      labels.push(n);
    }
  }
  return { byKey, labels };
};

const TABLES = {
  actorKinds: table(ACTOR_KINDS, 'kind'),
  scales: table(SCALES, 'scale'),
  relationKinds: table(RELATION_KINDS, 'relation'),
};
export type VocabularyList = keyof typeof TABLES;

/** Used when a row leaves its kind, scale or relation kind empty: said, not guessed. */
export const UNSPECIFIED: Record<VocabularyList, Declared> = {
  actorKinds: { id: 'unspecified', label: { fr: 'type non précisé', en: 'kind not given' } },
  scales: { id: 'unspecified', label: { fr: 'Échelle non précisée', en: 'Scale not given' } },
  relationKinds: { id: 'linked-to', label: { fr: 'lié à', en: 'linked to' } },
};


export type Resolved = { id: string; builtIn: boolean; near?: string };

/** Collects the values of one list met in a file, in order of first appearance. */
export function createVocabularyCollector(list: VocabularyList) {
  const { byKey, labels } = TABLES[list];
  const declared = new Map<string, Declared>();
  const builtIns = new Set<string>();
  return {
    resolve(value: string, lang: Lang): Resolved {
      const text = value.trim();
      if (text === '') {
        declared.set(UNSPECIFIED[list].id, UNSPECIFIED[list]);
        return { id: UNSPECIFIED[list].id, builtIn: false };
      }
      const builtIn = byKey.get(nameKey(text));
      if (builtIn) {
        builtIns.add(builtIn);
        return { id: builtIn, builtIn: true };
      }
      const id = slug(text);
      if (!declared.has(id)) declared.set(id, { id, label: { [lang]: text } });
      // A near miss of a built-in name is most likely a typo ("Assocation"); say so.
      return { id, builtIn: false, near: nearMiss(text, labels) };
    },
    declared: (): Declared[] => [...declared.values()],
    builtInsUsed: (): string[] => [...builtIns],
  };
}

/** Declared scales replace the built-in order: built-ins in their order, then the file's own. */
export function scaleVocabulary(builtInsUsed: readonly string[], declared: readonly Declared[]): Declared[] | undefined {
  if (declared.length === 0) return undefined;
  const builtIn = SCALES.filter((s) => builtInsUsed.includes(s)).map((id) => ({
    id,
    label: { fr: fr[`scale.${id}`], en: en[`scale.${id}`] },
  }));
  return [...builtIn, ...declared];
}

/** A built-in name one or two letters away from a long enough word ("Assocation"), if any. */
function nearMiss(text: string, labels: readonly string[]): string | undefined {
  if (text.length < 6 || labels.length === 0) return undefined;
  const key = nameKey(text);
  const keys = labels.map(nameKey);
  const best = closest(key, keys);
  const limit = key.length >= 12 ? 2 : 1;
  return distance(key, best) <= limit ? labels[keys.indexOf(best)] : undefined;
}
