// The words on and behind each node: a short visible label, and an accessible name that says
// what the node is ("Cités Unies France, réseau de collectivités, national").
import type { Dataset } from '../data/dataset';
import { sessionNumber } from '../data/select';
import { pickShortName, pickText, type TextLanguage } from '../data/text';
import { localize, translator, type Language } from '../i18n/t';
import { actorKindLabel, scaleLabel } from '../vocabulary/labels';
import type { GraphNode } from './model';

export interface NodeText {
  readonly label: string;
  readonly name: string;
  /** The language of the visible label when it is not the page's (a fallback): mark it with `lang`. */
  readonly labelLang?: TextLanguage;
}

export function nodeText(d: Dataset, node: GraphNode, lang: Language): NodeText {
  return { ...nodeLabel(d, node, lang), name: nodeName(d, node, lang) };
}

/** The visible label alone (a large graph works out the labels of the nodes it labels on screen,
 * and the accessible names of the few it lists). */
export function nodeLabel(d: Dataset, node: GraphNode, lang: Language): Omit<NodeText, 'name'> {
  if (node.type === 'actor') {
    const actor = d.actorById.get(node.ref);
    if (!actor) return { label: node.ref };
    const picked = pickText(actor.name, lang);
    const short = pickShortName(actor.shortName, lang);
    const shown = short ?? picked;
    return { label: short?.text ?? withoutAside(picked.text), ...(shown.fallback ? { labelLang: shown.lang } : {}) };
  }
  if (node.type === 'person') {
    const person = d.personById.get(node.ref);
    return { label: person ? person.name : node.ref };
  }
  const t = translator(lang);
  const session = d.sessionById.get(node.ref);
  const n = sessionNumber(d, node.ref);
  const pickedTitle = session ? pickText(session.title, lang) : null;
  const title = pickedTitle?.text ?? node.ref;
  const actors = (session?.actors ?? []).flatMap((id) => {
    const a = d.actorById.get(id);
    const short = a ? pickShortName(a.shortName, lang) : undefined;
    return a ? [withoutAside(localize(a.name, lang)), ...(short ? [short.text] : [])] : [];
  });
  return {
    label: t('graph.node.session', { n, title: shortTitle(title, actors) }),
    ...(pickedTitle?.fallback ? { labelLang: pickedTitle.lang } : {}),
  };
}

/** The accessible name: what the node is ("Cités Unies France, réseau de collectivités, national"). */
export function nodeName(d: Dataset, node: GraphNode, lang: Language): string {
  const t = translator(lang);
  if (node.type === 'actor') {
    const actor = d.actorById.get(node.ref);
    if (!actor) return node.ref;
    const v = d.resolvedVocabulary;
    return t('graph.node.actorName', {
      name: pickText(actor.name, lang).text,
      kind: actorKindLabel(v, actor.kind, lang).text,
      scale: scaleLabel(v, actor.scale, lang).text.toLocaleLowerCase(lang),
    });
  }
  if (node.type === 'person') {
    const person = d.personById.get(node.ref);
    if (!person) return node.ref;
    const actor = d.actorById.get(person.speaksFor);
    return t('graph.node.personName', { name: person.name, actor: actor ? localize(actor.name, lang) : person.speaksFor });
  }
  const session = d.sessionById.get(node.ref);
  const title = session ? pickText(session.title, lang).text : node.ref;
  return t('graph.node.sessionName', { n: sessionNumber(d, node.ref), title });
}

/** Longest short title a session's label gets, in characters. */
const SHORT_TITLE = 22;
/** Small words a short title does not end on. */
const TRAILING = /\s+(?:de|des|du|la|le|les|l'|d'|et|en|à|au|aux|dans|pour|sur|contre|the|of|and|in|for|on|a|an|to)$/i;

/** A session's title in a few words, so its node says what it is about ("AMAP", "Cités Unies
 * France"): the short side of a "Name : subtitle" title, else the name of one of its actors that
 * the title mentions, else its first words. */
export function shortTitle(title: string, actorNames: readonly string[] = []): string {
  const parts = title
    .split(/\s*:\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1) {
    const shortest = [...parts].sort((a, b) => a.length - b.length)[0]!;
    if (shortest.length <= SHORT_TITLE) return shortest;
  }
  const mentioned = actorNames.filter((name) => name.length <= SHORT_TITLE && title.includes(name)).sort((a, b) => b.length - a.length)[0];
  if (mentioned) return mentioned;
  const words = title.split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > SHORT_TITLE && out) break;
    out = next;
  }
  let trimmed = out;
  while (TRAILING.test(trimmed)) trimmed = trimmed.replace(TRAILING, '');
  return trimmed.length < title.length ? `${trimmed}…` : trimmed;
}

/** "Cités Unies Belgique (United Cities Belgium)" → "Cités Unies Belgique": labels stay short; the
 * accessible name and the details keep the whole name. */
export const withoutAside = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '') || name;

/** Label font size in px for a view of this size: 14px in a laptop's shared view, up to 22px in
 * a big or full-screen view, so that the back of the room can read it. */
export function labelFontSize(width: number, height: number): number {
  return Math.round(Math.max(14, Math.min(22, width / 38, height / 26)));
}

/** Label size on a projector: at least 28px on a 1920×1080 screen, at least 24px on a 1280×720
 * one (the back of the room reads no less), in proportion below that. */
export function projectorFontSize(screenWidth: number, screenHeight: number): number {
  const full = 28 * Math.min(1, screenWidth / 1920, screenHeight / 1080);
  const small = 24 * Math.min(1, screenWidth / 1280, screenHeight / 720);
  return Math.round(Math.max(14, full, small));
}
