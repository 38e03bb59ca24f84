import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { buildScene, dressScene, labelBoxes, spaceFor, zoomCorner } from '../../src/graph/scene';
import { boxesOverlap, overlappingPairs, placeLabels, type Box } from '../../src/graph/labels';
import { ringDistance } from '../../src/graph/bands';
import { estimateTextWidth } from '../../src/graph/textWidth';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();

// The drawing's share of the screen (see .layout in src/styles.css), less the graph's toolbar and
// legend (the details caption is hidden beside the side panel): what the view measures in Chromium
// at these window sizes (graph.e2e.ts logs it).
const GRAPH_SIZES = {
  '1280x720': { width: 505, height: 417 },
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
            for (const ring of scene.rings) for (const c of ring.placed.boxes) expect(boxesOverlap(box, c), `${box.id} / ${ring.scale}`).toBe(false);
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

// Each language and layout is its own case with an explicit budget: a sweep of 16 sizes builds 16
// scenes, which takes a few seconds on a busy two-core machine (speed lives in npm run bench).
const SWEEP_BUDGET_MS = 60_000;

describe('label placement across view sizes', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const layout of ['rings', 'free'] as const) {
      it(
        `finds a free spot for every label from 480×380 to 1000×900 (${layout}, ${lang})`,
        () => {
          const failures: string[] = [];
          for (let width = 480; width <= 1000; width += 130) {
            for (let height = 380; height <= 900; height += 130) {
              const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
              const { scene } = buildScene(dataset, model, { width, height, layout, lang, reserved: [zoomCorner({ width, height })] });
              const stuck = scene.nodes.filter((s) => !s.placed?.free).length;
              const overlaps = overlappingPairs(labelBoxes(scene)).length;
              if (stuck || overlaps) failures.push(`${width}×${height}: ${stuck} stuck, ${overlaps} overlaps`);
            }
          }
          expect(failures).toEqual([]);
        },
        SWEEP_BUDGET_MS,
      );
    }
  }
});

/** Distance from a box to a circle's edge. */
const gapTo = (b: Box, c: { x: number; y: number; r: number }) =>
  Math.hypot(Math.max(b.x, Math.min(c.x, b.x + b.width)) - c.x, Math.max(b.y, Math.min(c.y, b.y + b.height)) - c.y) - c.r;

// A phone's graph (390 px wide, what is left of 844 px under the header), and the two desktops.
const VIEWS = { '390×844': { width: 390, height: 465 }, ...GRAPH_SIZES } as const;

describe('ring captions and label attachment', () => {
  for (const [name, size] of Object.entries(VIEWS)) {
    for (const lang of ['fr', 'en'] as const) {
      it(`writes each ring caption in its band, clear of the others and of every label, at ${name} (${lang})`, () => {
        const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
        const { scene } = buildScene(dataset, model, { ...size, layout: 'rings', lang, reserved: [zoomCorner(size)] });
        expect(scene.rings).toHaveLength(7);
        const labels = labelBoxes(scene);
        scene.rings.forEach((ring, i) => {
          for (const box of ring.placed.boxes) {
            // In its band: the caption's middle line lies between the band's edges.
            const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
            const r = ringDistance(centre.x, centre.y, scene.aspect);
            expect(r, ring.scale).toBeGreaterThanOrEqual(ring.band.inner - 1);
            expect(r, ring.scale).toBeLessThanOrEqual(ring.band.outer + 1);
            for (const other of scene.rings.slice(i + 1)) {
              for (const o of other.placed.boxes) expect(boxesOverlap(box, o), `${ring.scale} / ${other.scale}`).toBe(false);
            }
            for (const label of labels) expect(boxesOverlap(box, label), `${ring.scale} / ${label.id}`).toBe(false);
            for (const s of scene.nodes)
              expect(gapTo(box, { x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius }), `${ring.scale} / ${s.node.id}`).toBeGreaterThan(0);
          }
        });
      });

      it(`attaches every label to its node: nearer its own node than any other, or joined by a leader, at ${name} (${lang})`, () => {
        const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
        const { scene } = buildScene(dataset, model, { ...size, layout: 'rings', lang, reserved: [zoomCorner(size)] });
        const ambiguous: string[] = [];
        for (const box of labelBoxes(scene)) {
          const own = scene.nodes.find((s) => s.node.id === box.id)!;
          const mine = gapTo(box, { x: own.node.x ?? 0, y: own.node.y ?? 0, r: own.node.radius });
          const nearest = Math.min(...scene.nodes.filter((s) => s !== own).map((s) => gapTo(box, { x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius })));
          // A leader only shows when it is a few pixels long (on screen).
          const led = own.placed?.leader === true && mine * scene.scale >= 6;
          if (mine > nearest && !led) ambiguous.push(`${box.id}: ${mine.toFixed(1)} from its node, ${nearest.toFixed(1)} from another`);
        }
        expect(ambiguous).toEqual([]);
      });
    }
  }
});

describe('a view that changes size', () => {
  const view = GRAPH_SIZES['1920x1080'];
  it('keeps the space it was laid out in for small changes, and makes a new one for large ones', () => {
    const space = spaceFor(view, null);
    expect(space).toEqual(view);
    for (const next of [
      { width: view.width, height: 555 },
      { width: view.width, height: 700 },
      { width: 760, height: view.height },
      { width: 1000, height: 850 },
    ]) {
      expect(spaceFor(next, space), `${next.width}×${next.height}`).toBe(space);
    }
    expect(spaceFor({ width: 390, height: 460 }, space)).toEqual({ width: 390, height: 460 });
    expect(spaceFor({ width: 1850, height: 900 }, space)).toEqual({ width: 1850, height: 900 });
  });

  for (const layout of ['rings', 'free'] as const) {
    it(`moves no node when the view is resized within its space or the language switched (${layout})`, () => {
      const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
      const built = buildScene(dataset, model, { ...view, layout, lang: 'fr', reserved: [zoomCorner(view)] });
      const before = model.nodes.map((n) => [n.id, n.x, n.y]);
      for (const [next, lang] of [
        [{ width: view.width, height: 555 }, 'fr'],
        [{ width: view.width, height: 640 }, 'fr'],
        [view, 'en'],
        [{ width: 800, height: 700 }, 'en'],
      ] as const) {
        const scene = dressScene(dataset, model, built.layout, built.scene.space, { ...next, layout, lang, reserved: [zoomCorner(next)] });
        expect(model.nodes.map((n) => [n.id, n.x, n.y])).toEqual(before);
        expect(scene.scale).toBeCloseTo(Math.min(next.width / view.width, next.height / view.height));
        // Labels are placed again for the new view: every one free, none over another, all in view.
        const boxes = labelBoxes(scene);
        expect(boxes).toHaveLength(model.nodes.length);
        expect(overlappingPairs(boxes)).toEqual([]);
        expect(scene.nodes.filter((s) => !s.placed?.free).map((s) => s.node.id)).toEqual([]);
        for (const b of boxes) {
          expect(b.x * scene.scale).toBeGreaterThanOrEqual(-next.width / 2);
          expect((b.x + b.width) * scene.scale).toBeLessThanOrEqual(next.width / 2);
          expect(b.y * scene.scale).toBeGreaterThanOrEqual(-next.height / 2);
          expect((b.y + b.height) * scene.scale).toBeLessThanOrEqual(next.height / 2);
        }
      }
    });
  }
});
