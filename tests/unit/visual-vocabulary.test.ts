import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, RELATION_KINDS } from '../../src/data/schema';
import { resolveVocabulary } from '../../src/data/vocabulary';
import { BUILT_IN_KIND_STYLES, FAMILY_STYLES, OKABE_ITO, PERSON_STYLE, visualVocabulary } from '../../src/vocabulary/visual';

const label = (id: string) => ({ fr: id, en: id });
const withKinds = (ids: readonly string[]) => resolveVocabulary({ actorKinds: ids.map((id) => ({ id, label: label(id) })) });
const kinds = (n: number) => Array.from({ length: n }, (_, i) => `kind-${i}`);
const pair = (s: { fill: string; shape: string }) => `${s.fill}/${s.shape}`;

describe('the visual vocabulary', () => {
  it('keeps exactly the workshop look for the built-in kinds', () => {
    const visual = visualVocabulary(withKinds(kinds(5)));
    expect(visual.kindStyle('municipality')).toEqual({ fill: OKABE_ITO.blue, shape: 'circle' });
    expect(visual.kindStyle('world-organisation')).toEqual({ fill: OKABE_ITO.purple, shape: 'star' });
    for (const k of ACTOR_KINDS) expect(visual.kindStyle(k)).toEqual(BUILT_IN_KIND_STYLES[k]);
    expect(visual.relationStyle('member-of')).toMatchObject({ family: 'belonging', stroke: '#3d4a5c', directed: true });
    expect(visual.relationStyle('twinned-with')).toMatchObject({ family: 'cooperation', stroke: OKABE_ITO.blue, directed: false });
    expect(visual.relationStyle('founding-member-of').width).toBe(3.5);
  });

  it('gives up to 40 new kinds 40 different colour + shape pairs, none of them a built-in kind’s or the speakers’', () => {
    const ids = kinds(40);
    const visual = visualVocabulary(withKinds(ids));
    const pairs = ids.map((k) => pair(visual.kindStyle(k)));
    expect(new Set(pairs).size).toBe(40);
    const builtIn = new Set([...Object.values(BUILT_IN_KIND_STYLES), PERSON_STYLE].map(pair));
    expect(pairs.filter((p) => builtIn.has(p))).toEqual([]);
  });

  it('changes the shape as well as the colour from one new kind to the next', () => {
    const ids = kinds(8);
    const visual = visualVocabulary(withKinds(ids));
    const styles = ids.map((k) => visual.kindStyle(k));
    expect(new Set(styles.map((s) => s.fill)).size).toBe(8);
    for (let i = 1; i < styles.length; i++) expect(styles[i]!.shape).not.toBe(styles[i - 1]!.shape);
  });

  it('is stable for a dataset: the same declared kinds give the same look, whatever else is computed', () => {
    const ids = ['farmers-union', 'cooperative', 'ngo'];
    const first = ids.map((k) => visualVocabulary(withKinds(ids)).kindStyle(k));
    visualVocabulary(withKinds(['other', 'kinds', 'first']));
    const again = ids.map((k) => visualVocabulary(withKinds(ids)).kindStyle(k));
    expect(again).toEqual(first);
  });

  it('gives a declared relation kind its own family colour and its declared direction', () => {
    const v = resolveVocabulary({ relationKinds: [{ id: 'allied-with', label: label('allied with'), directed: false }] });
    const style = visualVocabulary(v).relationStyle('allied-with');
    expect(style).toMatchObject({ family: 'other', stroke: FAMILY_STYLES.other.stroke, directed: false });
    const builtInStrokes = new Set(RELATION_KINDS.map((k) => visualVocabulary(v).relationStyle(k).stroke));
    expect(builtInStrokes.has(style.stroke)).toBe(false);
  });
});
