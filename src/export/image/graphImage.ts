// Pictures of the graph as it is on screen: an SVG file (the live drawing with its styles inlined,
// in a frame with title, legend and credits) and PNGs drawn from it at any size.
import { colours, drawFrame, FONT, layoutFrame, subtitleBaseline, titleBaseline, wrapText, type FrameSpec } from './frame';
import { fit, inlineSvg, loadImage, svgDataUrl, svgText } from './inlineSvg';

const NS = 'http://www.w3.org/2000/svg';

/** The live graph drawing: the SVG surface, or a canvas when the graph is drawn on one. */
export function graphSurface(root: ParentNode): SVGSVGElement | HTMLCanvasElement | null {
  return root.querySelector<SVGSVGElement>('svg[data-graph-surface], svg.graph-surface') ?? root.querySelector<HTMLCanvasElement>('.graph-stage canvas');
}

export function surfaceSize(surface: SVGSVGElement | HTMLCanvasElement): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(surface.clientWidth || Number(surface.getAttribute('width')) || 640)),
    height: Math.max(1, Math.round(surface.clientHeight || Number(surface.getAttribute('height')) || 480)),
  };
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

let measurer: CanvasRenderingContext2D | null = null;
function measure(font: string) {
  measurer ??= document.createElement('canvas').getContext('2d');
  return (text: string) => {
    if (!measurer) return text.length * 0.55 * Number(/(\d+)px/.exec(font)?.[1] ?? 16);
    measurer.font = font;
    return measurer.measureText(text).width;
  };
}

/** The graph in a framed SVG document (title, legend, credits), as text. */
export function graphSvgDocument(surface: SVGSVGElement, spec: FrameSpec): string {
  const layout = layoutFrame(spec);
  const c = colours(spec.dark);
  const root = svgEl('svg', { xmlns: NS, width: spec.width, height: spec.height, viewBox: `0 0 ${spec.width} ${spec.height}`, 'font-family': FONT });
  root.append(svgEl('title', {}, spec.title), svgEl('rect', { width: spec.width, height: spec.height, fill: c.background }));
  const titleFont = `700 ${layout.titleSize}px ${FONT}`;
  const titleLines = wrapText(spec.title, layout.header.width, measure(titleFont), 2);
  titleLines.forEach((line, i) =>
    root.append(svgEl('text', { x: layout.header.x, y: titleBaseline(layout, i), 'font-size': layout.titleSize, 'font-weight': 700, fill: c.text }, line)),
  );
  root.append(
    svgEl('text', { x: layout.header.x, y: subtitleBaseline(layout, titleLines.length), 'font-size': layout.subtitleSize, fill: c.muted }, spec.subtitle),
  );

  const drawing = inlineSvg(surface);
  const w = Number(drawing.getAttribute('width'));
  const h = Number(drawing.getAttribute('height'));
  const box = fit(w, h, layout.content);
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height })) drawing.setAttribute(k, v.toFixed(1));
  root.append(drawing);

  const size = layout.textSize;
  const legend = svgEl('g', { 'font-size': size, fill: c.text });
  if (spec.legend.length > 0) legend.append(svgEl('text', { x: layout.legend.x, y: layout.legend.y + size, 'font-weight': 700 }, spec.legendTitle));
  spec.legend.forEach((item, i) => {
    const cy = layout.legend.y + layout.rowHeight * (i + 1) + size * 0.65;
    const x = layout.legend.x;
    if (item.swatch === 'shape') {
      legend.append(
        svgEl('path', { d: item.d, fill: item.fill, stroke: '#1b1f24', 'stroke-width': 1.2, transform: `translate(${x + size},${cy}) scale(${size / 18})` }),
      );
    } else {
      const line = svgEl('line', {
        x1: x,
        y1: cy,
        x2: x + size * 2 - (item.arrow ? size * 0.5 : 0),
        y2: cy,
        stroke: item.stroke,
        'stroke-width': Math.max(2, (item.width * size) / 16),
      });
      if (item.dash.length > 0) line.setAttribute('stroke-dasharray', item.dash.map((d) => (d * size) / 16).join(' '));
      legend.append(line);
      if (item.arrow)
        legend.append(
          svgEl('path', { d: `M${x + size * 1.4},${cy - size * 0.3}L${x + size * 2},${cy}L${x + size * 1.4},${cy + size * 0.3}Z`, fill: item.stroke }),
        );
    }
    legend.append(
      svgEl(
        'text',
        { x: x + size * 2.6, y: cy + size * 0.35 },
        wrapText(item.label, layout.legend.width - size * 2.6, measure(`${size}px ${FONT}`), 1)[0] ?? '',
      ),
    );
  });
  root.append(legend);
  spec.credits.forEach((credit, i) => {
    root.append(
      svgEl(
        'text',
        { x: layout.footer.x, y: layout.footer.y + layout.pad * 0.5 + layout.creditSize * (1 + i * 1.4), 'font-size': layout.creditSize, fill: c.muted },
        credit,
      ),
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svgText(root)}\n`;
}

/** A canvas of the frame with the graph drawn in its box. */
export async function graphCanvas(surface: SVGSVGElement | HTMLCanvasElement, spec: FrameSpec): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = spec.width;
  canvas.height = spec.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const layout = layoutFrame(spec);
  drawFrame(ctx, spec, layout);
  if (surface instanceof HTMLCanvasElement) {
    const box = fit(surface.width, surface.height, layout.content);
    ctx.drawImage(surface, box.x, box.y, box.width, box.height);
  } else {
    const drawing = inlineSvg(surface);
    const w = Number(drawing.getAttribute('width'));
    const h = Number(drawing.getAttribute('height'));
    const box = fit(w, h, layout.content);
    // Drawn at the box's size, so the vector drawing stays sharp when enlarged.
    drawing.setAttribute('width', String(Math.round(box.width)));
    drawing.setAttribute('height', String(Math.round(box.height)));
    const image = await loadImage(svgDataUrl(svgText(drawing)));
    ctx.drawImage(image, box.x, box.y, box.width, box.height);
  }
  return canvas;
}
