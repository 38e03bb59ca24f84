import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import { createSearchIndex } from '../../src/data/search';

const result = readDatasetFromDisk(fileURLToPath(new URL('../../data', import.meta.url)));
if (!result.ok) throw new Error('shipped data invalid');
const index = createSearchIndex(result.dataset);
const keys = (q: string) => index.search(q, 'fr').map((r) => `${r.kind}:${r.id}`);

describe('search', () => {
  it('"cites unies" finds both Cités Unies, without accents or capitals', () => {
    expect(keys('cites unies')).toEqual(expect.arrayContaining(['actor:cites-unies-france', 'actor:cites-unies-belgique']));
  });

  it('"roger" finds Gilbert Roger first', () => {
    expect(keys('roger')[0]).toBe('person:gilbert-roger');
  });

  it('"lille" finds Lille Métropole, the region and Lianes Coopération, and not Nanterre', () => {
    expect(keys('lille')).toEqual(expect.arrayContaining(['actor:communaute-urbaine-de-lille', 'actor:region-nord-pas-de-calais', 'actor:lianes-cooperation']));
    expect(keys('lille')).not.toContain('actor:ville-de-nanterre');
  });

  it('forgives a typo in a long word', () => {
    expect(keys('barcelonne')).toContain('place:barcelone');
  });

  it('finds places, sessions and themes too, accents typed or not', () => {
    expect(keys('barcelone')).toContain('place:barcelone');
    expect(keys('AMAP')).toContain('session:amap');
    expect(keys('pauvreté')).toContain('theme:grande-pauvrete');
    expect(keys('pauvrete')).toContain('theme:grande-pauvrete');
  });

  it('labels results in the chosen language', () => {
    expect(index.search('cglu', 'en')[0]?.label).toBe('United Cities and Local Governments (UCLG)');
  });

  it('returns nothing for one letter or for nonsense', () => {
    expect(keys('c')).toEqual([]);
    expect(keys('zzzzqx')).toEqual([]);
  });
});
