// Pure: the map's MapLibre style (its colours live in palette.ts). The embedded basemap is
// Natural Earth land and borders from one GeoJSON file of the site's own (public/basemap/), with
// no glyphs and no sprite, so the default map makes no request to another host. The overlay
// (arcs and places) goes on top of this basemap or of any online style.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { RELATION_KINDS } from '../data/schema';
import { LIGHT_PALETTE, OTHER_RELATION_COLOUR, relationColour, type MapPalette } from './palette';

export { RELATION_COLOURS, LIGHT_PALETTE, DARK_PALETTE, type MapPalette } from './palette';

export const SOURCE_BASEMAP = 'maillage-basemap';
export const SOURCE_PLACES = 'maillage-places';
export const SOURCE_ARCS = 'maillage-arcs';
export const LAYER_PLACES = 'maillage-places';
export const LAYER_PLACES_HIT = 'maillage-places-hit';
export const LAYER_CLUSTERS = 'maillage-clusters';
/** Every layer the overlay adds, bottom to top. */
export const OVERLAY_LAYERS = [
  'maillage-arcs-casing',
  'maillage-arcs',
  'maillage-arcs-unsourced',
  'maillage-selected-ring',
  'maillage-cluster-selected',
  LAYER_CLUSTERS,
  LAYER_PLACES,
  LAYER_PLACES_HIT,
] as const;

/** Places closer than this many pixels (about a marker's width at the France view) are drawn as
 * one numbered cluster (MapLibre's built-in supercluster; 512 is a tile's width). */
export const CLUSTER_RADIUS = 22;
/** Beyond this zoom every place is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 12;

/** A cluster's circle radius in pixels, by how many places it holds; the count is written inside
 * as HTML (labels.ts), so it must fit. */
export function clusterRadiusFor(pointCount: number): number {
  return Math.min(24, 11 + 1.8 * Math.sqrt(pointCount));
}
const clusterRadius: ExpressionSpecification = ['min', 24, ['+', 11, ['*', 1.8, ['sqrt', ['get', 'point_count']]]]];
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const notCluster: ExpressionSpecification = ['!', ['has', 'point_count']];

export const NATURAL_EARTH_ATTRIBUTION = 'Natural Earth';

const arcColour = (palette: MapPalette): ExpressionSpecification =>
  [
    'match',
    ['get', 'kind'],
    ...RELATION_KINDS.flatMap((kind) => [kind, relationColour(kind, palette)]),
    // Kinds a dataset declares are of the `other` family (src/vocabulary/visual.ts).
    OTHER_RELATION_COLOUR,
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
/** An arc is lit unless its feature state says otherwise: a new selection sets the state of the arcs
 * it dims or lights again (view.ts), and sends none of them to MapLibre's worker again. */
const arcLit = (on: number, off: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'lit'], true], on, off];

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface OverlayData {
  /** The places, or the address MapLibre loads them from (placeAddress.ts). */
  readonly places: FeatureCollection | string;
  /** The arcs, or the address MapLibre loads them from (arcLines.ts). */
  readonly arcs: FeatureCollection | string;
}

/**
 * MapLibre compiles a shader program for each way a layer type's paint properties vary: constant,
 * by feature ("source") or by zoom and feature ("composite"). Under software WebGL each program is
 * a long task of the page (100–300 ms), so the overlay's and basemap's layers of a type vary their
 * properties the same way and share one program: a property that is in fact constant is written
 * as a feature-dependent expression of one value (`perFeature`), and a size that does not grow with
 * the zoom as a zoom curve of one value (`perZoom`). What is drawn is the same.
 */
const perFeature = (value: string | number): ExpressionSpecification => ['case', ['has', 'maillage-none'], value, value];
const perZoom = (value: ExpressionSpecification | number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 0, value, 24, value];
/** A basemap line's width by zoom, written by feature: the arcs' program (see perFeature). */
const lineWidthByZoom = (low: number, high: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 1, perFeature(low), 6, perFeature(high)];

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
        // No antialiased outline (a program of its own): the coast is drawn over the land's edge.
        paint: { 'fill-color': palette.land, 'fill-antialias': false },
      },
      {
        id: 'maillage-coast',
        type: 'line',
        source: SOURCE_BASEMAP,
        filter: ['==', ['get', 'kind'], 'land'],
        paint: { 'line-color': perFeature(palette.coast), 'line-width': lineWidthByZoom(0.5, 1.2), 'line-opacity': perFeature(1) },
      },
      {
        id: 'maillage-borders',
        type: 'line',
        source: SOURCE_BASEMAP,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': perFeature(palette.border), 'line-width': lineWidthByZoom(0.5, 1.4), 'line-opacity': perFeature(1) },
      },
    ],
  };
}

/** The arcs and places, drawn on top of whatever basemap is below. */
export function overlayLayers(palette: MapPalette = LIGHT_PALETTE): LayerSpecification[] {
  // Wider for a pair of places joined by more relations: × √count, at most × 3.
  const byCount: ExpressionSpecification = ['min', 3, ['sqrt', ['get', 'count']]];
  const arcWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, ['*', arcLit(2.5, 1.5), byCount], 6, ['*', arcLit(4, 2), byCount]];
  const arcLayout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id: 'maillage-arcs-casing',
      type: 'line',
      source: SOURCE_ARCS,
      filter: ['!', isTrue('unsourced')],
      layout: arcLayout,
      paint: {
        'line-color': perFeature(palette.arcCasing),
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, ['+', 2.5, ['*', 2.5, byCount]], 6, ['+', 3, ['*', 4, byCount]]],
        // Only under a lit arc.
        'line-opacity': arcLit(0.8, 0),
      },
    },
    {
      id: 'maillage-arcs',
      type: 'line',
      source: SOURCE_ARCS,
      filter: ['!', isTrue('unsourced')],
      layout: arcLayout,
      paint: { 'line-color': arcColour(palette), 'line-width': arcWidth, 'line-opacity': arcLit(0.95, 0.25) },
    },
    {
      id: 'maillage-arcs-unsourced',
      type: 'line',
      source: SOURCE_ARCS,
      filter: isTrue('unsourced'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': arcColour(palette),
        'line-width': arcWidth,
        'line-opacity': arcLit(0.95, 0.25),
        'line-dasharray': ['literal', [2, 1.5]],
      },
    },
    {
      id: 'maillage-selected-ring',
      type: 'circle',
      source: SOURCE_PLACES,
      filter: ['all', notCluster, isTrue('selected')],
      paint: {
        'circle-radius': placeRadius(6),
        'circle-color': perFeature('rgba(0,0,0,0)'),
        'circle-stroke-color': perFeature(palette.selected),
        'circle-stroke-width': 4,
        'circle-opacity': perFeature(1),
        'circle-stroke-opacity': perFeature(1),
      },
    },
    {
      // A cluster that holds the selected place is ringed like the place itself.
      id: 'maillage-cluster-selected',
      type: 'circle',
      source: SOURCE_PLACES,
      filter: ['all', isCluster, ['>', ['get', 'selected'], 0]],
      paint: {
        'circle-radius': perZoom(['+', 6, clusterRadius]),
        'circle-color': perFeature('rgba(0,0,0,0)'),
        'circle-stroke-color': perFeature(palette.selected),
        'circle-stroke-width': 4,
        'circle-opacity': perFeature(1),
        'circle-stroke-opacity': perFeature(1),
      },
    },
    {
      id: LAYER_CLUSTERS,
      type: 'circle',
      source: SOURCE_PLACES,
      filter: isCluster,
      paint: {
        'circle-radius': perZoom(clusterRadius),
        'circle-color': ['case', ['>', ['get', 'lit'], 0], palette.place, palette.placeDim],
        'circle-stroke-color': perFeature(palette.placeStroke),
        'circle-stroke-width': 2.5,
        'circle-opacity': ['case', ['>', ['get', 'lit'], 0], 1, 0.75],
        'circle-stroke-opacity': perFeature(1),
      },
    },
    {
      id: LAYER_PLACES,
      type: 'circle',
      source: SOURCE_PLACES,
      filter: notCluster,
      paint: {
        'circle-radius': placeRadius(),
        'circle-color': ['case', ['==', ['get', 'actorCount'], 0], palette.placeEmpty, isTrue('lit'), palette.place, palette.placeDim],
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
      filter: notCluster,
      paint: {
        'circle-radius': placeRadius(8),
        'circle-color': perFeature('#000000'),
        'circle-stroke-color': perFeature('#000000'),
        'circle-opacity': perFeature(0),
        'circle-stroke-opacity': perFeature(0),
      },
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
      [SOURCE_PLACES]: {
        type: 'geojson',
        data: data.places,
        cluster: true,
        clusterRadius: CLUSTER_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        // What a cluster says about its places: how many actors, how many lit, whether it holds the selection.
        clusterProperties: {
          actorCount: ['+', ['get', 'actorCount']],
          lit: ['+', ['case', isTrue('lit'), 1, 0]],
          selected: ['max', ['case', isTrue('selected'), 1, 0]],
        },
      },
    },
    layers: [...base.layers.filter((layer) => !ours.has(layer.id)), ...overlayLayers(palette)],
  };
}

/** The embedded map, complete: basemap and overlay. */
export const embeddedStyle = (basemapUrl: string, data: OverlayData, palette: MapPalette = LIGHT_PALETTE): StyleSpecification =>
  withOverlay(basemapStyle(basemapUrl, palette), data, palette);
