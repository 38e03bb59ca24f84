// How the graph encodes meaning: kind → colour + shape (never colour alone), relation kind →
// family → stroke, direction → arrow, unsourced → dashes. Colours are Okabe–Ito, which stay
// distinct for the common colour-vision deficiencies; the shape carries the kind within a colour.
import type { ActorKind, RelationKind } from '../data/schema';
import { SYMMETRIC_RELATION_KINDS } from '../data/schema';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

export type ShapeName = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'hexagon' | 'cross';

export interface NodeStyle {
  readonly fill: string;
  readonly shape: ShapeName;
}

/** Local authorities are blue, civil society orange/vermillion, networks purple. */
export const KIND_STYLES: Readonly<Record<ActorKind, NodeStyle>> = {
  municipality: { fill: OKABE_ITO.blue, shape: 'circle' },
  'intercommunal-body': { fill: OKABE_ITO.blue, shape: 'square' },
  departement: { fill: OKABE_ITO.blue, shape: 'diamond' },
  region: { fill: OKABE_ITO.blue, shape: 'triangle' },
  'local-authorities': { fill: OKABE_ITO.skyBlue, shape: 'hexagon' },
  university: { fill: OKABE_ITO.green, shape: 'square' },
  association: { fill: OKABE_ITO.orange, shape: 'circle' },
  movement: { fill: OKABE_ITO.orange, shape: 'triangle' },
  'campaign-network': { fill: OKABE_ITO.vermillion, shape: 'diamond' },
  campaign: { fill: OKABE_ITO.vermillion, shape: 'star' },
  'network-of-local-authorities': { fill: OKABE_ITO.purple, shape: 'square' },
  'world-organisation': { fill: OKABE_ITO.purple, shape: 'star' },
};

/** Speakers and sessions, when shown, are neutral so that actors keep the colour. */
export const PERSON_STYLE: NodeStyle = { fill: OKABE_ITO.yellow, shape: 'cross' };
export const SESSION_STYLE: NodeStyle = { fill: '#ffffff', shape: 'square' };

export type LinkFamily = 'belonging' | 'cooperation' | 'action' | 'opposition' | 'speaker' | 'presents';

export const RELATION_FAMILY: Readonly<Record<RelationKind, LinkFamily>> = {
  'member-of': 'belonging',
  'founding-member-of': 'belonging',
  'part-of': 'belonging',
  'located-in': 'belonging',
  'works-with': 'cooperation',
  'partner-of': 'cooperation',
  'twinned-with': 'cooperation',
  runs: 'action',
  'acts-in': 'action',
  supports: 'action',
  'opposes-with': 'opposition',
};

export interface LinkStyle {
  readonly stroke: string;
  readonly width: number;
}

export const FAMILY_STYLES: Readonly<Record<LinkFamily, LinkStyle>> = {
  belonging: { stroke: '#3d4a5c', width: 2 },
  cooperation: { stroke: OKABE_ITO.blue, width: 3 },
  action: { stroke: OKABE_ITO.vermillion, width: 2.5 },
  opposition: { stroke: OKABE_ITO.purple, width: 3 },
  speaker: { stroke: '#8a8578', width: 1.5 },
  presents: { stroke: '#b8b2a6', width: 1.5 },
};

/** A founding membership weighs more than a membership. */
export const linkWidth = (kind: string, family: LinkFamily): number =>
  FAMILY_STYLES[family].width + (kind === 'founding-member-of' ? 1.5 : 0);

export const isSymmetric = (kind: RelationKind): boolean => SYMMETRIC_RELATION_KINDS.includes(kind);

export const UNSOURCED_DASH = '7 5';

/** Node radius in px from its degree: area grows with the number of relations. */
export function nodeRadius(degree: number, maxDegree: number, scale = 1): number {
  const min = 8;
  const max = 17;
  const t = maxDegree > 0 ? Math.sqrt(degree / maxDegree) : 0;
  return (min + (max - min) * t) * scale;
}

/** SVG path data of a shape of radius r centred on 0,0, with roughly equal visual weight. */
export function shapePath(shape: ShapeName, r: number): string {
  const poly = (points: readonly (readonly [number, number])[]) =>
    `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
  const regular = (n: number, radius: number, phase: number) =>
    Array.from({ length: n }, (_, i) => {
      const a = phase + (i * 2 * Math.PI) / n;
      return [radius * Math.cos(a), radius * Math.sin(a)] as const;
    });
  switch (shape) {
    case 'circle':
      return `M${round(r)},0A${round(r)},${round(r)} 0 1,1 ${round(-r)},0A${round(r)},${round(r)} 0 1,1 ${round(r)},0Z`;
    case 'square': {
      const s = r * 0.89;
      return poly([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'diamond':
      return poly(regular(4, r * 1.2, -Math.PI / 2));
    case 'triangle':
      return poly(regular(3, r * 1.3, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2] as const));
    case 'hexagon':
      return poly(regular(6, r * 1.08, 0));
    case 'star': {
      const outer = regular(5, r * 1.35, -Math.PI / 2);
      const inner = regular(5, r * 0.6, -Math.PI / 2 + Math.PI / 5);
      return poly(outer.flatMap((p, i) => [p, inner[i] ?? p]));
    }
    case 'cross': {
      const a = r * 0.38;
      const b = r;
      return poly([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
