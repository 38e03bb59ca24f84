// What the room sees (issue 13), as pure logic: labels stay with their nodes, dropped nodes stay in
// their ring, empty rings give their room away, ring names keep apart, projector sizes.
import { describe, expect, it } from 'vitest';
import { EMPTY_BAND, ringBands, ringDistance } from '../../src/graph/bands';
import { placeCaptions } from '../../src/graph/captions';
import { placeLabels, type Box } from '../../src/graph/labels';
import { kindsOf, PERSON_KIND } from '../../src/graph/legend';
import { buildModel } from '../../src/graph/model';
import { pinInBand, pinPath } from '../../src/graph/pin';
import { buildScene, labelBoxes, zoomCorner } from '../../src/graph/scene';
import { within } from '../../src/graph/simulation';
import { projectorFontSize } from '../../src/graph/texts';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

const dataset = workshop();

/** Distance from a box to a circle's edge. */
const gap = (b: Box, c: { x: number; y: number; r: number }) => {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return Math.hypot(nx - c.x, ny - c.y) - c.r;
};

describe('labels stay with their nodes', () => {
  it('puts a lone two-line label right next to its node, with no leader', () => {
    const node = { id: 'a', x: 0, y: 0, r: 10, width: 90, height: 36, lineHeight: 18, priority: 1 };
    const [label] = placeLabels([node], { bounds: { x: -300, y: -300, width: 600, height: 600 }, circles: [node] });
    expect(label?.leader).toBe(false);
    expect(gap({ x: label!.dx, y: label!.dy, width: label!.width, height: label!.height }, node)).toBeLessThan(6);
  });

  it('joins every label placed away from its node to it by a leader line', () => {
    // A ring of nodes around one in the middle: the middle one's label cannot sit next to it.
    const around = Array.from({ length: 8 }, (_, i) => {
      const a = (i / 8) * 2 * Math.PI;
      return { id: `n${i}`, x: Math.cos(a) * 40, y: Math.sin(a) * 40, r: 10, width: 40, height: 16, lineHeight: 16, priority: 2 };
    });
    const middle = { id: 'm', x: 0, y: 0, r: 10, width: 70, height: 16, lineHeight: 16, priority: 1 };
    const requests = [...around, middle];
    const placed = placeLabels(requests, { bounds: { x: -300, y: -300, width: 600, height: 600 }, circles: requests });
    for (const p of placed) {
      const r = requests.find((q) => q.id === p.id)!;
      const distance = gap({ x: r.x + p.dx, y: r.y + p.dy, width: p.width, height: p.height }, r);
      if (distance > 6) expect(p.leader, p.id).toBe(true);
    }
  });

  it('in the workshop at 1280×720, every label far from its node has a leader line', () => {
    const size = { width: 505, height: 417 };
    const model = buildModel(dataset, { showPeople: true, showSessions: true, filters: noFilters });
    const { scene } = buildScene(dataset, model, { ...size, layout: 'rings', lang: 'fr', reserved: [zoomCorner(size)] });
    const far = labelBoxes(scene).filter((b) => {
      const s = scene.nodes.find((n) => n.node.id === b.id)!;
      // More than half a line away (in screen px) from its node's edge.
      return gap(b, { x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius }) * scene.scale > 8 && !s.placed!.leader;
    });
    expect(far.map((b) => b.id)).toEqual([]);
  }, 5_000); // one layout and one placement of 40 labels: well under a second
});

describe('a dropped node stays in its ring', () => {
  const band = { inner: 100, outer: 140, radius: 120 };
  it('comes back into its band when dropped outside it, in the same direction', () => {
    expect(pinInBand(300, 0, band, 1)).toEqual({ x: 140, y: 0 });
    const p = pinInBand(0, 10, band, 2);
    expect(ringDistance(p.x, p.y, 2)).toBeCloseTo(100);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeGreaterThan(0);
  });
  it('stays where it is dropped inside its band, or with no band (free layout)', () => {
    expect(pinInBand(120, 0, band, 1)).toEqual({ x: 120, y: 0 });
    expect(pinInBand(500, -7, null, 1)).toEqual({ x: 500, y: -7 });
  });
  it('rests inside the part of the band its radius allows', () => {
    const part = within(band, 8, 1);
    const p = pinInBand(0, -500, part, 1);
    expect(-p.y).toBeLessThanOrEqual(band.outer - 8);
  });
  it('wears a pin mark: a path off the node’s top right', () => {
    const d = pinPath(12);
    expect(d).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(d).toContain('A');
  });
});

describe('empty rings give their room to populated ones', () => {
  it('draws a ring with no node thin, and the others wider than with it full', () => {
    const options = { outer: 300, step: 28, spacing: 78 };
    const withEmpty = ringBands([3, 2, 2, 2, 2, 0, 2], options);
    const allFull = ringBands([3, 2, 2, 2, 2, 1, 2], options);
    const width = (b: { inner: number; outer: number }) => b.outer - b.inner;
    expect(width(withEmpty[5]!)).toBeCloseTo(width(withEmpty[4]!) * EMPTY_BAND, 5);
    expect(width(withEmpty[4]!)).toBeGreaterThan(width(allFull[4]!));
    expect(withEmpty[6]!.outer).toBeCloseTo(300);
    for (let i = 1; i < withEmpty.length; i++) expect(withEmpty[i]!.inner).toBeCloseTo(withEmpty[i - 1]!.outer);
  });

  it('lets the workshop’s outermost populated ring span most of the smaller side of a wide view', () => {
    const size = { width: 1280, height: 490 };
    const model = buildModel(dataset, { showPeople: false, showSessions: false, filters: noFilters });
    const { scene } = buildScene(dataset, model, { ...size, layout: 'rings', lang: 'fr' });
    const populated = scene.rings.filter((r, i) => model.nodes.some((n) => n.scaleIndex === i));
    const last = populated[populated.length - 1]!;
    // The band's outer ellipse, on screen.
    expect((2 * last.band.outer * scene.scale) / scene.aspect).toBeGreaterThanOrEqual(0.85 * size.height);
    expect(2 * last.band.outer * scene.scale).toBeGreaterThanOrEqual(0.85 * size.width);
  }, 5_000); // one layout of 16 actors
});

describe('ring names keep apart', () => {
  it('spreads the names of neighbouring thin bands along them instead of stacking them', () => {
    const bands = ringBands([1, 1, 1, 1, 1, 1, 1], { outer: 300, step: 28, spacing: 78 });
    const h = 14;
    const placed = placeCaptions(
      bands.map((band) => ({ band, width: 90 })),
      { aspect: 1.5, height: h, circles: [], segments: [], bounds: { x: -400, y: -400, width: 800, height: 800 } },
    );
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        for (const a of placed[i]!.boxes) {
          for (const b of placed[j]!.boxes) {
            const apart = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
            expect(apart, `ring ${i} and ring ${j}`).toBeGreaterThanOrEqual(h * 0.5 - 1e-6);
          }
        }
      }
    }
  });
});

describe('projector sizes and the compact legend', () => {
  it('gives labels at least 24px on a 1280×720 projector, 28px on 1920×1080', () => {
    expect(projectorFontSize(1280, 720)).toBeGreaterThanOrEqual(24);
    expect(projectorFontSize(1920, 1080)).toBe(28);
    expect(projectorFontSize(640, 360)).toBeLessThan(24);
  });
  it('names the legend kinds of the nodes lit', () => {
    const model = buildModel(dataset, { showPeople: true, showSessions: false, filters: noFilters });
    const person = model.nodes.find((n) => n.type === 'person')!;
    const actor = model.nodes.find((n) => n.type === 'actor' && n.kind)!;
    expect(kindsOf(model, [person.id, actor.id, 'nope'])).toEqual(new Set([PERSON_KIND, actor.kind!]));
  });
});

describe('canvas labels keep off other nodes when they can', () => {
  it('takes the spot beside its node that covers no other node, and still labels a node boxed in', async () => {
    const { placeScreenLabels } = await import('../../src/graph/screenLabels');
    // A node with another just to its right: the label goes to the left, not over the neighbour.
    const a = { id: 'a', x: 100, y: 100, r: 8, width: 40, height: 14 };
    const placed = placeScreenLabels([a], {
      width: 400,
      height: 400,
      max: 10,
      avoid: [
        { x: 100, y: 100, r: 8 },
        { x: 125, y: 100, r: 8 },
      ],
    });
    expect(placed[0]?.anchor).toBe('end');
    // Nodes on every side: a label anyway (over a node rather than none).
    const around = [0, 1, 2, 3].map((i) => ({ x: 100 + 25 * Math.cos((i * Math.PI) / 2), y: 100 + 25 * Math.sin((i * Math.PI) / 2), r: 12 }));
    expect(placeScreenLabels([a], { width: 400, height: 400, max: 10, avoid: around })).toHaveLength(1);
  }, 5_000);
});
