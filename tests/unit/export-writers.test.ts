import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import type { Dataset } from '../../src/data/dataset';
import { loadDataset } from '../../src/data/load';
import { lineBetween, toGeoJson } from '../../src/export/geojson';
import { gexfText } from '../../src/export/gexf';
import { BOM, toCsvSet } from '../../src/export/csv';
import { jsonText, toRawDataset } from '../../src/export/json';
import { zipTexts } from '../../src/export/zip';
import { textIn } from '../../src/export/text';
import { datasetArb, readGeneratedNote } from './export-arbitrary';

function workshop(): Dataset {
  const r = readDatasetFromDisk('data/workshop.json');
  if (!r.ok) throw new Error('workshop invalid');
  return r.dataset;
}

describe('GeoJSON export', () => {
  it('is a FeatureCollection of places as [lon, lat] points and alliance lines, with no crs', () => {
    const d = workshop();
    const g = toGeoJson(d);
    expect(g.type).toBe('FeatureCollection');
    expect(g).not.toHaveProperty('crs');
    const nanterre = g.features.find((f) => f.properties.id === 'nanterre');
    expect(nanterre?.geometry).toEqual({ type: 'Point', coordinates: [2.2072, 48.8919] });
    expect(nanterre?.properties).toMatchObject({ kind: 'place', actors: [{ id: 'ville-de-nanterre', kind: 'municipality', scale: 'local' }] });
    const lines = g.features.filter((f) => f.properties.kind === 'relation');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.geometry.type).toBe('LineString');
      expect(['programme', 'source', 'unsourced']).toContain(line.properties.kind === 'relation' && line.properties.provenance);
    }
    // Every position is [longitude, latitude] within range.
    for (const f of g.features) {
      const positions =
        f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const [lon, lat] of positions) {
        expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
      }
    }
  });

  it('splits a line that crosses the antimeridian', () => {
    const line = lineBetween([170, 10], [-170, 20]);
    expect(line).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 10],
          [180, 15],
        ],
        [
          [-180, 15],
          [-170, 20],
        ],
      ],
    });
    expect(lineBetween([2, 48], [55, -20]).type).toBe('LineString');
  });
});

describe('GEXF export', () => {
  it('parses back with graphology-gexf with kinds, scales, places and provenance as attributes', () => {
    const d = workshop();
    const graph = parseGexf(Graph, gexfText(d));
    expect(graph.order).toBe(d.actors.length);
    expect(graph.size).toBe(d.relations.length);
    expect(graph.getNodeAttributes('ville-de-nanterre')).toMatchObject({
      label: 'Ville de Nanterre (92)',
      kind: 'municipality',
      scale: 'local',
      place: 'Nanterre',
      latitude: 48.8919,
      longitude: 2.2072,
    });
    for (const r of d.relations) {
      const attrs = graph.getEdgeAttributes(r.id);
      expect(attrs.kind).toBe(r.kind);
      expect(attrs.provenance).toBe(r.provenance.type);
      expect(graph.source(r.id)).toBe(r.from);
    }
    expect(graph.edges().some((e) => graph.isUndirected(e))).toBe(true);
  });

  it('escapes any text in the XML', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const graph = parseGexf(Graph, gexfText(d));
        expect(graph.order).toBe(d.actors.length);
        for (const a of d.actors) expect(graph.getNodeAttribute(a.id, 'label')).toBe(textIn(a.name, 'fr'));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('CSV set export', () => {
  it('writes three files with a BOM and the column names the importer reads', () => {
    const files = toCsvSet(workshop(), 'en');
    expect(files.map((f) => f.name)).toEqual(['actors.csv', 'relations.csv', 'places.csv', 'network.csv']);
    for (const f of files) expect(f.text.startsWith(BOM)).toBe(true);
    const actors = Papa.parse<Record<string, string>>(files[0]!.text.slice(1), { header: true, skipEmptyLines: true });
    expect(actors.meta.fields).toEqual(['Id', 'Label', 'Type', 'Scale', 'Description', 'Place', 'Country', 'Latitude', 'Longitude']);
    expect(actors.data.find((r) => r.Id === 'ville-de-nanterre')).toMatchObject({ Label: 'City of Nanterre (92)', Latitude: '48.8919', Place: 'Nanterre' });
    const relations = Papa.parse<Record<string, string>>(files[1]!.text.slice(1), { header: true, skipEmptyLines: true });
    expect(relations.meta.fields).toEqual(['Id', 'From', 'To', 'Type', 'Direction', 'Provenance', 'Source', 'Citation']);
    expect(relations.data.find((r) => r.Type === 'twinned-with')?.Direction).toBe('undirected');
    expect(relations.data.find((r) => r.Type === 'member-of')?.Direction).toBe('directed');
    const network = Papa.parse<Record<string, string>>(files[3]!.text.slice(1), { header: true, skipEmptyLines: true });
    expect(network.meta.fields).toEqual([
      'Id',
      'Label',
      'Type',
      'Scale',
      'Description',
      'Place',
      'Country',
      'Latitude',
      'Longitude',
      'From',
      'To',
      'Direction',
      'Provenance',
      'Source',
      'Citation',
    ]);
    expect(network.data).toHaveLength(workshop().actors.length + workshop().relations.length);
  });

  it('adds vocabulary.csv for a dataset with its own kinds: scales in their order, labels in both languages, direction', () => {
    const loaded = loadDataset(readFileSync('tests/fixtures/valid-custom-vocabulary.json', 'utf8'), { file: 'custom' });
    if (!loaded.ok) throw new Error('fixture invalid');
    const files = toCsvSet(loaded.dataset, 'fr');
    expect(files.map((f) => f.name)).toEqual(['actors.csv', 'relations.csv', 'places.csv', 'vocabulary.csv', 'network.csv']);
    const vocabulary = Papa.parse<Record<string, string>>(files[3]!.text.slice(1), { header: true, skipEmptyLines: true });
    expect(vocabulary.meta.fields).toEqual(['Liste', 'Id', 'Libellé (fr)', 'Libellé (en)', 'Orienté']);
    expect(vocabulary.data.filter((r) => r.Liste === 'échelle').map((r) => r.Id)).toEqual(['village', 'country', 'world']);
    expect(vocabulary.data.find((r) => r.Id === 'farmers-union')).toEqual({
      Liste: 'type d’acteur',
      Id: 'farmers-union',
      'Libellé (fr)': 'syndicat paysan',
      'Libellé (en)': "farmers' union",
      Orienté: '',
    });
    expect(vocabulary.data.find((r) => r.Id === 'allied-with')).toMatchObject({ Liste: 'type de relation', 'Libellé (fr)': '', Orienté: 'non' });
    // The workshop uses the built-in lists only: no vocabulary.csv.
    expect(toCsvSet(workshop(), 'fr').map((f) => f.name)).not.toContain('vocabulary.csv');
  });

  it('in French, uses ; and decimal commas and keeps accents', () => {
    const [actors] = toCsvSet(workshop(), 'fr');
    const parsed = Papa.parse<Record<string, string>>(actors!.text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.delimiter).toBe(';');
    expect(parsed.meta.fields).toContain('Échelle');
    expect(parsed.data.find((r) => r.Id === 'ville-de-nanterre')).toMatchObject({ Latitude: '48,8919', Longitude: '2,2072' });
  });

  it('keeps every name intact through quoting, and defuses formulas', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const [actors] = toCsvSet(d, 'fr');
        const rows = Papa.parse<Record<string, string>>(actors!.text.slice(1), { header: true, skipEmptyLines: true }).data;
        expect(rows).toHaveLength(d.actors.length);
        d.actors.forEach((a, i) => {
          const name = textIn(a.name, 'fr');
          // A cell a spreadsheet would run (=, +, -, @, tab, return first) gets an apostrophe; a
          // plain signed number such as +0 or -3,5 is a number there, and stays as it is.
          const runs = /^[=+\-@\t\r]/.test(name) && !/^[-+]?\d+(?:[.,]\d+)?$/.test(name);
          const expected = runs ? `'${name}` : name;
          expect(rows[i]?.Nom).toBe(expected);
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('zips the set into one archive', () => {
    const files = toCsvSet(workshop(), 'fr');
    const unzipped = unzipSync(zipTexts(files));
    expect(Object.keys(unzipped)).toEqual(['actors.csv', 'relations.csv', 'places.csv', 'network.csv']);
    const bytes = unzipped['actors.csv']!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(files[0]!.text);
  });
});

describe('Maillage JSON export', () => {
  it('validates with loadDataset and gives back the workshop', () => {
    const d = workshop();
    const back = loadDataset(jsonText(d), { file: 'export.json', readNote: (p) => d.notesBySession.get(d.sessions.find((s) => s.notes === p)?.id ?? '') });
    expect(back.ok).toBe(true);
    if (back.ok) expect(toRawDataset(back.dataset)).toEqual(toRawDataset(d));
  });

  it('round-trips any valid dataset: same actors, relations, kinds, scales, places and provenance', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const back = loadDataset(jsonText(d), { file: 'export.json', readNote: readGeneratedNote });
        if (!back.ok) throw new Error(back.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
        expect(toRawDataset(back.dataset)).toEqual(toRawDataset(d));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
