// The words for a dataset's kinds, scales and relation kinds in the language shown: the dataset's
// own label when it declares one (in one language or both), else the app's built-in word.
import type { ResolvedVocabulary, VocabularyItem } from '../data/vocabulary';
import { pickText, type PickedText } from '../data/text';
import { translator, type Language, type MessageKey } from '../i18n/t';

type List = 'actorKinds' | 'scales' | 'relationKinds';

const PREFIX: Record<List, string> = { actorKinds: 'kind', scales: 'scale', relationKinds: 'relation' };

function labelOf(list: List, item: VocabularyItem | undefined, id: string, lang: Language): PickedText {
  if (item?.label) return pickText(item.label, lang);
  if (item?.builtIn) return { text: translator(lang)(`${PREFIX[list]}.${id}` as MessageKey), lang, fallback: false };
  // Not in the vocabulary (the integrity check prevents it in a loaded dataset): show the id.
  return { text: id, lang, fallback: false };
}

const find = (items: readonly VocabularyItem[], id: string) => items.find((item) => item.id === id);

export const actorKindLabel = (v: ResolvedVocabulary, id: string, lang: Language): PickedText => labelOf('actorKinds', find(v.actorKinds, id), id, lang);

export const scaleLabel = (v: ResolvedVocabulary, id: string, lang: Language): PickedText => labelOf('scales', find(v.scales, id), id, lang);

export const relationKindLabel = (v: ResolvedVocabulary, id: string, lang: Language): PickedText =>
  labelOf('relationKinds', find(v.relationKinds, id), id, lang);

/** The relation read from its target ("a pour membre"): the app's words for a built-in kind; for a
 * declared kind, its label after an arrow pointing back ("← label"), or the label itself when the
 * kind reads the same both ways. */
export function relationInverseLabel(v: ResolvedVocabulary, id: string, lang: Language): PickedText {
  const item = v.relationKinds.find((k) => k.id === id);
  if (item?.builtIn && !item.label) return { text: translator(lang)(`relationInverse.${id}` as MessageKey), lang, fallback: false };
  const label = relationKindLabel(v, id, lang);
  return item && !item.directed ? label : { ...label, text: `← ${label.text}` };
}
