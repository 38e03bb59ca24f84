// The legend: exactly the kinds of node present (swatch of colour and shape, and the name), then
// the link families present, the dashes of unsourced links, and how to read the rings.
import type { ResolvedVocabulary } from '../data/vocabulary';
import type { Language, Translate } from '../i18n/t';
import { el, replaceChildren, type Child } from '../ui/dom';
import { pickedNode } from '../ui/localized';
import { actorKindLabel, relationKindLabel } from '../vocabulary/labels';
import {
  FAMILY_STYLES,
  kindDisplayOrder,
  PERSON_STYLE,
  RELATION_FAMILIES,
  SESSION_STYLE,
  shapePath,
  UNSOURCED_DASH,
  visualVocabulary,
  type LinkFamily,
  type NodeStyle,
} from '../vocabulary/visual';
import type { GraphModel } from './model';

const NS = 'http://www.w3.org/2000/svg';

function swatch(style: NodeStyle): SVGSVGElement {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('class', 'legend-swatch');
  s.setAttribute('viewBox', '-12 -12 24 24');
  s.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', shapePath(style.shape, 8));
  path.setAttribute('fill', style.fill);
  path.setAttribute('class', 'graph-shape');
  s.append(path);
  return s;
}

function lineSwatch(stroke: string, width: number, dash: string | null, arrow: boolean): SVGSVGElement {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('class', 'legend-swatch legend-line');
  s.setAttribute('viewBox', '0 -6 34 12');
  s.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(NS, 'line');
  for (const [k, v] of Object.entries({ x1: 1, y1: 0, x2: arrow ? 25 : 33, y2: 0, stroke, 'stroke-width': width })) line.setAttribute(k, String(v));
  if (dash) line.setAttribute('stroke-dasharray', dash);
  s.append(line);
  if (arrow) {
    const head = document.createElementNS(NS, 'path');
    head.setAttribute('d', 'M24,-5L34,0L24,5Z');
    head.setAttribute('fill', stroke);
    s.append(head);
  }
  return s;
}

export interface LegendContent {
  /** Actor kinds on screen, in the vocabulary's order (built-ins first, then the dataset's own). */
  readonly kinds: readonly string[];
  readonly people: boolean;
  readonly sessions: boolean;
  readonly families: readonly LinkFamily[];
  /** Families with at least one directed link on screen (drawn with an arrow). */
  readonly directedFamilies: readonly LinkFamily[];
  /** The dataset's own relation kinds on screen (family `other`), each listed by its label. */
  readonly otherRelationKinds: readonly { readonly id: string; readonly directed: boolean }[];
  readonly unsourced: boolean;
  readonly rings: boolean;
}

/** What legendContent reads of a node and of a link. */
export type LegendNode = Pick<GraphModel['nodes'][number], 'kind' | 'type'>;
export type LegendLink = Pick<GraphModel['links'][number], 'family' | 'directed' | 'kind' | 'unsourced'>;

/** What the legend lists, in a stable order, from what the model holds (or, before a large
 * graph's model is made, what it will hold: legendAhead.ts). */
export function legendContent(
  model: { readonly nodes: Iterable<LegendNode>; readonly links: Iterable<LegendLink> },
  rings: boolean,
  vocabulary: ResolvedVocabulary,
): LegendContent {
  // One pass over the nodes and one over the links (a large graph has tens of thousands).
  const kinds = new Set<string>();
  let people = false;
  let sessions = false;
  for (const n of model.nodes) {
    if (n.kind) kinds.add(n.kind);
    people ||= n.type === 'person';
    sessions ||= n.type === 'session';
  }
  const families = new Set<LinkFamily>();
  const directed = new Set<LinkFamily>();
  const otherKinds = new Set<string>();
  let unsourced = false;
  for (const l of model.links) {
    families.add(l.family);
    if (l.directed) directed.add(l.family);
    if (l.family === 'other') otherKinds.add(l.kind);
    unsourced ||= l.unsourced;
  }
  return {
    kinds: kindDisplayOrder(vocabulary).filter((k) => kinds.has(k)),
    people,
    sessions,
    families: (Object.keys(FAMILY_STYLES) as LinkFamily[]).filter((f) => families.has(f)),
    directedFamilies: RELATION_FAMILIES.filter((f) => directed.has(f)),
    otherRelationKinds: vocabulary.relationKinds.filter((k) => otherKinds.has(k.id)).map((k) => ({ id: k.id, directed: k.directed })),
    unsourced,
    rings,
  };
}

export function renderLegend(root: HTMLElement, content: LegendContent, t: Translate, vocabulary: ResolvedVocabulary, lang: Language): void {
  const item = (sw: SVGSVGElement, text: Child, kind?: string) => el('li', { 'data-kind': kind }, sw, el('span', {}, text));
  const visual = visualVocabulary(vocabulary);
  const kindName = (k: string) => pickedNode(actorKindLabel(vocabulary, k, lang));
  const kinds = el(
    'ul',
    { class: 'legend-list', 'aria-label': t('graph.legend.nodes') },
    ...content.kinds.map((k) => item(swatch(visual.kindStyle(k)), kindName(k), k)),
    content.people && item(swatch(PERSON_STYLE), t('graph.person'), PERSON_KIND),
    content.sessions && item(swatch(SESSION_STYLE), t('graph.session'), SESSION_KIND),
  );
  const links = el(
    'ul',
    { class: 'legend-list', 'aria-label': t('graph.legend.links') },
    ...content.families.flatMap((f) => {
      const style = FAMILY_STYLES[f];
      if (f === 'other') {
        return content.otherRelationKinds.map((k) =>
          item(lineSwatch(style.stroke, style.width, null, k.directed), pickedNode(relationKindLabel(vocabulary, k.id, lang))),
        );
      }
      const arrow = content.directedFamilies.includes(f);
      return item(lineSwatch(style.stroke, style.width, null, arrow), t(`graph.family.${f}`));
    }),
    content.unsourced && item(lineSwatch('#3d4a5c', 2, UNSOURCED_DASH, false), t('graph.unsourced')),
  );
  replaceChildren(root, kinds, links, content.rings && el('p', { class: 'visually-hidden' }, t('graph.legend.rings')));
}

/** What a legend item of speakers or sessions carries as its `data-kind` (actor kinds carry theirs). */
export const PERSON_KIND = ':person';
export const SESSION_KIND = ':session';

/** The legend kinds of the nodes in `ids` (an actor's kind, or the speaker or session item). */
export function kindsOf(model: GraphModel, ids: Iterable<string>): Set<string> {
  const kinds = new Set<string>();
  for (const id of ids) {
    const n = model.nodeById.get(id);
    if (!n) continue;
    if (n.type === 'person') kinds.add(PERSON_KIND);
    else if (n.type === 'session') kinds.add(SESSION_KIND);
    else if (n.kind) kinds.add(n.kind);
  }
  return kinds;
}
