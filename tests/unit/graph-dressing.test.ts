// A large graph's first drawing dresses its scene over several tasks (view.ts): the scene made in
// steps is the one made at once, ring captions included.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { buildModel } from '../../src/graph/model';
import { dressingScene, dressScene, zoomCorner, type Scene } from '../../src/graph/scene';
import { layoutFrame, seedLayout } from '../../src/graph/simulation';
import { noFilters } from '../../src/state/viewState';
import { syntheticDataset } from '../../scripts/synthetic';
import { workshop } from './graph-helpers';

function steps<T>(gen: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = gen.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

const view = { width: 1200, height: 700 };
const words = (scene: Scene) => scene.nodes.map((s) => [s.node.id, s.label, s.name, s.lines, s.placed]);

describe('a scene dressed in steps', () => {
  for (const [name, dataset] of [
    ['the workshop', workshop()],
    [
      'a crowded synthetic graph',
      (() => {
        const { json, notes } = syntheticDataset(800);
        const loaded = loadDataset(json, { file: 'synthetic', readNote: (p) => notes.get(p) });
        if (!loaded.ok) throw new Error('synthetic data invalid');
        return loaded.dataset;
      })(),
    ],
  ] as const) {
    it(`is the scene dressed at once, captions and labels included, pausing once per ring (${name})`, () => {
      const model = buildModel(dataset, { showPeople: true, showSessions: true, filters: noFilters });
      const options = { ...view, layout: 'rings' as const };
      const frame = layoutFrame(model, options);
      seedLayout(model, options, frame);
      const viewOptions = { ...view, layout: 'rings' as const, lang: 'fr' as const, reserved: [zoomCorner(view)] };
      const atOnce = dressScene(dataset, model, frame, view, viewOptions);
      const { value: inSteps, pauses } = steps(dressingScene(dataset, model, frame, view, viewOptions));
      expect(pauses).toBe(frame.bands.length);
      expect(inSteps.rings).toEqual(atOnce.rings);
      expect(words(inSteps)).toEqual(words(atOnce));
      expect({ ...inSteps, nodes: [], rings: [], indexOf: null }).toEqual({ ...atOnce, nodes: [], rings: [], indexOf: null });
      // Each node found at its place by its id, and no other.
      expect(inSteps.nodes.every((s, i) => inSteps.indexOf(s.node.id) === i)).toBe(true);
      expect(inSteps.indexOf('actor:no-such-actor')).toBe(-1);
    });
  }
});
