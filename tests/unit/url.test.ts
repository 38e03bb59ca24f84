import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/url';
import { initialViewState } from '../../src/state/viewState';

describe('the URL hash', () => {
  it('reads a selection, the language, the layout and the step', () => {
    expect(parseHash('#/acteur/cites-unies-france?lang=en&layout=free&step=3')).toEqual({
      selection: { type: 'actor', id: 'cites-unies-france' },
      lang: 'en',
      layout: 'free',
      step: 3,
    });
    expect(parseHash('#/lieu/barcelone').selection).toEqual({ type: 'place', id: 'barcelone' });
    expect(parseHash('#/session/amap').selection).toEqual({ type: 'session', id: 'amap' });
    expect(parseHash('#/personne/gilbert-roger').selection).toEqual({ type: 'person', id: 'gilbert-roger' });
  });

  it('round-trips every selection type', () => {
    for (const type of ['actor', 'session', 'place', 'person'] as const) {
      const state = { ...initialViewState, selection: { type, id: 'x-1' }, lang: 'en' as const };
      const back = parseHash(formatHash(state));
      expect(back.selection).toEqual({ type, id: 'x-1' });
      expect(back.lang).toBe('en');
    }
  });

  it('reads a hand-typed #lang=en without the path as the overview in English', () => {
    expect(parseHash('#lang=en&layout=free')).toEqual({ selection: null, lang: 'en', layout: 'free' });
    expect(parseHash('#lang=de')).toEqual({ selection: null, unreadable: ['lang=de'] });
  });

  it('keeps the overview URL short', () => {
    expect(formatHash(initialViewState)).toBe('#/');
  });

  it('ignores bad parameters and reports them and an unreadable path instead of failing', () => {
    expect(parseHash('#/?lang=de&layout=spiral&step=-4')).toEqual({ selection: null, unreadable: ['lang=de', 'layout=spiral', 'step=-4'] });
    expect(parseHash('#/planete/mars')).toEqual({ selection: null, unreadable: ['/planete/mars'] });
    expect(parseHash('#/acteur/<img src=x>')).toMatchObject({ selection: null });
    expect(parseHash('#/acteur/%E0%A4%A')).toMatchObject({ selection: null });
  });
});
