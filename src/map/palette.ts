// The map's colours, shared by the style (in the lazily loaded map chunk) and the legend (in the
// page's first chunk): kept apart so the legend does not pull the style builders into the page.
import { RELATION_KINDS, type BuiltInRelationKind, type RelationKind } from '../data/schema';
import { FAMILY_STYLES, relationFamilyOf, relationStroke, type LinkFamily } from '../vocabulary/visual';

/** The families of relations of the one visual vocabulary (src/vocabulary/visual.ts), so that an
 * arc on the map reads like the same link in the graph: belonging slate, cooperation blue, action
 * vermillion, opposition purple, the dataset's own kinds green (Okabe–Ito). Unsourced relations
 * are dashed in both, so colour is never the only cue. */
export const RELATION_COLOURS: Readonly<Record<BuiltInRelationKind, string>> = Object.fromEntries(
  RELATION_KINDS.map((kind) => [kind, relationStroke(kind)]),
) as Record<BuiltInRelationKind, string>;

/** The colour of the relation kinds a dataset declares (the `other` family). */
export const OTHER_RELATION_COLOUR = FAMILY_STYLES.other.stroke;

/** The family of a relation kind, as the graph's legend names it. */
export const relationFamily = (kind: RelationKind): LinkFamily => relationFamilyOf(kind);

/** A relation's colour on a palette: the dark palette lightens belonging, slate on a dark map. */
export const relationColour = (kind: RelationKind, palette: MapPalette): string =>
  relationFamilyOf(kind) === 'belonging' ? palette.belonging : relationStroke(kind);

export interface MapPalette {
  readonly water: string;
  readonly land: string;
  readonly coast: string;
  readonly border: string;
  readonly place: string;
  readonly placeEmpty: string;
  readonly placeDim: string;
  readonly placeStroke: string;
  readonly selected: string;
  readonly arcCasing: string;
  /** Arcs of the belonging family (member of, part of…). */
  readonly belonging: string;
}

/** Calm enough for print, with the contrast a projector needs. */
export const LIGHT_PALETTE: MapPalette = {
  water: '#dce6ec',
  land: '#f7f4ec',
  coast: '#9fb3c1',
  border: '#c9bfae',
  place: '#14213d',
  placeEmpty: '#ffffff',
  placeDim: '#a2abb5',
  placeStroke: '#ffffff',
  selected: '#b5179e',
  arcCasing: '#ffffff',
  belonging: FAMILY_STYLES.belonging.stroke,
};

/** For the dark projector theme: light places on a dark ground. */
export const DARK_PALETTE: MapPalette = {
  water: '#0d1b2a',
  land: '#1f2d3d',
  coast: '#3f5970',
  border: '#4a5d70',
  place: '#f2efe6',
  placeEmpty: '#1f2d3d',
  placeDim: '#5c6b7a',
  placeStroke: '#0d1b2a',
  selected: '#ff7ad9',
  arcCasing: '#0d1b2a',
  belonging: '#c9d3dd',
};
