// The frame of an exported picture: title and subtitle at the top, the legend on the right, the
// data credits at the bottom, and a box for the drawing itself. layoutFrame is pure arithmetic;
// drawFrame paints it on a 2D canvas (PNG); svgFrame builds the same in SVG elements.
import type { LegendItem } from './legend';

export interface FrameSpec {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly subtitle: string;
  readonly legendTitle: string;
  readonly legend: readonly LegendItem[];
  readonly credits: readonly string[];
  readonly dark: boolean;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FrameLayout {
  readonly pad: number;
  readonly titleSize: number;
  readonly subtitleSize: number;
  readonly textSize: number;
  readonly creditSize: number;
  readonly header: Box;
  readonly legend: Box;
  readonly content: Box;
  readonly footer: Box;
  readonly rowHeight: number;
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

export function colours(dark: boolean) {
  return dark
    ? { background: '#111418', text: '#f4f4f4', muted: '#c9c9c9', rule: '#444' }
    : { background: '#ffffff', text: '#1b1f24', muted: '#4a4f57', rule: '#d5d5d5' };
}

export function layoutFrame(spec: FrameSpec): FrameLayout {
  const { width, height } = spec;
  const s = Math.min(width / 1920, height / 1080);
  const titleSize = Math.max(16, Math.round(40 * s));
  const subtitleSize = Math.max(12, Math.round(24 * s));
  const creditSize = Math.max(10, Math.round(17 * s));
  const pad = Math.max(8, Math.round(32 * s));
  // Two title lines at most, then the subtitle (see titleBaselines and subtitleBaseline).
  const headerHeight = titleSize * 2.2 + subtitleSize * 1.7;
  const footerHeight = creditSize * 1.4 * Math.max(1, spec.credits.length) + pad * 0.5;
  const legendWidth = spec.legend.length > 0 ? Math.round(Math.max(150, width * 0.22)) : 0;
  const top = pad + headerHeight;
  const bottom = height - pad - footerHeight;
  const available = Math.max(40, bottom - top - pad);
  // The legend's words shrink until every row fits its column's height.
  const rows = spec.legend.length + 1;
  let textSize = Math.max(11, Math.round(22 * s));
  while (textSize > 9 && rows * textSize * 1.7 > available) textSize -= 1;
  const header: Box = { x: pad, y: pad, width: width - 2 * pad, height: headerHeight };
  const legend: Box = { x: width - pad - legendWidth, y: top, width: legendWidth, height: available };
  const content: Box = { x: pad, y: top, width: width - 2 * pad - (legendWidth > 0 ? legendWidth + pad : 0), height: available };
  const footer: Box = { x: pad, y: bottom, width: width - 2 * pad, height: footerHeight };
  return { pad, titleSize, subtitleSize, textSize, creditSize, header, legend, content, footer, rowHeight: textSize * 1.7 };
}

export const titleBaseline = (layout: FrameLayout, line: number): number => layout.header.y + layout.titleSize * (1 + 1.2 * line);
export const subtitleBaseline = (layout: FrameLayout, titleLines: number): number =>
  titleBaseline(layout, Math.max(0, titleLines - 1)) + layout.subtitleSize * 1.5;

/** Splits text into at most `max` lines of at most `width`, with an ellipsis when cut. */
export function wrapText(text: string, width: number, measure: (s: string) => number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]}…`;
  while (measure(last) > width && last.length > 2) last = `${last.slice(0, -2)}…`;
  kept[max - 1] = last;
  return kept;
}

export function drawFrame(ctx: CanvasRenderingContext2D, spec: FrameSpec, layout: FrameLayout): void {
  const c = colours(spec.dark);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, spec.width, spec.height);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  // Title (two lines at most) and subtitle.
  ctx.fillStyle = c.text;
  ctx.font = `700 ${layout.titleSize}px ${FONT}`;
  const titleLines = wrapText(spec.title, layout.header.width, (t) => ctx.measureText(t).width, 2);
  titleLines.forEach((line, i) => ctx.fillText(line, layout.header.x, titleBaseline(layout, i)));
  ctx.fillStyle = c.muted;
  ctx.font = `400 ${layout.subtitleSize}px ${FONT}`;
  ctx.fillText(spec.subtitle, layout.header.x, subtitleBaseline(layout, titleLines.length));
  // Legend.
  if (spec.legend.length > 0) {
    const { x, y: top, width } = layout.legend;
    const size = layout.textSize;
    ctx.fillStyle = c.text;
    ctx.font = `700 ${size}px ${FONT}`;
    ctx.fillText(spec.legendTitle, x, top + size);
    ctx.font = `400 ${size}px ${FONT}`;
    spec.legend.forEach((item, i) => {
      const cy = top + layout.rowHeight * (i + 1) + size * 0.65;
      drawSwatch(ctx, item, x, cy, size);
      ctx.fillStyle = c.text;
      const [label = ''] = wrapText(item.label, width - size * 2.6, (t) => ctx.measureText(t).width, 1);
      ctx.fillText(label, x + size * 2.6, cy + size * 0.35);
    });
  }
  // Credits.
  ctx.fillStyle = c.muted;
  ctx.font = `400 ${layout.creditSize}px ${FONT}`;
  spec.credits.forEach((credit, i) => {
    const [line = ''] = wrapText(credit, layout.footer.width, (t) => ctx.measureText(t).width, 1);
    ctx.fillText(line, layout.footer.x, layout.footer.y + layout.pad * 0.5 + layout.creditSize * (1 + i * 1.4));
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, cy: number, size: number): void {
  ctx.save();
  if (item.swatch === 'shape') {
    const scale = size / 18;
    ctx.translate(x + size, cy);
    ctx.scale(scale, scale);
    ctx.fillStyle = item.fill;
    ctx.strokeStyle = '#1b1f24';
    ctx.lineWidth = 1.2;
    const path = new Path2D(item.d);
    ctx.fill(path);
    ctx.stroke(path);
  } else {
    const length = size * 2;
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = Math.max(2, (item.width * size) / 16);
    ctx.setLineDash(item.dash.map((d) => (d * size) / 16));
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + length - (item.arrow ? size * 0.5 : 0), cy);
    ctx.stroke();
    if (item.arrow) {
      ctx.setLineDash([]);
      ctx.fillStyle = item.stroke;
      ctx.beginPath();
      ctx.moveTo(x + length - size * 0.6, cy - size * 0.3);
      ctx.lineTo(x + length, cy);
      ctx.lineTo(x + length - size * 0.6, cy + size * 0.3);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.restore();
}
