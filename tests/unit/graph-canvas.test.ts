import { describe, expect, it } from 'vitest';
import { CANVAS_THRESHOLD, chooseRenderer, rendererFromQuery } from '../../src/graph/rendererChoice';
import { hitIndex } from '../../src/graph/hitTest';
import { levelOfDetail } from '../../src/graph/levelOfDetail';
import { labelOrder, placeScreenLabels, promotedOrder, type ScreenLabelRequest } from '../../src/graph/screenLabels';
import fc from 'fast-check';
import { overlappingPairs } from '../../src/graph/labels';
import { clipSegment, linkBatches } from '../../src/graph/canvasPaint';
import { buildModel } from '../../src/graph/model';
import { dressScene } from '../../src/graph/scene';
import { layoutFrame } from '../../src/graph/simulation';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

describe('the choice of renderer', () => {
  it('keeps SVG for the workshop and up to the threshold, and draws larger graphs on a canvas', () => {
    expect(chooseRenderer(16)).toBe('svg');
    expect(chooseRenderer(CANVAS_THRESHOLD)).toBe('svg');
    expect(chooseRenderer(CANVAS_THRESHOLD + 1)).toBe('canvas');
    expect(chooseRenderer(5000)).toBe('canvas');
  });

  it('follows ?renderer= when it names a renderer, and ignores anything else', () => {
    expect(chooseRenderer(5000, rendererFromQuery('?renderer=svg'))).toBe('svg');
    expect(chooseRenderer(16, rendererFromQuery('?data=x.json&renderer=canvas'))).toBe('canvas');
    expect(rendererFromQuery('?renderer=webgl')).toBe('auto');
    expect(rendererFromQuery('')).toBe('auto');
  });
});

describe('hit testing by quadtree', () => {
  const nodes = [
    { id: 'big', x: 0, y: 0, radius: 17 },
    { id: 'small', x: 30, y: 0, radius: 8 },
    { id: 'far', x: 500, y: 500, radius: 8 },
  ];
  const index = hitIndex(nodes);

  it('finds the node under a point, and nothing between nodes', () => {
    expect(index.find(2, -3)).toBe('big');
    expect(index.find(31, 2)).toBe('small');
    expect(index.find(498, 505)).toBe('far');
    expect(index.find(200, 200)).toBeNull();
    expect(index.find(0, 40)).toBeNull();
  });

  it('picks the node whose edge is nearest where two are close, and allows some slack around small ones', () => {
    // 19 from the big node's centre (2 past its edge), 11 from the small one's (3 past its edge).
    expect(index.find(19, 0, 4)).toBe('big');
    expect(index.find(30, 11, 4)).toBe('small');
    expect(index.find(30, 11)).toBeNull();
  });

  it('scales to thousands of nodes', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, x: (i % 100) * 40, y: Math.floor(i / 100) * 40, radius: 8 }));
    const big = hitIndex(many);
    expect(big.find(41 * 40 + 3, 17 * 40 - 2)).toBe(`n${17 * 100 + 41}`);
    expect(big.find(41 * 40 + 20, 17 * 40 + 20)).toBeNull();
  });
});

describe('level of detail', () => {
  it('draws a small graph in full at any zoom', () => {
    const d = levelOfDetail({ nodes: 16, links: 20, k: 1, scale: 1 });
    expect(d).toMatchObject({ linkWidth: 1, linkAlpha: 1, arrows: true, dashes: true, outlines: true });
  });

  it('draws a large graph seen whole with thin, faint links and no arrowheads, dashes or outlines', () => {
    const d = levelOfDetail({ nodes: 5000, links: 9800, k: 0.8, scale: 0.8 });
    expect(d.linkWidth).toBeLessThan(1);
    expect(d.linkAlpha).toBeLessThan(1);
    expect(d.arrows).toBe(false);
    expect(d.dashes).toBe(false);
    expect(d.outlines).toBe(false);
  });

  it('draws a large graph in full once zoomed in', () => {
    const d = levelOfDetail({ nodes: 5000, links: 9800, k: 2.4, scale: 0.8 });
    expect(d).toMatchObject({ linkWidth: 1, linkAlpha: 1, arrows: true, dashes: true, outlines: true });
  });

  it('drops arrowheads and outlines too small to see', () => {
    const d = levelOfDetail({ nodes: 50, links: 60, k: 0.25, scale: 1 });
    expect(d.arrows).toBe(false);
    expect(d.outlines).toBe(false);
  });
});

describe('labels of a canvas frame', () => {
  const grid = (n: number, step: number): ScreenLabelRequest[] =>
    Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: 20 + (i % 40) * step, y: 20 + Math.floor(i / 40) * step, r: 5, width: 70, height: 18 }));

  it('never puts a label over another, and keeps them on screen and off the reserved corner', () => {
    const reserved = [{ x: 750, y: 472, width: 50, height: 128 }];
    const placed = placeScreenLabels(grid(1600, 20), { width: 800, height: 600, reserved, max: 1000 });
    expect(placed.length).toBeGreaterThan(20);
    expect(overlappingPairs(placed.map((p) => ({ ...p, x: p.x - 1, y: p.y - 1, width: p.width + 2, height: p.height + 2 })))).toEqual([]);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y + p.height).toBeLessThanOrEqual(600);
      expect(
        overlappingPairs([
          { ...p, id: 'label' },
          { ...reserved[0]!, id: 'corner' },
        ]),
      ).toEqual([]);
    }
  });

  it('places at most `max` labels and looks at no more than its budget of nodes', () => {
    const requests = grid(1600, 120);
    expect(placeScreenLabels(requests, { width: 5000, height: 5000, max: 10 })).toHaveLength(10);
    let looked = 0;
    const counted = (function* () {
      for (const r of requests) {
        looked++;
        yield r;
      }
    })();
    placeScreenLabels(counted, { width: 100, height: 100, max: 10, budget: 50 });
    expect(looked).toBeLessThanOrEqual(51);
  });

  it('gives the first-ranked node its label where two would collide', () => {
    const a = { id: 'a', x: 100, y: 100, r: 5, width: 80, height: 18 };
    const b = { id: 'b', x: 104, y: 100, r: 5, width: 80, height: 18 };
    const crowd = [a, b, { ...a, id: 'c', x: 102 }, { ...a, id: 'd', x: 103, y: 101 }, { ...a, id: 'e', x: 101, y: 99 }];
    const placed = placeScreenLabels(crowd, { width: 400, height: 400, max: 10 });
    expect(placed[0]?.id).toBe('a');
    expect(placed.length).toBeLessThan(crowd.length);
  });

  it('offers the selection first, then what it lights up, then actors by degree', () => {
    const nodes = [
      { id: 'actor:hub', type: 'actor', degree: 40 },
      { id: 'actor:leaf', type: 'actor', degree: 1 },
      { id: 'actor:mid', type: 'actor', degree: 10 },
      { id: 'session:s', type: 'session', degree: 60 },
      { id: 'actor:chosen', type: 'actor', degree: 2 },
    ];
    const ids = (order: number[]) => order.map((i) => nodes[i]!.id);
    expect(ids(labelOrder(nodes, null, null))).toEqual(['actor:hub', 'actor:mid', 'actor:chosen', 'actor:leaf', 'session:s']);
    expect(ids(labelOrder(nodes, 'actor:chosen', new Set(['actor:chosen', 'actor:leaf'])))).toEqual([
      'actor:chosen',
      'actor:leaf',
      'actor:hub',
      'actor:mid',
      'session:s',
    ]);
  });
});

describe('links clipped to the view', () => {
  const view = { x0: 0, y0: 0, x1: 100, y1: 100 };
  it('keeps the part inside, and drops a link wholly outside', () => {
    expect(clipSegment(-50, 50, 150, 50, view)).toEqual([0, 50, 100, 50]);
    expect(clipSegment(10, 10, 20, 30, view)).toEqual([10, 10, 20, 30]);
    expect(clipSegment(-10, -10, -5, 200, view)).toBeNull();
  });
});

describe('the label order of a click', () => {
  it('is, without sorting again, the order labelOrder gives for that selection and what it lights', () => {
    const node = fc.record({ type: fc.constantFrom('actor', 'session', 'person'), degree: fc.nat(50), n: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 40 }), fc.nat(45), fc.array(fc.nat(45)), fc.boolean(), (raw, chosen, litIndexes, withLit) => {
        const nodes = raw.map((r, i) => ({ id: `${r.type}:${r.n}-${i}`, type: r.type, degree: r.degree }));
        const selected = nodes[chosen]?.id ?? null;
        const lit = withLit ? new Set(litIndexes.flatMap((i) => (nodes[i] ? [nodes[i].id] : []))) : null;
        const base = labelOrder(nodes, null, null);
        expect(
          promotedOrder(
            base,
            nodes.map((n) => ({ node: n })),
            selected,
            lit,
          ),
        ).toEqual(labelOrder(nodes, selected, lit));
      }),
    );
  });
});

describe('links batched for the canvas', () => {
  it('puts every link in one batch, with its ends at their nodes’ places in the scene', () => {
    const dataset = workshop();
    const model = buildModel(dataset, { showPeople: true, showSessions: true, filters: noFilters });
    const scene = dressScene(
      dataset,
      model,
      layoutFrame(model, { width: 800, height: 600 }),
      { width: 800, height: 600 },
      {
        width: 800,
        height: 600,
        layout: 'rings',
        lang: 'fr',
      },
    );
    const batches = linkBatches(scene.links, scene.indexOf);
    const seen = batches.flatMap((b) =>
      b.links.map((l, k) => {
        expect([scene.nodes[b.ends[2 * k]!]!.node.id, scene.nodes[b.ends[2 * k + 1]!]!.node.id]).toEqual([l.from, l.to]);
        return l;
      }),
    );
    expect(new Set(seen)).toEqual(new Set(model.links));
    // Speakers' and sessions' links too, found by id.
    expect(seen.some((l) => l.kind === 'affiliation') && seen.some((l) => l.kind === 'presents')).toBe(true);
    expect(batches.every((b) => b.links.every((l) => l.unsourced === b.dashed))).toBe(true);
  });
});
