// The frame of an exported picture (title, legend, credits, drawing) at projector size and at a
// small view's size: nothing overlaps, nothing leaves the picture, long titles are cut with "…".
import { describe, expect, it } from 'vitest';
import { drawFrame, layoutFrame, wrapText, type Box, type FrameSpec } from '../../src/export/image/frame';
import type { LegendItem } from '../../src/export/image/legend';

const legend: LegendItem[] = [
  { label: 'commune', swatch: 'shape', d: 'M0,-8L8,8L-8,8Z', fill: '#1f77b4' },
  { label: 'appartenance', swatch: 'line', stroke: '#333', width: 2, dash: [], arrow: true },
  { label: 'non sourcé', swatch: 'line', stroke: '#666', width: 2, dash: [6, 4], arrow: false },
];
const spec = (over: Partial<FrameSpec> = {}): FrameSpec => ({
  width: 1920,
  height: 1080,
  title: 'Du local au mondial : quelle alliance stratégique entre pouvoirs locaux et société civile ?',
  subtitle: 'Graphe des alliances',
  legendTitle: 'Légende',
  legend,
  credits: ['Données : atelier Maillage', 'Fond de carte : Natural Earth'],
  dark: false,
  ...over,
});

const inside = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5;
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

/** A 2D context that records the texts it is asked to write, measuring 0.55 em a character. */
function recordingContext() {
  const texts: { text: string; x: number; y: number; width: number }[] = [];
  let size = 10;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    textBaseline: '',
    textAlign: '',
    set font(value: string) {
      size = Number(/(\d+(?:\.\d+)?)px/.exec(value)?.[1] ?? 10);
    },
    get font() {
      return `${size}px`;
    },
    measureText: (t: string) => ({ width: t.length * size * 0.55 }),
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y, width: text.length * size * 0.55 }),
    fillRect() {},
    save() {},
    restore() {},
    translate() {},
    scale() {},
    fill() {},
    stroke() {},
    setLineDash() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

describe('the frame of an exported picture', () => {
  for (const [width, height] of [
    [1920, 1080],
    [640, 400],
  ] as const) {
    it(`keeps header, drawing, legend and credits apart and inside ${width}×${height}`, () => {
      const layout = layoutFrame(spec({ width, height }));
      for (const box of [layout.header, layout.content, layout.legend, layout.footer]) expect(inside(box, width, height)).toBe(true);
      expect(apart(layout.content, layout.legend)).toBe(true);
      expect(apart(layout.header, layout.content)).toBe(true);
      expect(apart(layout.content, layout.footer)).toBe(true);
      // Every legend row fits the legend's column.
      expect(layout.rowHeight * (legend.length + 1)).toBeLessThanOrEqual(layout.legend.height);
    });
  }

  it('gives the drawing the whole width when there is no legend', () => {
    const layout = layoutFrame(spec({ legend: [] }));
    expect(layout.legend.width).toBe(0);
    expect(layout.content.width).toBe(1920 - 2 * layout.pad);
  });

  it('wraps a title in two lines at most, cut with an ellipsis, each within the width', () => {
    const measure = (t: string) => t.length * 10;
    const lines = wrapText('un deux trois quatre cinq six sept huit neuf dix', 120, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(wrapText('court', 120, measure, 2)).toEqual(['court']);
    // A word longer than the width still shows, on its own line.
    expect(wrapText('anticonstitutionnellement', 100, measure, 2)).toEqual(['anticonstitutionnellement']);
  });

  it('writes the title, subtitle, legend and credits, every word inside the picture', () => {
    (globalThis as { Path2D?: unknown }).Path2D ??= class {};
    const s = spec({ width: 800, height: 450, dark: true, title: `${spec().title} `.repeat(3) });
    const { ctx, texts } = recordingContext();
    drawFrame(ctx, s, layoutFrame(s));
    const written = texts.map((t) => t.text);
    expect(written).toContain('Graphe des alliances');
    expect(written).toContain('Légende');
    expect(written.some((t) => t.startsWith('commune'))).toBe(true);
    expect(written).toContain('Fond de carte : Natural Earth');
    // The long title is cut, not run off the edge.
    expect(written.some((t) => t.endsWith('…'))).toBe(true);
    for (const t of texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width, t.text).toBeLessThanOrEqual(800 + 0.5);
      expect(t.y).toBeLessThanOrEqual(450);
    }
  });
});
