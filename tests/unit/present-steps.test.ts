import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/data/bundled';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import {
  applyCommand,
  captionOf,
  stepLabel,
  clampStep,
  goToStep,
  lastStep,
  leavePresentation,
  nextStep,
  previousStep,
  selectionOfStep,
  stepCount,
  stepsOf,
  toggleBlackout,
} from '../../src/present/steps';

const result = loadBundledDataset();
if (!result.ok) throw new Error('bundled data invalid');
const d = result.dataset;
const at = (state: Partial<ViewState>): ViewState => ({ ...initialViewState, ...state });

describe('the steps of the presentation', () => {
  it('are the title, each session in programme order, then the whole network', () => {
    const steps = stepsOf(d);
    expect(steps).toHaveLength(9);
    expect(stepCount(d)).toBe(9);
    expect(steps.map((s) => (s.kind === 'session' ? s.session.id : s.kind))).toEqual([
      'title',
      'introduction',
      'savigny-le-temple',
      'lianes-cooperation',
      'reseau-agcs',
      'amap',
      'cites-unies-belgique',
      'cites-unies-france',
      'network',
    ]);
    expect(steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('select the step’s session, and nothing on the title and the whole network', () => {
    expect(selectionOfStep(d, 0)).toBeNull();
    expect(selectionOfStep(d, 5)).toEqual({ type: 'session', id: 'amap' });
    expect(selectionOfStep(d, 8)).toBeNull();
  });

  it('clamp out-of-range steps', () => {
    expect(clampStep(d, -3)).toBe(0);
    expect(clampStep(d, 42)).toBe(lastStep(d));
    expect(clampStep(d, 2.7)).toBe(2);
  });

  it('move forward and back without passing the ends, selecting as they go', () => {
    let s = goToStep(d, 0)(at({ selection: { type: 'actor', id: 'amap' } }));
    expect(s).toMatchObject({ step: 0, selection: null });
    s = nextStep(d)(s);
    expect(s).toMatchObject({ step: 1, selection: { type: 'session', id: 'introduction' } });
    s = previousStep(d)(previousStep(d)(s));
    expect(s.step).toBe(0);
    const end = goToStep(d, 8)(s);
    expect(nextStep(d)(end)).toBe(end); // unchanged state: the store does not notify
    expect(nextStep(d)(at({}))).toMatchObject({ step: 0 }); // from "not presenting" to the title
  });

  it('black the screen only while presenting, and leave with the last selection kept', () => {
    expect(toggleBlackout(at({}))).toEqual(at({}));
    const s = toggleBlackout(goToStep(d, 3)(at({})));
    expect(s.blackout).toBe(true);
    expect(goToStep(d, 4)(s).blackout).toBe(false);
    expect(leavePresentation(s)).toMatchObject({ step: null, blackout: false, selection: { type: 'session', id: 'lianes-cooperation' } });
  });

  it('apply commands; next while black only brings the picture back', () => {
    const black = toggleBlackout(goToStep(d, 2)(at({})));
    expect(applyCommand(d, { type: 'next' })?.(black)).toMatchObject({ step: 2, blackout: false });
    expect(applyCommand(d, { type: 'last' })?.(black)).toMatchObject({ step: 8 });
    expect(applyCommand(d, { type: 'goto', step: 7 })?.(black)).toMatchObject({ step: 7, selection: { id: 'cites-unies-france' } });
    expect(applyCommand(d, { type: 'fullscreen' })).toBeNull();
  });

  it('caption each step with its title and speaker, in both languages', () => {
    expect(captionOf(d, 0, 'fr').title).toContain('Du local au mondial');
    const gilbert = captionOf(d, 7, 'fr');
    expect(gilbert.kicker).toBe('Alliances continentales et mondiales');
    expect(gilbert.progress).toBe('Session 7 sur 7'); // the number its digit key uses
    expect(gilbert.title).toContain('Cités Unies France');
    expect(gilbert.detail).toMatch(/^Intervenant·e : Gilbert Roger/);
    expect(captionOf(d, 4, 'en').detail).toContain('AGCS');
    expect(captionOf(d, 8, 'en')).toMatchObject({ kicker: 'The whole network', progress: '' });
    expect(captionOf(d, 0, 'en').progress).toBe('');
    // the console's list: sessions by their number, the title and the network by name
    expect(stepLabel(d, 0, 'fr')).toBe('Titre de l’atelier');
    expect(stepLabel(d, 2, 'fr')).toMatch(/^2\. L'expérience de la municipalité/);
    expect(stepLabel(d, 8, 'fr')).toBe('Le réseau complet');
  });
});
