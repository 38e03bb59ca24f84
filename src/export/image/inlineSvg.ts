// A copy of a live SVG that stands on its own: every element carries the styles the page's CSS
// gave it (fills, strokes, fonts, what is hidden), so the file looks the same outside the app.
const PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

const DROPPED_ATTRIBUTES = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'data-graph-surface', 'class'];

export function inlineSvg(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((original, i) => {
    const copy = to[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    const style = PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '' && v !== 'normal' && v !== 'auto')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    // Through the CSSOM: a style attribute set as markup is refused by the site's CSP.
    (copy as SVGElement).style.cssText = style;
    for (const name of DROPPED_ATTRIBUTES) copy.removeAttribute(name);
  });
  const width = source.clientWidth || Number(source.getAttribute('width')) || 640;
  const height = source.clientHeight || Number(source.getAttribute('height')) || 480;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return clone;
}

export const svgText = (svg: SVGSVGElement): string => new XMLSerializer().serializeToString(svg);

export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = src;
  });
}

export const svgDataUrl = (text: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;

/** Fits a w×h picture in a box, centred, keeping its proportions. */
export function fit(w: number, h: number, box: { x: number; y: number; width: number; height: number }) {
  const k = Math.min(box.width / w, box.height / h);
  return { x: box.x + (box.width - w * k) / 2, y: box.y + (box.height - h * k) / 2, width: w * k, height: h * k };
}
