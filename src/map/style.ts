// Pure: the map's colours and its MapLibre style. The embedded basemap is Natural Earth land and
// borders from one GeoJSON file of the site's own (public/basemap/), with no glyphs and no sprite,
// so the default map makes no request to another host. The overlay (arcs and places) goes on top
// of this basemap or of any online style.
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { RELATION_KINDS, type RelationKind } from '../data/schema';

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

export const SOURCE_BASEMAP = 'maillage-basemap';
export const SOURCE_PLACES = 'maillage-places';
export const SOURCE_ARCS = 'maillage-arcs';
export const LAYER_PLACES = 'maillage-places';
export const LAYER_PLACES_HIT = 'maillage-places-hit';
/** Every layer the overlay adds, bottom to top. */
export const OVERLAY_LAYERS = [
  'maillage-arcs-casing',
  'maillage-arcs',
  'maillage-arcs-unsourced',
  'maillage-selected-ring',
  LAYER_PLACES,
  LAYER_PLACES_HIT,
] as const;

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth';

const arcColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...RELATION_KINDS.flatMap((kind) => [kind, RELATION_COLOURS[kind]]),
  '#555555',
] as unknown as ExpressionSpecification;

/** Circle radius in pixels: grows with the square root of the actors seated, so area ∝ count. */
const placeRadius = (extra = 0): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  ['+', 4 + extra, ['*', 3, ['sqrt', ['get', 'actorCount']]]],
  6,
  ['+', 6 + extra, ['*', 4, ['sqrt', ['get', 'actorCount']]]],
];

/** The same radius in JavaScript, for placing names beside the circles. */
export function placeRadiusAt(zoom: number, actorCount: number, extra = 0): number {
  const k = Math.min(1, Math.max(0, (zoom - 2) / 4));
  const low = 4 + extra + 3 * Math.sqrt(actorCount);
  const high = 6 + extra + 4 * Math.sqrt(actorCount);
  return low + (high - low) * k;
}

const isTrue = (property: string): ExpressionSpecification => ['==', ['get', property], true];
const lit = (on: number, off: number): ExpressionSpecification => ['case', isTrue('lit'), on, off];

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface OverlayData {
  readonly places: FeatureCollection;
  readonly arcs: FeatureCollection;
}

/** The embedded, offline basemap: water, land, coasts and borders. */
export function basemapStyle(basemapUrl: string, palette: MapPalette = LIGHT_PALETTE): StyleSpecification {
  return {
    version: 8,
    name: 'Maillage — Natural Earth',
    sources: {
      [SOURCE_BASEMAP]: { type: 'geojson', data: basemapUrl, attribution: NATURAL_EARTH_ATTRIBUTION, tolerance: 0.5 },
    },
    layers: [
      { id: 'maillage-water', type: 'background', paint: { 'background-color': palette.water } },
      {
        id: 'maillage-land',
        type: 'fill',
        source: SOURCE_BASEMAP,
        filter: ['==', ['get', 'kind'], 'land'],
        paint: { 'fill-color': palette.land, 'fill-antialias': true },
      },
      {
        id: 'maillage-coast',
        type: 'line',
        source: SOURCE_BASEMAP,
        filter: ['==', ['get', 'kind'], 'land'],
        paint: { 'line-color': palette.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2] },
      },
      {
        id: 'maillage-borders',
        type: 'line',
        source: SOURCE_BASEMAP,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.4] },
      },
    ],
  };
}

/** The arcs and places, drawn on top of whatever basemap is below. */
export function overlayLayers(palette: MapPalette = LIGHT_PALETTE): LayerSpecification[] {
  const arcWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, lit(2.5, 1.5), 6, lit(4, 2)];
  const arcLayout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id: 'maillage-arcs-casing',
      type: 'line',
      source: SOURCE_ARCS,
      filter: ['all', isTrue('lit'), ['!', isTrue('unsourced')]],
      layout: arcLayout,
      paint: {
        'line-color': palette.arcCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 5, 6, 7],
        'line-opacity': 0.8,
      },
    },
    {
      id: 'maillage-arcs',
      type: 'line',
      source: SOURCE_ARCS,
      filter: ['!', isTrue('unsourced')],
      layout: arcLayout,
      paint: { 'line-color': arcColour, 'line-width': arcWidth, 'line-opacity': lit(0.95, 0.25) },
    },
    {
      id: 'maillage-arcs-unsourced',
      type: 'line',
      source: SOURCE_ARCS,
      filter: isTrue('unsourced'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': arcColour,
        'line-width': arcWidth,
        'line-opacity': lit(0.95, 0.25),
        'line-dasharray': ['literal', [2, 1.5]],
      },
    },
    {
      id: 'maillage-selected-ring',
      type: 'circle',
      source: SOURCE_PLACES,
      filter: isTrue('selected'),
      paint: {
        'circle-radius': placeRadius(6),
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': palette.selected,
        'circle-stroke-width': 4,
      },
    },
    {
      id: LAYER_PLACES,
      type: 'circle',
      source: SOURCE_PLACES,
      paint: {
        'circle-radius': placeRadius(),
        'circle-color': [
          'case',
          ['==', ['get', 'actorCount'], 0],
          palette.placeEmpty,
          isTrue('lit'),
          palette.place,
          palette.placeDim,
        ],
        'circle-stroke-color': ['case', ['==', ['get', 'actorCount'], 0], palette.place, palette.placeStroke],
        'circle-stroke-width': 2,
        'circle-opacity': lit(1, 0.7),
        'circle-stroke-opacity': lit(1, 0.7),
      },
    },
    {
      // A wider, invisible target, so a finger or a shaky pointer on a projector still hits.
      id: LAYER_PLACES_HIT,
      type: 'circle',
      source: SOURCE_PLACES,
      paint: { 'circle-radius': placeRadius(8), 'circle-color': '#000000', 'circle-opacity': 0 },
    },
  ];
}

/** A style with the overlay's sources and layers added on top: the embedded basemap or an online one. */
export function withOverlay(base: StyleSpecification, data: OverlayData, palette: MapPalette = LIGHT_PALETTE): StyleSpecification {
  const ours = new Set<string>(OVERLAY_LAYERS);
  return {
    ...base,
    sources: {
      ...base.sources,
      [SOURCE_ARCS]: { type: 'geojson', data: data.arcs },
      [SOURCE_PLACES]: { type: 'geojson', data: data.places },
    },
    layers: [...base.layers.filter((layer) => !ours.has(layer.id)), ...overlayLayers(palette)],
  };
}

/** The embedded map, complete: basemap and overlay. */
export const embeddedStyle = (basemapUrl: string, data: OverlayData, palette: MapPalette = LIGHT_PALETTE): StyleSpecification =>
  withOverlay(basemapStyle(basemapUrl, palette), data, palette);
