// The one visual vocabulary every view reads (graph, map, legends, exports): actor kind → colour +
// shape (never colour alone), relation kind → family → stroke, direction → arrow, unsourced →
// dashes. Colours are Okabe–Ito, which stay distinct for the common colour-vision deficiencies; the
// shape carries the kind within a colour.
//
// The workshop's built-in kinds have a fixed look. Kinds a dataset declares get a colour and a shape
// assigned from the order of its declared kinds, so the same dataset always looks the same: pairs
// go round the colours and the shapes together (every step changes both), never reuse a built-in
// kind's pair, and only repeat once every colour × shape pair has been given.
import type { ResolvedVocabulary } from '../data/vocabulary';
import type { BuiltInActorKind, BuiltInRelationKind } from '../data/schema';

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

export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'star', 'hexagon', 'cross', 'pentagon', 'triangle-down'] as const;
export type ShapeName = (typeof SHAPES)[number];

export interface NodeStyle {
  readonly fill: string;
  readonly shape: ShapeName;
}

/** Local authorities are blue, civil society orange/vermillion, networks purple. */
export const BUILT_IN_KIND_STYLES: Readonly<Record<BuiltInActorKind, NodeStyle>> = {
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

/** The order kinds are listed in (legends, filters): the built-ins grouped by colour as above, then
 * the dataset's own kinds in their declared order. */
export function kindDisplayOrder(vocabulary: ResolvedVocabulary): string[] {
  const declared = vocabulary.actorKinds.map((k) => k.id);
  const builtIns = Object.keys(BUILT_IN_KIND_STYLES).filter((k) => declared.includes(k));
  return [...builtIns, ...declared.filter((k) => !Object.hasOwn(BUILT_IN_KIND_STYLES, k))];
}

/** Speakers and sessions, when shown, are neutral so that actors keep the colour. */
export const PERSON_STYLE: NodeStyle = { fill: OKABE_ITO.yellow, shape: 'cross' };
export const SESSION_STYLE: NodeStyle = { fill: '#ffffff', shape: 'square' };

/** Families of links. `other` holds the relation kinds a dataset declares. */
export const LINK_FAMILIES = ['belonging', 'cooperation', 'action', 'opposition', 'other', 'speaker', 'presents'] as const;
export type LinkFamily = (typeof LINK_FAMILIES)[number];

export const BUILT_IN_RELATION_FAMILY: Readonly<Record<BuiltInRelationKind, LinkFamily>> = {
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
  other: { stroke: OKABE_ITO.green, width: 2.5 },
  speaker: { stroke: '#8a8578', width: 1.5 },
  presents: { stroke: '#b8b2a6', width: 1.5 },
};

/** Families that relations between actors belong to, in legend order. */
export const RELATION_FAMILIES: readonly LinkFamily[] = ['belonging', 'cooperation', 'action', 'opposition', 'other'];

/** A founding membership weighs more than a membership. */
export const linkWidth = (kind: string, family: LinkFamily): number => FAMILY_STYLES[family].width + (kind === 'founding-member-of' ? 1.5 : 0);

/** Dashes of a link whose relation has no source: colour is never the only cue. */
export const UNSOURCED_DASH = '7 5';

const isBuiltInRelation = (kind: string): kind is BuiltInRelationKind => Object.hasOwn(BUILT_IN_RELATION_FAMILY, kind);

/** The family of a relation kind: its built-in family, or `other` for a kind the dataset declares. */
export const relationFamilyOf = (kind: string): LinkFamily => (isBuiltInRelation(kind) ? BUILT_IN_RELATION_FAMILY[kind] : 'other');

/** The stroke colour of a relation kind (its family's). */
export const relationStroke = (kind: string): string => FAMILY_STYLES[relationFamilyOf(kind)].stroke;

export interface RelationStyle extends LinkStyle {
  readonly family: LinkFamily;
  readonly directed: boolean;
}

export interface VisualVocabulary {
  /** Colour and shape of an actor kind (a kind outside the vocabulary gets a neutral grey circle). */
  kindStyle(kind: string): NodeStyle;
  /** Family, stroke and direction of a relation kind. */
  relationStyle(kind: string): RelationStyle;
}

const COLOUR_ORDER: readonly string[] = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.green,
  OKABE_ITO.yellow,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.black,
];

const pairKey = (s: NodeStyle) => `${s.fill}/${s.shape}`;

/** Every colour × shape pair once, each step changing both colour and shape; the built-in kinds'
 * pairs and the speakers' pair left out. */
function assignablePairs(): NodeStyle[] {
  const taken = new Set([...Object.values(BUILT_IN_KIND_STYLES), PERSON_STYLE].map(pairKey));
  const pairs: NodeStyle[] = [];
  for (let round = 0; round < SHAPES.length; round++) {
    COLOUR_ORDER.forEach((fill, c) => {
      const pair = { fill, shape: SHAPES[(c + round) % SHAPES.length] ?? 'circle' };
      if (!taken.has(pairKey(pair))) pairs.push(pair);
    });
  }
  return pairs;
}

const PAIRS = assignablePairs();
const UNKNOWN_KIND_STYLE: NodeStyle = { fill: '#8a8578', shape: 'circle' };

/** Styles of the kinds a dataset declares beyond the built-ins, in their declared order. */
function assignKindStyles(kinds: readonly string[]): ReadonlyMap<string, NodeStyle> {
  return new Map(kinds.map((kind, i) => [kind, PAIRS[i % PAIRS.length] ?? UNKNOWN_KIND_STYLE]));
}

const isBuiltInKind = (kind: string): kind is BuiltInActorKind => Object.hasOwn(BUILT_IN_KIND_STYLES, kind);
const cache = new WeakMap<ResolvedVocabulary, VisualVocabulary>();

/** The look of a dataset's vocabulary; computed once per vocabulary. */
export function visualVocabulary(vocabulary: ResolvedVocabulary): VisualVocabulary {
  const cached = cache.get(vocabulary);
  if (cached) return cached;
  const assigned = assignKindStyles(vocabulary.actorKinds.filter((k) => !isBuiltInKind(k.id)).map((k) => k.id));
  const directed = new Map(vocabulary.relationKinds.map((k) => [k.id, k.directed]));
  const visual: VisualVocabulary = {
    kindStyle: (kind) => (isBuiltInKind(kind) ? BUILT_IN_KIND_STYLES[kind] : (assigned.get(kind) ?? UNKNOWN_KIND_STYLE)),
    relationStyle: (kind) => {
      const family = relationFamilyOf(kind);
      return { family, ...FAMILY_STYLES[family], width: linkWidth(kind, family), directed: directed.get(kind) ?? true };
    },
  };
  cache.set(vocabulary, visual);
  return visual;
}

/** SVG path data of a shape of radius r centred on 0,0, with roughly equal visual weight. */
export function shapePath(shape: ShapeName, r: number): string {
  const poly = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
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
      return poly([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'diamond':
      return poly(regular(4, r * 1.2, -Math.PI / 2));
    case 'triangle':
      return poly(regular(3, r * 1.3, -Math.PI / 2).map(([x, y]) => [x, y + r * 0.2] as const));
    case 'triangle-down':
      return poly(regular(3, r * 1.3, Math.PI / 2).map(([x, y]) => [x, y - r * 0.2] as const));
    case 'pentagon':
      return poly(regular(5, r * 1.12, -Math.PI / 2));
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
      return poly([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
