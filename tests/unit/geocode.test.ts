// The geocoder on the real gazetteer files of public/gazetteer/ (npm run build-gazetteer).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGazetteer, type Gazetteer } from '../../src/geocode/gazetteer';
import { geocode } from '../../src/geocode/geocode';
import { GAZETTEER_SOURCES } from '../../src/geocode/sources';
import { placeActors } from '../../src/geocode/placeDataset';
import { resolvePlaces } from '../../src/geocode/resolveOpened';
import { DatasetSchema } from '../../src/data/schema';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/gazetteer/${file}`, 'utf8'));
const built = createGazetteer({ communes: read('communes.json'), cities: read('cities.json') });
if (!built.ok) throw new Error(built.error);
const gazetteer: Gazetteer = built.gazetteer;

describe('offline geocoding', () => {
  it('finds Nanterre among French communes, with where it came from', () => {
    const r = geocode(gazetteer, 'Nanterre');
    expect(r).toMatchObject({ ok: true, source: GAZETTEER_SOURCES.communes, match: { insee: '92050', departement: '92' } });
    if (r.ok) {
      expect(r.lat).toBeCloseTo(48.892, 2);
      expect(r.lon).toBeCloseTo(2.207, 2);
    }
  });

  it('reports Saint-Denis as ambiguous (93 or La Réunion), settled by a département or a country', () => {
    const r = geocode(gazetteer, 'Saint-Denis');
    expect(r.ok).toBe(false);
    const departements = 'ambiguous' in r ? r.ambiguous.map((c) => c.departement) : [];
    expect(departements).toEqual(expect.arrayContaining(['93', '974']));
    expect(geocode(gazetteer, 'Saint-Denis', { departement: '93' })).toMatchObject({ ok: true, match: { insee: '93066' } });
    expect(geocode(gazetteer, 'saint denis', { departement: 'Seine-Saint-Denis' })).toMatchObject({ ok: true, match: { insee: '93066' } });
    expect(geocode(gazetteer, 'Saint-Denis', { country: 'La Réunion' })).toMatchObject({ ok: true, match: { insee: '97411' } });
    expect(geocode(gazetteer, 'St-Denis', { country: 'RE' })).toMatchObject({ ok: true, match: { insee: '97411' } });
  });

  it('finds a commune by INSEE code: 93008 is Bobigny', () => {
    expect(geocode(gazetteer, '', { insee: '93008' })).toMatchObject({ ok: true, match: { name: 'Bobigny', departement: '93' } });
    expect(geocode(gazetteer, 'Bobigny', { insee: '99999' })).toEqual({ ok: false, unknown: 'insee' });
  });

  it('ignores case, accents, hyphens and spacing', () => {
    expect(geocode(gazetteer, 'Savigny le Temple')).toMatchObject({ ok: true, match: { name: 'Savigny-le-Temple', departement: '77' } });
    expect(geocode(gazetteer, '  SAVIGNY-LE-TEMPLE ')).toMatchObject({ ok: true, match: { insee: '77445' } });
    expect(geocode(gazetteer, 'Evry Courcouronnes')).toMatchObject({ ok: true, match: { departement: '91' } });
  });

  it('finds Barcelona by name and country, in any language, and says it is ambiguous without one', () => {
    for (const country of ['ES', 'Espagne', 'Spain', 'es']) {
      expect(geocode(gazetteer, 'Barcelona', { country })).toMatchObject({ ok: true, source: GAZETTEER_SOURCES.cities, match: { country: 'ES' } });
    }
    const alone = geocode(gazetteer, 'Barcelona');
    expect('ambiguous' in alone && alone.ambiguous.map((c) => c.country)).toEqual(expect.arrayContaining(['ES', 'VE']));
  });

  it('reports Boutilimit (Mauritania, under the population threshold) as unknown, not misplaced', () => {
    expect(geocode(gazetteer, 'Boutilimit', { country: 'MR' })).toEqual({ ok: false, unknown: 'name' });
    expect(geocode(gazetteer, 'Boutilimit', { country: 'Mauritanie' })).toEqual({ ok: false, unknown: 'name' });
    expect(geocode(gazetteer, 'Nouakchott', { country: 'Mauritanie' })).toMatchObject({ ok: true, match: { country: 'MR' } });
  });

  it('says which hint it could not read', () => {
    expect(geocode(gazetteer, 'Nanterre', { country: 'Atlantide' })).toEqual({ ok: false, unknown: 'country' });
    expect(geocode(gazetteer, 'Nanterre', { departement: '999' })).toEqual({ ok: false, unknown: 'departement' });
    expect(geocode(gazetteer, 'Nanterre', { departement: '93' })).toEqual({ ok: false, unknown: 'name' });
  });
});

describe('placing the actors of an opened file', () => {
  const raw = DatasetSchema.parse({
    event: { title: { fr: 'Partenaires' } },
    actors: [
      { id: 'mairie-nanterre', name: { fr: 'Mairie de Nanterre' }, kind: 'municipality', scale: 'local', place: null },
      { id: 'asso-nanterre', name: { fr: 'Association de Nanterre' }, kind: 'association', scale: 'local', place: null },
      { id: 'saint-denis', name: { fr: 'Ville de Saint-Denis' }, kind: 'municipality', scale: 'local', place: null },
      { id: 'boutilimit', name: { fr: 'Boutilimit' }, kind: 'municipality', scale: 'local', place: null },
    ],
  });

  it('gives found places approximate coordinates with their source, shared by actors at the same spot', () => {
    const { raw: placed, report } = placeActors(
      raw,
      [
        { actor: 'mairie-nanterre', name: 'Nanterre' },
        { actor: 'asso-nanterre', name: 'nanterre' },
        { actor: 'saint-denis', name: 'Saint-Denis' },
        { actor: 'boutilimit', name: 'Boutilimit', country: 'Mauritanie' },
      ],
      gazetteer,
    );
    expect(placed.places).toEqual([
      {
        id: 'nanterre',
        name: { fr: 'Nanterre' },
        country: 'FR',
        latitude: expect.closeTo(48.892, 2),
        longitude: expect.closeTo(2.207, 2),
        precision: 'approximate',
        geocodedFrom: GAZETTEER_SOURCES.communes,
      },
    ]);
    expect(placed.actors.map((a) => a.place)).toEqual(['nanterre', 'nanterre', null, null]);
    expect(report.ambiguous.map((a) => [a.request.actor, a.candidates.map((c) => c.departement)])).toEqual([
      ['saint-denis', expect.arrayContaining(['93', '974'])],
    ]);
    expect(report.unknown).toEqual([{ request: expect.objectContaining({ actor: 'boutilimit' }), reason: 'name' }]);
    // The result is a valid dataset.
    expect(DatasetSchema.safeParse(placed).success).toBe(true);
  });
});

describe('resolving the places of an opened file', () => {
  it('places what it can, says what it could not, and gives a valid dataset to keep', async () => {
    const raw = {
      event: { title: { fr: 'Partenaires' } },
      actors: [
        { id: 'cglu', name: { fr: 'CGLU' }, kind: 'world-organisation', scale: 'global', place: null },
        { id: 'bobigny', name: { fr: 'Département' }, kind: 'departement', scale: 'departmental', place: null },
      ],
    };
    let loads = 0;
    const result = await resolvePlaces(
      'partenaires.csv',
      raw,
      [
        { actor: 'cglu', name: 'Barcelona', country: 'Espagne' },
        { actor: 'bobigny', name: '', insee: '93008' },
      ],
      async () => {
        loads += 1;
        return gazetteer;
      },
    );
    expect(loads).toBe(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => result.dataset.placeById.get(a.place ?? '')?.name.fr)).toEqual(['Barcelona', 'Bobigny']);
    expect(result.dataset.places.every((p) => p.precision === 'approximate' && p.geocodedFrom?.startsWith('gazetteer:'))).toBe(true);
    expect(JSON.parse(result.text)).toMatchObject({ places: [{ id: 'barcelona' }, { id: 'bobigny' }] });
  });

  it('says so when the gazetteer cannot be fetched', async () => {
    const result = await resolvePlaces(
      'a.csv',
      { event: { title: { fr: 'x' } }, actors: [{ id: 'a', name: { fr: 'A' }, kind: 'municipality', scale: 'local', place: null }] },
      [{ actor: 'a', name: 'Nanterre' }],
      () => Promise.reject(new Error('gazetteer/communes.json: HTTP 404')),
    );
    expect(result).toEqual({ ok: false, error: 'gazetteer/communes.json: HTTP 404' });
  });
});

describe('a spreadsheet’s Département column', () => {
  it('settles a commune named in several départements when the file is opened', async () => {
    const { parseFile } = await import('../../src/import/parseFile');
    const csv = 'Nom;Type;Échelle;Commune;Département\nVille A;municipality;local;Saint-Denis;93\nVille B;municipality;local;Saint-Denis;La Réunion\n';
    const parsed = await parseFile(new TextEncoder().encode(csv), 'partenaires.csv');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.unresolvedPlaces.map((p) => [p.name, p.departement])).toEqual([
      ['Saint-Denis', '93'],
      ['Saint-Denis', 'La Réunion'],
    ]);
    const raw = DatasetSchema.parse(parsed.raw);
    const { report } = placeActors(raw, parsed.unresolvedPlaces, gazetteer);
    expect(report.ambiguous).toEqual([]);
    expect(report.placed).toHaveLength(2);
  }, 30_000);
});
