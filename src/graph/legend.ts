// The legend: exactly the kinds of node present (swatch of colour and shape, and the name), then
// the link families present, the dashes of unsourced links, and how to read the rings.
import type { ActorKind } from '../data/schema';
import type { Translate } from '../i18n/t';
import { el, replaceChildren } from '../ui/dom';
import type { GraphModel } from './model';
import { FAMILY_STYLES, KIND_STYLES, PERSON_STYLE, SESSION_STYLE, shapePath, UNSOURCED_DASH, type LinkFamily, type NodeStyle } from './style';

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
  readonly kinds: readonly ActorKind[];
  readonly people: boolean;
  readonly sessions: boolean;
  readonly families: readonly LinkFamily[];
  readonly unsourced: boolean;
  readonly rings: boolean;
}

/** What the legend lists, in a stable order, from what the model holds. */
export function legendContent(model: GraphModel, rings: boolean): LegendContent {
  const kinds = new Set(model.nodes.flatMap((n) => (n.kind ? [n.kind] : [])));
  const families = new Set(model.links.map((l) => l.family));
  return {
    kinds: (Object.keys(KIND_STYLES) as ActorKind[]).filter((k) => kinds.has(k)),
    people: model.nodes.some((n) => n.type === 'person'),
    sessions: model.nodes.some((n) => n.type === 'session'),
    families: (Object.keys(FAMILY_STYLES) as LinkFamily[]).filter((f) => families.has(f)),
    unsourced: model.links.some((l) => l.unsourced),
    rings,
  };
}

export function renderLegend(root: HTMLElement, content: LegendContent, t: Translate): void {
  const item = (sw: SVGSVGElement, text: string) => el('li', {}, sw, el('span', {}, text));
  const kinds = el(
    'ul',
    { class: 'legend-list', 'aria-label': t('graph.legend.nodes') },
    ...content.kinds.map((k) => item(swatch(KIND_STYLES[k]), t(`kind.${k}`))),
    content.people && item(swatch(PERSON_STYLE), t('graph.person')),
    content.sessions && item(swatch(SESSION_STYLE), t('graph.session')),
  );
  const links = el(
    'ul',
    { class: 'legend-list', 'aria-label': t('graph.legend.links') },
    ...content.families.map((f) => {
      const style = FAMILY_STYLES[f];
      const arrow = f === 'belonging' || f === 'action' || f === 'opposition';
      return item(lineSwatch(style.stroke, style.width, null, arrow), t(`graph.family.${f}`));
    }),
    content.unsourced && item(lineSwatch('#3d4a5c', 2, UNSOURCED_DASH, false), t('graph.unsourced')),
  );
  replaceChildren(root, kinds, links, content.rings && el('p', { class: 'visually-hidden' }, t('graph.legend.rings')));
}
