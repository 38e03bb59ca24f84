import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { buildScene, labelBoxes, placeSceneLabels, zoomCorner } from '../../src/graph/scene';
import { overlappingPairs, placeLabels } from '../../src/graph/labels';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();
// The graph's drawing on a 390×844 phone, under the compact header and above the tab bar.
const PHONE = { width: 390, height: 560 };

/** Distance from a box to a circle's edge. */
const gap = (b: { x: number; y: number; width: number; height: number }, c: { x: number; y: number; r: number }) =>
  Math.hypot(Math.max(b.x, Math.min(c.x, b.x + b.width)) - c.x, Math.max(b.y, Math.min(c.y, b.y + b.height)) - c.y) - c.r;

describe('labels on a phone (a short leader at most)', () => {
  it('puts no label more than one step from its node, and none over another', () => {
    const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
    const { scene } = buildScene(dataset, model, { ...PHONE, layout: 'rings', lang: 'fr', reserved: [zoomCorner(PHONE)], maxLabelLevel: 1 });
    const boxes = labelBoxes(scene);
    expect(boxes.length).toBeGreaterThan(scene.nodes.length / 2);
    expect(overlappingPairs(boxes)).toEqual([]);
    for (const box of boxes) {
      const s = scene.nodes.find((n) => n.node.id === box.id)!;
      const step = box.height * 0.9;
      expect(gap(box, { x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius + 1 })).toBeLessThanOrEqual(3 + step + 1);
    }
  });

  it('labels the selection first when asked, even where the hubs took the room', () => {
    const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
    const { scene } = buildScene(dataset, model, { ...PHONE, layout: 'rings', lang: 'fr', reserved: [zoomCorner(PHONE)], maxLabelLevel: 1 });
    for (const s of scene.nodes) {
      placeSceneLabels(scene, s.node.id);
      expect(scene.nodes.find((n) => n.node.id === s.node.id)?.placed).not.toBeNull();
    }
  });

  it('offers candidates up to the given step only', () => {
    const crowd = Array.from({ length: 9 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 3) * 14,
      y: Math.floor(i / 3) * 14,
      r: 5,
      width: 70,
      height: 16,
      priority: 9 - i,
    }));
    const bounds = { x: -400, y: -400, width: 800, height: 800 };
    const near = placeLabels(crowd, { bounds, circles: crowd, maxLevel: 1 });
    for (const p of near.filter((l) => l.free)) {
      const r = crowd.find((c) => c.id === p.id)!;
      expect(gap({ x: r.x + p.dx, y: r.y + p.dy, width: p.width, height: p.height }, r)).toBeLessThanOrEqual(3 + 16 * 0.9 + 1);
    }
  });
});
