// A dataset's vocabulary: the actor kinds, scales and relation kinds its actors and relations may
// use. The workshop's lists are the built-in defaults; a dataset may declare its own (see
// VocabularySchema): declared actor and relation kinds extend the built-ins (the same id relabels a
// built-in one), declared scales replace the built-in seven. Pure: labels of built-in entries are
// looked up in the i18n tables by the views (src/vocabulary/labels.ts), so `label` is only set for
// what the dataset declares.
import {
  ACTOR_KINDS,
  RELATION_KINDS,
  SCALES,
  SYMMETRIC_RELATION_KINDS,
  type Localized,
  type Vocabulary,
} from './schema';

export interface VocabularyItem {
  readonly id: string;
  /** The dataset's label; undefined for a built-in entry the dataset does not relabel. */
  readonly label?: Localized;
  /** One of the app's built-in ids (its label is in the i18n tables, its look is fixed). */
  readonly builtIn: boolean;
}

export interface RelationKindItem extends VocabularyItem {
  readonly directed: boolean;
}

export interface ResolvedVocabulary {
  /** Built-in kinds first (in their fixed order), then the dataset's own, in declared order. */
  readonly actorKinds: readonly VocabularyItem[];
  /** Ordered from local (index 0, the centre ring) to global (the rim). */
  readonly scales: readonly VocabularyItem[];
  readonly relationKinds: readonly RelationKindItem[];
}

const builtInIds = {
  actorKinds: new Set<string>(ACTOR_KINDS),
  scales: new Set<string>(SCALES),
  relationKinds: new Set<string>(RELATION_KINDS),
};

export const isBuiltInActorKind = (id: string): boolean => builtInIds.actorKinds.has(id);
export const isBuiltInScale = (id: string): boolean => builtInIds.scales.has(id);
export const isBuiltInRelationKind = (id: string): boolean => builtInIds.relationKinds.has(id);

function extend<T extends VocabularyItem>(builtIns: readonly T[], declared: readonly T[]): T[] {
  const out = builtIns.map((b) => declared.find((d) => d.id === b.id) ?? b);
  const seen = new Set(out.map((item) => item.id));
  for (const d of declared) {
    if (!seen.has(d.id)) {
      out.push(d);
      seen.add(d.id);
    }
  }
  return out;
}

/** The vocabulary a dataset's actors and relations are checked against and drawn with. */
export function resolveVocabulary(raw: Vocabulary | undefined): ResolvedVocabulary {
  const symmetric = new Set<string>(SYMMETRIC_RELATION_KINDS);
  const actorKinds = extend<VocabularyItem>(
    ACTOR_KINDS.map((id) => ({ id, builtIn: true })),
    (raw?.actorKinds ?? []).map((k) => ({ id: k.id, label: k.label, builtIn: isBuiltInActorKind(k.id) })),
  );
  const relationKinds = extend<RelationKindItem>(
    RELATION_KINDS.map((id) => ({ id, builtIn: true, directed: !symmetric.has(id) })),
    (raw?.relationKinds ?? []).map((k) => ({
      id: k.id,
      label: k.label,
      directed: k.directed,
      builtIn: isBuiltInRelationKind(k.id),
    })),
  );
  const declaredScales = raw?.scales;
  const scales: VocabularyItem[] =
    declaredScales && declaredScales.length > 0
      ? declaredScales.map((s) => ({ id: s.id, label: s.label, builtIn: isBuiltInScale(s.id) }))
      : SCALES.map((id) => ({ id, builtIn: true }));
  return { actorKinds, scales, relationKinds };
}

/** Ids of a list, in its order. */
export const idsOf = (items: readonly VocabularyItem[]): string[] => items.map((item) => item.id);

/** Index of a scale from the centre (0 = most local), or -1 when the vocabulary does not have it. */
export const scaleIndex = (vocabulary: ResolvedVocabulary, scale: string): number =>
  vocabulary.scales.findIndex((s) => s.id === scale);

/** Whether a relation kind has a direction (from → to); unknown kinds are taken as directed. */
export const isDirected = (vocabulary: ResolvedVocabulary, kind: string): boolean =>
  vocabulary.relationKinds.find((k) => k.id === kind)?.directed ?? true;

/** The dataset's actor kinds that at least one actor uses, in vocabulary order. */
export function usedActorKinds(vocabulary: ResolvedVocabulary, kinds: Iterable<string>): VocabularyItem[] {
  const used = new Set(kinds);
  return vocabulary.actorKinds.filter((k) => used.has(k.id));
}
