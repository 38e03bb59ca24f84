// The map's colours, shared by the style (in the lazily loaded map chunk) and the legend (in the
// page's first chunk): kept apart so the legend does not pull the style builders into the page.
import type { RelationKind } from '../data/schema';

/** Okabe–Ito, the colour-blind-safe palette, one colour per family of relations. Unsourced
 * relations are dashed, so colour is never the only thing that tells them apart. */
export const RELATION_COLOURS: Readonly<Record<RelationKind, string>> = {
  'member-of': '#0072B2', // blue: belonging to a network
  'founding-member-of': '#0072B2',
  'part-of': '#56B4E9', // sky blue: structure
  'located-in': '#56B4E9',
  'works-with': '#009E73', // bluish green: working together
  'partner-of': '#009E73',
  'twinned-with': '#D55E00', // vermillion: twinning, the local-to-South link
  runs: '#CC79A7', // reddish purple: campaigns
  'acts-in': '#CC79A7',
  supports: '#E69F00', // orange: support and opposition, movements
  'opposes-with': '#E69F00',
};

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
};
