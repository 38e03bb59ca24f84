import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import type { Dataset } from '../../src/data/dataset';
import { spotlight, visibleActorIds, visibleRelations } from '../../src/state/derive';
import { noFilters, type Filters, type Selection } from '../../src/state/viewState';
import {
  DARK,
  LIT,
  NOT_DRAWN,
  STEP,
  arcFeatures,
  arcLit,
  arcLightSteps,
  arcLights,
  arcsUrl,
  arcsUrlSteps,
  boundsOf,
  greatCircle,
  placeFeatures,
  placesUrl,
  placesUrlSteps,
  type FeatureContext,
} from '../../src/map/features';
import { runInSlices } from '../../src/ui/workSteps';
import { ARC_PROTOCOL, arcsAddress, arcsFromAddress, type ArcTally } from '../../src/map/arcLines';
import { PLACE_PROTOCOL, placeRow, placesAddress, placesFromAddress } from '../../src/map/placeAddress';
import { loadDataset } from '../../src/data/load';
import { syntheticDataset } from '../../scripts/synthetic';
import { seatlessActors } from '../../src/map/seats';
import { pairKey, placeIndex, visibleCountAt } from '../../src/map/placeIndex';
import { indexDataset } from '../../src/data/dataset';
import type { RawDataset, Relation } from '../../src/data/schema';

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
    const lit = session.features
      .filter((f) => f.properties.lit)
      .map((f) => f.properties.id)
      .sort();
    expect(lit).toEqual(['barcelone', 'bobigny', 'paris-18e']);
    const place = placeFeatures(d, context({ type: 'place', id: 'lille' }));
    expect(place.features.filter((f) => f.properties.selected).map((f) => f.properties.id)).toEqual(['lille']);
  });
});

describe('relations as great-circle arcs, one per pair of places', () => {
  const arcs = arcFeatures(d, context());
  const arc = (a: string, b: string) => arcs.features.find((f) => f.properties.id === pairKey(a, b));

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
    const f = arc('paris-18e', 'barcelone');
    expect(f?.properties).toMatchObject({ kind: 'founding-member-of', fromPlace: 'barcelone', toPlace: 'paris-18e', unsourced: false, count: 1 });
    expect(f?.geometry.coordinates[0]).toEqual([2.1767, 41.3811]);
    expect(f?.geometry.coordinates.at(-1)).toEqual([2.3497, 48.8857]);
  });

  it('joins Savigny-le-Temple to Boutilimit along the great circle', () => {
    const f = arc('savigny-le-temple', 'boutilimit');
    expect(f?.properties).toMatchObject({ kind: 'twinned-with', count: 1 });
    const coords = f?.geometry.coordinates ?? [];
    expect(coords[0]).toEqual([-14.7, 17.55]);
    expect(coords.at(-1)).toEqual([2.5831, 48.5842]);
    // A great circle from France to West Africa bows west of the straight line in lon/lat.
    const mid = coords[Math.floor(coords.length / 2)] ?? [0, 0];
    expect(mid[1]).toBeGreaterThan(17.55);
    expect(mid[1]).toBeLessThan(48.5842);
    expect(mid[0]).toBeLessThan((2.5831 - 14.7) / 2);
  });

  it('draws no arc between actors seated at the same place, nor to actors with no seat', () => {
    expect(arc('lille', 'lille')).toBeUndefined(); // Lianes Coopération and CU Lille, both in Lille
    expect(arcs.features.every((f) => f.properties.fromPlace !== f.properties.toPlace)).toBe(true);
    expect(arcs.features.some((f) => f.properties.id.includes('null') || f.properties.id.includes('undefined'))).toBe(false);
  });

  it('marks unsourced pairs, and drops relations the filters hide', () => {
    expect(arc('bobigny', 'paris-18e')?.properties.unsourced).toBe(true); // cg93-membre-cuf has no source
    const filtered = arcFeatures(d, context(null, { ...noFilters, hideUnsourced: true }));
    expect(filtered.features.some((f) => f.properties.unsourced)).toBe(false);
    const noTwins = arcFeatures(d, context(null, { ...noFilters, hiddenRelationKinds: ['twinned-with'] }));
    expect(noTwins.features.some((f) => f.properties.kinds.includes('twinned-with'))).toBe(false);
  });

  it('lights the arcs that touch a selected place or actor', () => {
    const place = arcFeatures(d, context({ type: 'place', id: 'savigny-le-temple' }));
    expect(place.features.filter((f) => f.properties.lit).map((f) => f.properties.id)).toEqual([pairKey('savigny-le-temple', 'boutilimit')]);
    const actor = arcFeatures(d, context({ type: 'actor', id: 'cglu' }));
    expect(
      actor.features
        .filter((f) => f.properties.lit)
        .map((f) => f.properties.id)
        .sort(),
    ).toEqual([pairKey('barcelone', 'paris-18e'), pairKey('barcelone', 'nanterre')].sort());
  });

  it('keeps each arc’s id whatever the filters, and says which arcs a selection lights by that id', () => {
    const all = arcFeatures(d, context());
    const idOf = new Map(all.features.map((f) => [f.properties.id, f.id]));
    const fewer = arcFeatures(d, context(null, { ...noFilters, hiddenRelationKinds: ['twinned-with'] }));
    expect(fewer.features.length).toBeLessThan(all.features.length);
    for (const f of fewer.features) expect(f.id).toBe(idOf.get(f.properties.id));
    // The lights a selection gives are those its arcs carry, by the same ids.
    for (const selection of [null, { type: 'place', id: 'savigny-le-temple' }, { type: 'actor', id: 'cglu' }] as const) {
      const lit = arcFeatures(d, context(selection));
      const lights = arcLights(d, context(selection));
      for (const f of lit.features) expect(arcLit(lights, Number(f.id))).toBe(f.properties.lit);
      // Every arc drawn has a light, and no other.
      if (lights) expect(lights.filter((light) => light !== NOT_DRAWN)).toHaveLength(lit.features.length);
    }
    // Nothing selected: every arc lit, and no table to say it.
    expect(arcLights(d, context(null))).toBeNull();
    expect([...(arcLights(d, context({ type: 'place', id: 'savigny-le-temple' })) ?? [])].filter((light) => light === LIT)).toHaveLength(1);
  });

  it('draws a short arc in a few straight pieces and a long one in up to 40, from end to end', () => {
    const lille: [number, number] = [3.06, 50.63];
    const paris: [number, number] = [2.35, 48.86];
    const dakar: [number, number] = [-17.44, 14.69];
    const noumea: [number, number] = [166.45, -22.27];
    const short = greatCircle(lille, paris);
    const middle = greatCircle(lille, dakar);
    const long = greatCircle(lille, noumea);
    expect(short.length).toBeLessThanOrEqual(3);
    expect(middle.length).toBeGreaterThan(short.length);
    expect(long.length).toBeGreaterThan(30);
    expect(long.length).toBeLessThanOrEqual(41);
    // On the map (Web Mercator) it reads as a curve: each piece turns from the last by a few degrees.
    const mercator = ([lon = 0, lat = 0]: Position) => [lon, Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))] as const;
    for (const line of [middle, long]) {
      const points = line.map(mercator);
      for (let i = 1; i + 1 < points.length; i++) {
        const [p, q, r] = [points[i - 1]!, points[i]!, points[i + 1]!];
        const turn = Math.abs(Math.atan2(r[1] - q[1], r[0] - q[0]) - Math.atan2(q[1] - p[1], q[0] - p[0]));
        expect((Math.min(turn, 2 * Math.PI - turn) * 180) / Math.PI).toBeLessThan(12);
      }
    }
    for (const [line, to] of [
      [short, paris],
      [middle, dakar],
      [long, noumea],
    ] as const) {
      expect(line[0]).toEqual(lille);
      expect(line.at(-1)?.[1]).toBeCloseTo(to[1], 5);
    }
  });

  it('keeps a line crossing the antimeridian continuous', () => {
    const line = greatCircle([170, -40], [-170, -40], 8);
    for (let i = 1; i < line.length; i++) expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(10);
  });
});

describe('arcs aggregated by pair of places', () => {
  // Lille holds three actors; Paris 18e one (Cités Unies France). Four relations between them,
  // both ways round, of two kinds, one unsourced; one more from Lille to Barcelona.
  const rel = (id: string, from: string, to: string, kind: Relation['kind'], unsourced = false): Relation => ({
    id,
    from,
    to,
    kind,
    provenance: unsourced ? { type: 'unsourced' } : { type: 'programme', quote: 'cité en séance' },
  });
  const raw: RawDataset = {
    event: d.event,
    themes: d.themes,
    sections: d.sections,
    sessions: d.sessions,
    actors: d.actors,
    people: d.people,
    places: d.places,
    relations: [
      rel('r1', 'communaute-urbaine-de-lille', 'cites-unies-france', 'member-of'),
      rel('r2', 'region-nord-pas-de-calais', 'cites-unies-france', 'member-of'),
      rel('r3', 'cites-unies-france', 'lianes-cooperation', 'works-with', true),
      rel('r4', 'lianes-cooperation', 'cites-unies-france', 'member-of'),
      rel('r5', 'lianes-cooperation', 'cglu', 'works-with', true),
      rel('r6', 'lianes-cooperation', 'communaute-urbaine-de-lille', 'works-with'),
    ],
  };
  const small = indexDataset(raw);
  const visible = visibleActorIds(small, noFilters);
  const all = { visibleActors: visible, visibleRelations: visibleRelations(small, noFilters, visible), selection: null, spotlight: null };
  const arcs = arcFeatures(small, all);

  it('draws one arc per pair of places, whichever way the relations go, with their count', () => {
    expect(arcs.features).toHaveLength(2);
    const paris = arcs.features.find((f) => f.properties.id === pairKey('lille', 'paris-18e'));
    expect(paris?.properties).toMatchObject({ count: 4, kind: 'member-of', kinds: 'member-of,works-with', unsourced: false });
    const barcelona = arcs.features.find((f) => f.properties.id === pairKey('lille', 'barcelone'));
    expect(barcelona?.properties).toMatchObject({ count: 1, kind: 'works-with', unsourced: true });
  });

  it('counts only what the filters let through', () => {
    const filters = { ...noFilters, hiddenRelationKinds: ['member-of' as const] };
    const v = visibleActorIds(small, filters);
    const some = arcFeatures(small, { ...all, visibleActors: v, visibleRelations: visibleRelations(small, filters, v) });
    expect(some.features.find((f) => f.properties.id === pairKey('lille', 'paris-18e'))?.properties).toMatchObject({ count: 1, unsourced: true });
  });

  it('counts the places linked to each place once per relation', () => {
    const places = placeFeatures(small, all);
    const lille = places.features.find((f) => f.properties.id === 'lille')?.properties;
    // r1–r6 all touch Lille; r6 stays inside Lille and counts once.
    expect(lille).toMatchObject({ actorCount: 3, linkCount: 6 });
    expect(places.features.find((f) => f.properties.id === 'paris-18e')?.properties.linkCount).toBe(4);
  });
});

describe('the place index', () => {
  it('knows the actors seated at each place and each actor’s seat, built once per dataset', () => {
    const index = placeIndex(d);
    expect(index.actorsAt('lille').map((a) => a.id)).toEqual(['communaute-urbaine-de-lille', 'region-nord-pas-de-calais', 'lianes-cooperation']);
    expect(index.actorsAt('nowhere')).toEqual([]);
    expect(index.seatOf('cglu')?.id).toBe('barcelone');
    expect(index.seatOf('campagne-omd')).toBeUndefined();
    expect(index.positionOf(d.places[3]?.id ?? '')).toBe(3);
    expect(placeIndex(d)).toBe(index);
    expect(visibleCountAt(index, 'lille', new Set(['lianes-cooperation', 'cglu']))).toBe(1);
  });

  it('names a pair of places the same whichever way round', () => {
    expect(pairKey('lille', 'barcelone')).toBe(pairKey('barcelone', 'lille'));
    expect(pairKey('lille', 'barcelone')).not.toBe(pairKey('lille', 'bobigny'));
  });
});

describe('places as input to clustering', () => {
  it('are plain points with numeric ids and the counts clusters add up', () => {
    const places = placeFeatures(d, context());
    expect(places.features.map((f) => f.id)).toEqual(d.places.map((_, i) => i));
    const total = places.features.reduce((sum, f) => sum + f.properties.actorCount, 0);
    expect(total).toBe(d.actors.filter((a) => a.place && d.placeById.has(a.place)).length);
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

describe("the arcs' address, read in MapLibre's worker", () => {
  /** 600 actors at places spread over the world, 500 relations. */
  function spread(): Dataset {
    const { json, notes } = syntheticDataset(600, { relations: 500, geography: 'spread' });
    const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (path) => notes.get(path) });
    if (!loaded.ok) throw new Error('the synthetic dataset is invalid');
    return loaded.dataset;
  }
  const many = spread();
  const everything = (data: Dataset): FeatureContext => {
    const visibleActors = visibleActorIds(data, noFilters);
    return { visibleActors, visibleRelations: visibleRelations(data, noFilters, visibleActors), selection: null, spotlight: null };
  };

  it('gives arcs that run along the great circles between their places and stand for every relation between two places', () => {
    const address = arcsUrl(many, everything(many));
    expect(address.startsWith(`${ARC_PROTOCOL}://`)).toBe(true);
    const arcs = arcsFromAddress(address);
    expect(arcs.features.length).toBeGreaterThan(100);
    const byId = new Map(many.places.map((p) => [p.id, p]));
    for (const f of arcs.features) {
      const from = byId.get(f.properties.fromPlace)!;
      const to = byId.get(f.properties.toPlace)!;
      expect(f.geometry.coordinates).toEqual(greatCircle([from.longitude, from.latitude], [to.longitude, to.latitude]));
      expect(f.properties.id).toBe(pairKey(from.id, to.id));
    }
    const seat = (actorId: string) => many.actorById.get(actorId)?.place;
    const between = many.relations.filter((r) => seat(r.from) && seat(r.to) && seat(r.from) !== seat(r.to)).length;
    expect(arcs.features.reduce((n, f) => n + f.properties.count, 0)).toBe(between);
  });

  it('keeps any place id and kind intact, and survives being resolved as a URL', () => {
    const odd = ['a;b,c/d', '%41 é|東京', '?x#y&z=1'];
    const tallies: ArcTally[] = [
      {
        featureId: 3,
        from: { id: odd[0]!, position: [2.35, 48.85] },
        to: { id: odd[1]!, position: [139.69, 35.68] },
        count: 2,
        kind: 'my,kind',
        kinds: 'my,kind,partner-of',
        unsourced: true,
        lit: false,
      },
      {
        featureId: 7,
        from: { id: odd[1]!, position: [139.69, 35.68] },
        to: { id: odd[2]!, position: [-170.5, -40.25] },
        count: 1,
        kind: 'runs',
        kinds: 'runs',
        unsourced: false,
        lit: true,
      },
    ];
    const address = arcsAddress(tallies);
    // MapLibre resolves the address as a link's href before its worker reads it.
    expect(new URL(address).href).toBe(address);
    const arcs = arcsFromAddress(new URL(address).href);
    expect(arcs.features.map((f) => [f.id, f.properties])).toEqual([
      [
        3,
        { id: `${odd[0]}|${odd[1]}`, fromPlace: odd[0], toPlace: odd[1], count: 2, kind: 'my,kind', kinds: 'my,kind,partner-of', unsourced: true, lit: false },
      ],
      [7, { id: `${odd[1]}|${odd[2]}`, fromPlace: odd[1], toPlace: odd[2], count: 1, kind: 'runs', kinds: 'runs', unsourced: false, lit: true }],
    ]);
    expect(arcs.features[1]!.geometry.coordinates).toEqual(greatCircle([139.69, 35.68], [-170.5, -40.25]));
    expect(arcsFromAddress(arcsAddress([])).features).toEqual([]);
  });

  it('refuses an address that is not one of ours with a clear error', () => {
    const good = arcsAddress([
      {
        featureId: 0,
        from: { id: 'a', position: [0, 0] },
        to: { id: 'b', position: [1, 1] },
        count: 1,
        kind: 'runs',
        kinds: 'runs',
        unsourced: false,
        lit: true,
      },
    ]);
    expect(() => arcsFromAddress('https://example.org/arcs.json')).toThrow(/arcs' address is malformed/);
    expect(() => arcsFromAddress(good.replace('/0,0,a', '/x,0,a'))).toThrow(/malformed \(place 0\)/);
    expect(() => arcsFromAddress(good.replace(/\/0,1,0,/, '/0,9,0,'))).toThrow(/malformed \(arc 0\)/);
    expect(() => arcsFromAddress(good.replace(',a;', ',%E0%A4;'))).toThrow(/malformed \(place 0\)/);
    expect(() => arcsFromAddress(`${good}/more`)).toThrow(/malformed \(parts\)/);
  });
});

describe('the map’s first features, made in slices', () => {
  const { json, notes } = syntheticDataset(600, { relations: 900, geography: 'spread' });
  const loaded = loadDataset(json, { file: 'synthetic.json', readNote: (path) => notes.get(path) });
  if (!loaded.ok) throw new Error('the synthetic dataset is invalid');
  const data = loaded.dataset;
  const visibleActors = visibleActorIds(data, noFilters);
  const selection: Selection = { type: 'actor', id: data.actors[3]!.id };
  const ctx: FeatureContext = {
    visibleActors,
    visibleRelations: visibleRelations(data, noFilters, visibleActors),
    selection,
    spotlight: spotlight(data, selection),
  };

  it('gives the page back between slices and makes what the map would make at once', async () => {
    let pauses = 0;
    const pause = () => Promise.resolve(pauses++);
    // Slices of 0 ms: a pause after every step.
    const places = await runInSlices(placesUrlSteps(data, ctx), pause, { sliceMs: 0 });
    const arcs = await runInSlices(arcsUrlSteps(data, ctx), pause, { sliceMs: 0 });
    const lights = await runInSlices(arcLightSteps(data, ctx), pause, { sliceMs: 0 });
    expect(pauses).toBeGreaterThanOrEqual(3 * Math.floor(data.relations.length / STEP));
    expect(places).toBe(placesUrl(data, ctx));
    expect(arcs).toBe(arcsUrl(data, ctx));
    expect(lights).toEqual(arcLights(data, ctx));
    // The selected actor's arcs are lit, the others not.
    const lit = [...(lights ?? [])];
    expect(lit).toContain(LIT);
    expect(lit).toContain(DARK);
  });

  it('stops at a pause when the map is no longer wanted', async () => {
    let wanted = true;
    const result = await runInSlices(
      arcsUrlSteps(data, ctx),
      () => {
        wanted = false;
        return Promise.resolve();
      },
      { sliceMs: 0, cancelled: () => !wanted },
    );
    expect(result).toBeNull();
  });
});

describe("the places' address, read in MapLibre's worker", () => {
  it('keeps any id and name intact, in both languages, and survives being resolved as a URL', () => {
    const places = [
      {
        at: [2.35, 48.85],
        p: {
          id: 'a;b,c/d',
          nameFr: 'Saint-Denis (93) ; « centre »',
          nameEn: 'Saint-Denis (93); "centre"',
          actorCount: 2,
          linkCount: 5,
          lit: true,
          selected: false,
        },
      },
      { at: [139.69, 35.68], p: { id: '%41 é|東京', nameFr: '東京', nameEn: '東京', actorCount: 0, linkCount: 0, lit: false, selected: true } },
      { at: [-170.5, -40.25], p: { id: '?x#y&z=1', nameFr: '', nameEn: 'Only English', actorCount: 1, linkCount: 1, lit: true, selected: true } },
    ] as const;
    const address = placesAddress(places.map(({ at, p }) => placeRow(at[0], at[1], p)));
    expect(address.startsWith(`${PLACE_PROTOCOL}://`)).toBe(true);
    expect(new URL(address).href).toBe(address);
    const back = placesFromAddress(new URL(address).href);
    expect(back.features.map((f) => [f.id, f.geometry.coordinates, f.properties])).toEqual(places.map(({ at, p }, i) => [i, [...at], { ...p }]));
    expect(placesFromAddress(placesAddress([])).features).toEqual([]);
  });

  it('writes half an emoji (a lone surrogate, which cannot be percent-encoded) as the replacement character', () => {
    const row = placeRow(1, 2, { id: 'x', nameFr: 'Café \ud83d', nameEn: 'Café \ud83d', actorCount: 1, linkCount: 0, lit: true, selected: false });
    expect(placesFromAddress(placesAddress([row])).features[0]?.properties.nameFr).toBe('Café \ufffd');
  });

  it('gives the workshop’s places as the map draws them', () => {
    const places = placeFeatures(d, context());
    expect(places.features).toHaveLength(d.places.length);
    expect(new Set(places.features.map((f) => f.properties.id))).toEqual(new Set(d.places.map((p) => p.id)));
  });

  it('refuses an address that is not one of ours with a clear error', () => {
    const good = placesAddress([placeRow(1, 2, { id: 'x', nameFr: 'X', nameEn: 'X', actorCount: 1, linkCount: 0, lit: true, selected: false })]);
    expect(() => placesFromAddress('maillage-arcs://v1///')).toThrow(/places' address is malformed \(prefix\)/);
    expect(() => placesFromAddress(good.replace('1,2,x', 'a,2,x'))).toThrow(/malformed \(place 0\)/);
    expect(() => placesFromAddress(`${good},9`)).toThrow(/malformed \(place 0\)/);
    expect(() => placesFromAddress(good.replace(/,1$/, ',7'))).toThrow(/malformed \(place 0\)/);
  });
});
