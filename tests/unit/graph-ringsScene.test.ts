// A small graph's rings, drawn ahead of its layout: the same rings, at the same scale, as the
// scene the layout then dresses, with no nodes and no words yet.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { dressScene, ringsScene } from '../../src/graph/scene';
import { layoutGraph, layoutFrame } from '../../src/graph/simulation';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

describe('the rings ahead of the layout', () => {
  it('are the rings the laid-out scene has, where it has them, with no node, link nor caption', () => {
    const d = workshop();
    const model = buildModel(d, { showPeople: false, showSessions: false, filters: noFilters });
    const view = { width: 545, height: 633 };
    const ahead = ringsScene(d, layoutFrame(model, view), view, view);
    const laid = layoutGraph(model, { ...view, layout: 'rings' });
    const scene = dressScene(d, model, laid, view, { ...view, layout: 'rings', lang: 'fr' });
    expect(ahead.rings.map((r) => r.band)).toEqual(scene.rings.map((r) => r.band));
    expect(ahead.rings.map((r) => r.scale)).toEqual(scene.rings.map((r) => r.scale));
    expect([ahead.scale, ahead.aspect, ahead.width, ahead.height]).toEqual([scene.scale, scene.aspect, scene.width, scene.height]);
    expect(ahead.nodes).toEqual([]);
    expect(ahead.links).toEqual([]);
    expect(ahead.rings.map((r) => r.caption)).toEqual(ahead.rings.map(() => ''));
    expect(scene.rings.map((r) => r.caption)).toContain('Local');
  });
});
