import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import type { Dataset } from '../../src/data/dataset';
import { spotlight, visibleActorIds, visibleRelations } from '../../src/state/derive';
import { noFilters, type Filters, type Selection } from '../../src/state/viewState';
import { arcFeatures, boundsOf, greatCircle, placeFeatures, type FeatureContext } from '../../src/map/features';
import { seatlessActors } from '../../src/map/seats';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('the shipped dataset is invalid');
const d: Dataset = result.dataset;

function context(selection: Selection | null = null, filters: Filters = noFilters): FeatureContext {
  const visibleActors = visibleActorIds(d, filters);
  return { visibleActors, visibleRelations: visibleRelations(d, filters, visibleActors), selection, spotlight: spotlight(d, selection) };
}

const inRange = ([lon, lat]: Position) => typeof lon === 'number' && typeof lat === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 540;

describe('places as GeoJSON', () => {
  const places = placeFeatures(d, context());

  it('is a FeatureCollection of one Point per place, longitude first', () => {
    expect(places.type).toBe('FeatureCollection');
    expect(places.features).toHaveLength(d.places.length);
    for (const f of places.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
    const savigny = places.features.find((f) => f.properties.id === 'savigny-le-temple');
    // Savigny-le-Temple is at 48.58° N, 2.58° E: latitude second.
    expect(savigny?.geometry.coordinates).toEqual([2.5831, 48.5842]);
    expect(JSON.parse(JSON.stringify(places))).toEqual(places);
  });

  it('counts the actors seated at each place and names it in both languages', () => {
    const byId = new Map(places.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('lille')?.actorCount).toBe(3);
    expect(byId.get('saint-denis')?.actorCount).toBe(2);
    expect(byId.get('barcelone')).toMatchObject({ nameFr: 'Barcelone', nameEn: 'Barcelona', actorCount: 1 });
  });

  it('counts only the actors the filters let through', () => {
    const filtered = placeFeatures(d, context(null, { ...noFilters, hiddenKinds: ['association'] }));
    expect(filtered.features.find((f) => f.properties.id === 'lille')?.properties.actorCount).toBe(2);
  });

  it('lights the places of a selected session and marks a selected place', () => {
    const session = placeFeatures(d, context({ type: 'session', id: 'cites-unies-france' }));
    const lit = session.features.filter((f) => f.properties.lit).map((f) => f.properties.id).sort();
    expect(lit).toEqual(['barcelone', 'bobigny', 'paris-18e']);
    const place = placeFeatures(d, context({ type: 'place', id: 'lille' }));
    expect(place.features.filter((f) => f.properties.selected).map((f) => f.properties.id)).toEqual(['lille']);
  });
});

describe('relations as great-circle arcs', () => {
  const arcs = arcFeatures(d, context());
  const arc = (id: string) => arcs.features.find((f) => f.properties.id === id);

  it('is a FeatureCollection of LineStrings with valid positions', () => {
    expect(arcs.type).toBe('FeatureCollection');
    expect(arcs.features.length).toBeGreaterThan(0);
    for (const f of arcs.features) {
      expect(f.geometry.type).toBe('LineString');
      expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
      expect(f.geometry.coordinates.every(inRange)).toBe(true);
    }
  });

  it('joins Cités Unies France in Paris to CGLU in Barcelona', () => {
    const f = arc('cuf-fondateur-cglu');
    expect(f?.properties).toMatchObject({ kind: 'founding-member-of', fromPlace: 'paris-18e', toPlace: 'barcelone', unsourced: false });
    expect(f?.geometry.coordinates[0]).toEqual([2.3497, 48.8857]);
    expect(f?.geometry.coordinates.at(-1)).toEqual([2.1767, 41.3811]);
  });

  it('joins Savigny-le-Temple to Boutilimit along the great circle', () => {
    const f = arc('savigny-jumelee-boutilimit');
    expect(f?.properties).toMatchObject({ kind: 'twinned-with', fromPlace: 'savigny-le-temple', toPlace: 'boutilimit' });
    const coords = f?.geometry.coordinates ?? [];
    expect(coords[0]).toEqual([2.5831, 48.5842]);
    expect(coords.at(-1)).toEqual([-14.7, 17.55]);
    // A great circle from France to West Africa bows west of the straight line in lon/lat.
    const mid = coords[Math.floor(coords.length / 2)] ?? [0, 0];
    expect(mid[1]).toBeGreaterThan(17.55);
    expect(mid[1]).toBeLessThan(48.5842);
    expect(mid[0]).toBeLessThan((2.5831 - 14.7) / 2);
  });

  it('draws no arc between actors seated at the same place, nor to actors with no seat', () => {
    expect(arc('lianes-cu-lille')).toBeUndefined(); // both in Lille
    expect(arc('cglu-campagne-omd')).toBeUndefined(); // the campaign has no seat
  });

  it('marks unsourced relations, and drops relations the filters hide', () => {
    expect(arc('cg93-membre-cuf')?.properties.unsourced).toBe(true);
    const filtered = arcFeatures(d, context(null, { ...noFilters, hideUnsourced: true }));
    expect(filtered.features.some((f) => f.properties.unsourced)).toBe(false);
    const noTwins = arcFeatures(d, context(null, { ...noFilters, hiddenRelationKinds: ['twinned-with'] }));
    expect(noTwins.features.some((f) => f.properties.kind === 'twinned-with')).toBe(false);
  });

  it('lights the arcs that touch a selected place or actor', () => {
    const place = arcFeatures(d, context({ type: 'place', id: 'savigny-le-temple' }));
    expect(place.features.filter((f) => f.properties.lit).map((f) => f.properties.id)).toEqual(['savigny-jumelee-boutilimit']);
    const actor = arcFeatures(d, context({ type: 'actor', id: 'cglu' }));
    expect(actor.features.filter((f) => f.properties.lit).map((f) => f.properties.id).sort()).toEqual([
      'cuf-fondateur-cglu',
      'nanterre-commission-cglu',
    ]);
  });

  it('keeps a line crossing the antimeridian continuous', () => {
    const line = greatCircle([170, -40], [-170, -40], 8);
    for (let i = 1; i < line.length; i++) expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(10);
  });
});

describe('actors with no seat', () => {
  it('are listed, the campaign among them', () => {
    const ids = seatlessActors(d).map((a) => a.id);
    expect(ids).toContain('campagne-omd');
    expect(ids).toContain('reseau-agcs');
    expect(ids).not.toContain('cglu');
  });
});

describe('bounds', () => {
  it('frames the French places', () => {
    expect(boundsOf(d.places.filter((p) => p.country === 'France'))).toEqual([2.2072, 48.5842, 3.08, 50.642]);
    expect(boundsOf([])).toBeNull();
  });
});
