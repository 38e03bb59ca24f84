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

/**
 * Collects the values of one list met in a file, in order of first appearance. `preset` is the
 * file's own vocabulary table, if any: its entries come first, in its order, and a value naming one
 * (by id, or by a label no other entry has) is that entry.
 */
export function createVocabularyCollector(list: VocabularyList, preset: readonly Declared[] = []) {
  const { byKey, labels } = TABLES[list];
  const declared = new Map<string, Declared>(preset.map((d) => [d.id, d]));
  const presetByKey = new Map<string, string>();
  for (const d of preset) presetByKey.set(nameKey(d.id), d.id);
  const labelCount = new Map<string, number>();
  for (const d of preset)
    for (const l of new Set([d.label.fr, d.label.en].filter((x) => x !== undefined).map(nameKey))) labelCount.set(l, (labelCount.get(l) ?? 0) + 1);
  for (const d of preset) {
    for (const l of [d.label.fr, d.label.en]) {
      const key = l === undefined ? '' : nameKey(l);
      if (key !== '' && labelCount.get(key) === 1 && !presetByKey.has(key)) presetByKey.set(key, d.id);
    }
  }
  const builtInIds = new Set(Object.values(Object.fromEntries(byKey)));
  const builtIns = new Set<string>();
  return {
    resolve(value: string, lang: Lang): Resolved {
      const text = value.trim();
      const own = declared.has(text) ? text : presetByKey.get(nameKey(text));
      if (own !== undefined && text !== '') return { id: own, builtIn: builtInIds.has(own) };
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

/**
 * Declared scales replace the built-in order: built-ins in their order, then the file's own. With
 * the file's own scale list (`ordered`), its order stands, and scales met only in rows follow it.
 */
export function scaleVocabulary(builtInsUsed: readonly string[], declared: readonly Declared[], ordered = false): Declared[] | undefined {
  if (declared.length === 0) return undefined;
  if (ordered) {
    const own = new Set(declared.map((d) => d.id));
    const extra = SCALES.filter((s) => builtInsUsed.includes(s) && !own.has(s)).map((id) => ({ id, label: { fr: fr[`scale.${id}`], en: en[`scale.${id}`] } }));
    return [...declared, ...extra];
  }
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
