// The whole view in the address (issue 11): every valid state comes back the same, malformed parts
// are left out and named, never a failure.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHash, parseHash } from '../../src/state/url';
import { APP_VIEWS, MAP_FRAMES, initialViewState, noFilters, type ViewState } from '../../src/state/viewState';
import { fullAppAddress, isEmbed } from '../../src/ui/embed';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const ids = fc.uniqueArray(id, { maxLength: 5 });
const state: fc.Arbitrary<ViewState> = fc
  .record({
    selection: fc.option(fc.record({ type: fc.constantFrom('actor' as const, 'session' as const, 'place' as const, 'person' as const), id })),
    lang: fc.constantFrom('fr' as const, 'en' as const),
    layout: fc.constantFrom('rings' as const, 'free' as const),
    step: fc.option(fc.integer({ min: 0, max: 999 })),
    filters: fc.record({ hiddenKinds: ids, hiddenScales: ids, themes: ids, hiddenRelationKinds: ids, hideUnsourced: fc.boolean() }),
    showPeople: fc.boolean(),
    showSessions: fc.boolean(),
    view: fc.constantFrom(...APP_VIEWS),
    mapFrame: fc.option(fc.constantFrom(...MAP_FRAMES)),
  })
  .map((s) => ({ ...initialViewState, ...s }));

/** The state an address gives, over the initial one (as urlSync applies it). */
const fromHash = (hash: string): ViewState => {
  const url = parseHash(hash);
  return {
    ...initialViewState,
    selection: url.selection,
    lang: url.lang ?? 'fr',
    layout: url.layout ?? 'rings',
    step: url.step ?? null,
    filters: url.filters ?? noFilters,
    showPeople: url.showPeople ?? false,
    showSessions: url.showSessions ?? false,
    view: url.view ?? 'graph',
    mapFrame: url.mapFrame ?? null,
  };
};

describe('the whole view in the address', () => {
  it('round-trips any valid state: selection, filters, toggles, the view in front and the map view', () => {
    fc.assert(
      fc.property(state, (s) => {
        const hash = formatHash(s);
        const back = fromHash(hash);
        expect(back).toEqual(s);
        expect(parseHash(hash).unreadable).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('writes short, readable parameters', () => {
    const s: ViewState = {
      ...initialViewState,
      selection: { type: 'actor', id: 'cites-unies-france' },
      filters: { ...noFilters, hiddenKinds: ['commune', 'association'], hiddenScales: ['global'], hideUnsourced: true },
      showPeople: true,
      mapFrame: 'europe',
      view: 'map',
    };
    expect(formatHash(s)).toBe('#/acteur/cites-unies-france?hidden-kinds=commune,association&hidden-scales=global&sourced=1&speakers=1&view=map&map=europe');
  });

  it('leaves out malformed and unknown parts, names each of them, and keeps the rest', () => {
    const url = parseHash('#/acteur/amap?hidden-kinds=commune,Bad_Id&speakers=yes&map=mars&view=table&colour=red&sessions=1');
    expect(url.selection).toEqual({ type: 'actor', id: 'amap' });
    expect(url.view).toBe('table');
    expect(url.showSessions).toBe(true);
    expect(url.showPeople).toBeUndefined();
    expect(url.mapFrame).toBeUndefined();
    expect(url.filters).toBeUndefined();
    expect(url.unreadable).toEqual(['hidden-kinds=commune,Bad_Id', 'speakers=yes', 'map=mars', 'colour=red']);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const url = parseHash(`#/${text}`);
        expect(Array.isArray(url.unreadable ?? [])).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(parseHash('#/?%E0%A4%A=1&themes=%E0%A4%A').filters).toBeUndefined();
    expect(parseHash(`#/?themes=${'a,'.repeat(500)}a`).unreadable).toHaveLength(1);
  });

  it('keeps a repeated parameter’s first value and reports the others', () => {
    expect(parseHash('#/?map=europe&map=world')).toMatchObject({ mapFrame: 'europe', unreadable: ['map=world'] });
  });
});

describe('the embedded view’s link to the full app', () => {
  it('reads ?embed and links to the same address without it, dataset kept', () => {
    expect(isEmbed('?embed')).toBe(true);
    expect(isEmbed('?dataset=local:x')).toBe(false);
    const s: ViewState = { ...initialViewState, selection: { type: 'place', id: 'lille' }, mapFrame: 'world' };
    expect(fullAppAddress('https://example.org/maillage/?embed&dataset=local:abc#/old', s)).toBe(
      'https://example.org/maillage/?dataset=local%3Aabc#/lieu/lille?map=world',
    );
  });
});
