import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createPropertyExpression,
  isExpression,
  latest,
  validateStyleMin,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { spotlight, visibleActorIds, visibleRelations } from '../../src/state/derive';
import { noFilters } from '../../src/state/viewState';
import { arcFeatures, placeFeatures } from '../../src/map/features';
import { RELATION_KINDS } from '../../src/data/schema';
import { BUILT_IN_RELATION_FAMILY as RELATION_FAMILY, FAMILY_STYLES } from '../../src/vocabulary/visual';
import { DARK_PALETTE, EMPTY_COLLECTION, LIGHT_PALETTE, OVERLAY_LAYERS, RELATION_COLOURS, basemapStyle, embeddedStyle, withOverlay } from '../../src/map/style';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const d = result.dataset;
const visibleActors = visibleActorIds(d, noFilters);
const ctx = { visibleActors, visibleRelations: visibleRelations(d, noFilters, visibleActors), selection: null, spotlight: spotlight(d, null) };
const data = { places: placeFeatures(d, ctx), arcs: arcFeatures(d, ctx) };
const URL_ = 'http://127.0.0.1:4173/basemap/countries.geojson';

describe('the map style', () => {
  it('passes the style-spec validator, embedded basemap and overlay together, in both palettes', () => {
    expect(validateStyleMin(embeddedStyle(URL_, data))).toEqual([]);
    expect(validateStyleMin(embeddedStyle(URL_, data, DARK_PALETTE))).toEqual([]);
    expect(validateStyleMin(embeddedStyle(URL_, { places: EMPTY_COLLECTION, arcs: EMPTY_COLLECTION }))).toEqual([]);
  });

  it('needs no glyphs, sprite or remote source: the only URL is the basemap file given', () => {
    const style = embeddedStyle(URL_, data);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
    const urls = JSON.stringify(style).match(/https?:\/\/[^"]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set([URL_]));
  });

  it('puts the overlay on top of another style, replacing an earlier copy of itself', () => {
    const online = { version: 8 as const, sources: {}, layers: [{ id: 'bg', type: 'background' as const }] };
    const once = withOverlay(online, data);
    const twice = withOverlay(once, data);
    expect(twice.layers.map((l) => l.id)).toEqual(['bg', ...OVERLAY_LAYERS]);
    expect(validateStyleMin(twice)).toEqual([]);
    expect(basemapStyle(URL_).layers[0]?.type).toBe('background');
  });

  it('colours each relation kind as the graph does, by family', () => {
    for (const kind of RELATION_KINDS) expect(RELATION_COLOURS[kind]).toBe(FAMILY_STYLES[RELATION_FAMILY[kind]].stroke);
    expect(RELATION_COLOURS['twinned-with']).toBe(RELATION_COLOURS['partner-of']);
    expect(RELATION_COLOURS['member-of']).not.toBe(RELATION_COLOURS['twinned-with']);
    expect(LIGHT_PALETTE.water).not.toBe(LIGHT_PALETTE.land);
  });
});

describe('the shipped basemap file', () => {
  const path = fileURLToPath(new URL('../../public/basemap/countries.geojson', import.meta.url));
  const text = readFileSync(path, 'utf8');
  const basemap = JSON.parse(text) as FeatureCollection;

  it('is GeoJSON land and borders, within the valid ranges, and small', () => {
    expect(basemap.type).toBe('FeatureCollection');
    expect(basemap.features.map((f) => [f.properties?.kind, f.geometry.type])).toEqual([
      ['land', 'MultiPolygon'],
      ['border', 'MultiLineString'],
    ]);
    const numbers = text.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(numbers.every((n) => Math.abs(n) <= 180)).toBe(true);
    expect(text.length).toBeLessThan(600_000);
  });
});

describe('the shader programs the map needs', () => {
  /** How a paint property of a layer varies, as MapLibre chooses a program by it: the same for every
   * layer of a type means one program compiled for them all (each is a long task under software
   * WebGL). A zoom curve alone is a uniform, like a constant. */
  function variation(layer: LayerSpecification): string {
    const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification & { 'property-type'?: string }>>)[`paint_${layer.type}`] ?? {};
    const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
    return Object.entries(specs)
      .filter(([, spec]) => spec['property-type'] === 'data-driven')
      .map(([name, spec]) => {
        const value = paint?.[name] ?? spec.default;
        const made = createPropertyExpression(isExpression(value) ? value : ['literal', value], name, spec);
        if (made.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(made.value)}`);
        const kind = made.value.kind === 'camera' ? 'constant' : made.value.kind;
        return `${name}:${kind}`;
      })
      .join(' ');
  }

  it('draws every solid line (coasts, borders, arcs and their casing) with one program, and every circle with one', () => {
    for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
      const layers = embeddedStyle(URL_, data, palette).layers;
      const solidLines = layers.filter((l) => l.type === 'line' && !('line-dasharray' in (l.paint ?? {})));
      const circles = layers.filter((l) => l.type === 'circle');
      expect(solidLines.length).toBeGreaterThanOrEqual(4);
      expect(circles.length).toBeGreaterThanOrEqual(4);
      expect(new Set(solidLines.map(variation)).size).toBe(1);
      expect(new Set(circles.map(variation)).size).toBe(1);
    }
  });
});
