import { describe, expect, it } from 'vitest';
import { matchColumns } from '../../src/import/columns';

describe('the column matcher', () => {
  it('reads French headers whatever their case and accents', () => {
    const map = matchColumns(['NOM', 'type', 'echelle', 'Commune', 'Pays', 'Code Insee', 'Latitude', 'Longitude', 'Thèmes']);
    expect(map.roles).toEqual({ name: 0, kind: 1, scale: 2, place: 3, country: 4, insee: 5, latitude: 6, longitude: 7 });
    expect(map.unknown).toEqual([8]);
    expect(map.lang).toBe('fr');
    expect(map.hasActors).toBe(true);
    expect(map.hasRelations).toBe(false);
  });

  it('reads Kumu’s and English names: Label, Scale, City, Lat, Lng', () => {
    const map = matchColumns(['Label', 'Type', 'Description', 'Tags', 'Scale', 'City', 'Country', 'Lat', 'Lng']);
    expect(map.roles).toMatchObject({ name: 0, kind: 1, description: 2, scale: 4, place: 5, country: 6, latitude: 7, longitude: 8 });
    expect(map.unknown).toEqual([3]);
    expect(map.lang).toBe('en');
  });

  it('takes Source for the actor a link starts from in an edge list (Source, Target)', () => {
    const map = matchColumns(['Source', 'Target', 'Type']);
    expect(map.roles).toMatchObject({ from: 0, to: 1, kind: 2 });
    expect(map.hasRelations).toBe(true);
    expect(map.hasActors).toBe(false);
  });

  it('takes Source for an address when From/De names the first actor', () => {
    const map = matchColumns(['De', 'Vers', 'Type', 'Source', 'Citation']);
    expect(map.roles).toMatchObject({ from: 0, to: 1, kind: 2, sourceUrl: 3, quote: 4 });
    expect(map.lang).toBe('fr');
  });

  it('keeps a second column of the same meaning as an attribute, not a silent overwrite', () => {
    const map = matchColumns(['Nom', 'Name', 'Ville']);
    expect(map.roles.name).toBe(0);
    expect(map.unknown).toEqual([1]);
  });

  it('finds neither actors nor relations in unrelated headers', () => {
    const map = matchColumns(['Budget', 'Année']);
    expect(map.hasActors || map.hasRelations).toBe(false);
  });
});
