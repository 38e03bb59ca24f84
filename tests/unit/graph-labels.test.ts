import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { buildScene, labelBoxes, zoomCorner } from '../../src/graph/scene';
import { boxesOverlap, overlappingPairs, placeLabels } from '../../src/graph/labels';
import { estimateTextWidth } from '../../src/graph/textWidth';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();

// The drawing's share of the screen (see .layout in src/styles.css), less the graph's toolbar,
// legend and details: what the view measures in Chromium at these window sizes (graph.e2e.ts logs it).
const GRAPH_SIZES = {
  '1280x720': { width: 505, height: 360 },
  '1920x1080': { width: 867, height: 763 },
} as const;

describe('label placement', () => {
  it('finds free spots for crowded labels', () => {
    const requests = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, x: i * 12, y: 0, r: 5, width: 60, height: 18, priority: 0 }));
    const placed = placeLabels(requests, { bounds: { x: -300, y: -300, width: 600, height: 600 }, circles: requests });
    const boxes = placed.map((p) => ({ id: p.id, x: requests.find((r) => r.id === p.id)!.x + p.dx, y: p.dy, width: p.width, height: p.height }));
    expect(overlappingPairs(boxes)).toEqual([]);
    expect(placed.every((p) => p.free)).toBe(true);
  });

  it('estimates wider text as wider', () => {
    expect(estimateTextWidth('Savigny-le-Temple', 14)).toBeGreaterThan(estimateTextWidth('AMAP', 14));
    expect(estimateTextWidth('AMAP', 28)).toBeGreaterThanOrEqual(2 * estimateTextWidth('AMAP', 14) - 1);
  });

  for (const [name, size] of Object.entries(GRAPH_SIZES)) {
    for (const layout of ['rings', 'free'] as const) {
      for (const lang of ['fr', 'en'] as const) {
        it(`labels every node of the workshop without overlap at ${name} (${layout}, ${lang})`, () => {
          const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
          const { scene } = buildScene(dataset, model, { ...size, layout, lang, reserved: [zoomCorner(size)] });
          const boxes = labelBoxes(scene);
          expect(boxes).toHaveLength(model.nodes.length);
          expect(scene.fontSize).toBeGreaterThanOrEqual(14);
          expect(overlappingPairs(boxes)).toEqual([]);
          for (const box of boxes) {
            for (const ring of scene.rings) expect(boxesOverlap(box, ring.captionBox), `${box.id} / ${ring.scale}`).toBe(false);
            expect(boxesOverlap(box, zoomCorner(size)), `${box.id} / zoom buttons`).toBe(false);
            expect(box.x).toBeGreaterThanOrEqual(-size.width / 2);
            expect(box.x + box.width).toBeLessThanOrEqual(size.width / 2);
            expect(box.y).toBeGreaterThanOrEqual(-size.height / 2);
            expect(box.y + box.height).toBeLessThanOrEqual(size.height / 2);
          }
          expect(scene.nodes.filter((s) => !s.placed?.free).map((s) => s.node.id)).toEqual([]);
        });
      }
    }
  }
});

describe('label placement across view sizes', () => {
  it('finds a free spot for every label from 480×380 to 1000×900, both layouts and languages', () => {
    const failures: string[] = [];
    for (const lang of ['fr', 'en'] as const) {
      for (const layout of ['rings', 'free'] as const) {
        for (let width = 480; width <= 1000; width += 130) {
          for (let height = 380; height <= 900; height += 130) {
            const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
            const { scene } = buildScene(dataset, model, { width, height, layout, lang, reserved: [zoomCorner({ width, height })] });
            const stuck = scene.nodes.filter((s) => !s.placed?.free).length;
            const overlaps = overlappingPairs(labelBoxes(scene)).length;
            if (stuck || overlaps) failures.push(`${lang} ${layout} ${width}×${height}: ${stuck} stuck, ${overlaps} overlaps`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
