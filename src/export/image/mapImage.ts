// Pictures of the map: the live map's style and extent redrawn by a second MapLibre map, off
// screen, at the size of the picture's map box (so a projector picture is sharp, not enlarged),
// then framed with title, legend, credits and the places' names. Loaded only when asked.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawFrame, FONT, layoutFrame, type FrameSpec } from './frame';

export interface MapLabel {
  readonly text: string;
  readonly lon: number;
  readonly lat: number;
  /** Larger first when names would overlap. */
  readonly weight: number;
}

const IDLE_LIMIT_MS = 20_000;

function rendered(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    // Past the limit, whatever has been drawn is used (a slow software renderer).
    const timer = setTimeout(done, IDLE_LIMIT_MS);
    map.once('idle', done);
  });
}

/** Draws names at their places, biggest first, skipping any that would overlap one already drawn. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  map: MapLibreMap,
  labels: readonly MapLabel[],
  box: { x: number; y: number; width: number; height: number },
  size: number,
  dark: boolean,
) {
  const taken: { x: number; y: number; w: number; h: number }[] = [];
  ctx.font = `600 ${size}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const label of [...labels].sort((a, b) => b.weight - a.weight)) {
    const p = map.project([label.lon, label.lat]);
    const w = ctx.measureText(label.text).width;
    const r = { x: box.x + p.x + size * 0.7, y: box.y + p.y - size * 0.6, w, h: size * 1.2 };
    if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height || r.x + w > box.x + box.width) continue;
    if (taken.some((t) => r.x < t.x + t.w && t.x < r.x + r.w && r.y < t.y + t.h && t.y < r.y + r.h)) continue;
    taken.push(r);
    ctx.lineWidth = Math.max(3, size / 4);
    ctx.strokeStyle = dark ? '#111418' : '#ffffff';
    ctx.strokeText(label.text, r.x, r.y + r.h / 2);
    ctx.fillStyle = dark ? '#f4f4f4' : '#1b1f24';
    ctx.fillText(label.text, r.x, r.y + r.h / 2);
  }
}

export async function mapCanvas(live: MapLibreMap, spec: FrameSpec, labels: readonly MapLabel[]): Promise<HTMLCanvasElement> {
  const { Map: MapLibre } = await import('maplibre-gl');
  const layout = layoutFrame(spec);
  const box = { ...layout.content, width: Math.round(layout.content.width), height: Math.round(layout.content.height) };
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:${-box.width - 200}px;top:0;width:${box.width}px;height:${box.height}px;pointer-events:none;visibility:hidden`;
  document.body.append(host);
  const offscreen = new MapLibre({
    container: host,
    style: live.getStyle(),
    bounds: live.getBounds(),
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    pixelRatio: 1,
    renderWorldCopies: true,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await rendered(offscreen);
    const canvas = document.createElement('canvas');
    canvas.width = spec.width;
    canvas.height = spec.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    drawFrame(ctx, spec, layout);
    ctx.drawImage(offscreen.getCanvas(), box.x, box.y, box.width, box.height);
    ctx.strokeStyle = spec.dark ? '#444' : '#d5d5d5';
    ctx.lineWidth = 1;
    ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
    drawLabels(ctx, offscreen, labels, box, Math.max(11, layout.textSize * 0.9), spec.dark);
    return canvas;
  } finally {
    offscreen.remove();
    host.remove();
  }
}
