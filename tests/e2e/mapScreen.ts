// Reads the map of places as a person sees it: the names and cluster buttons written over the
// canvas, and the circles the canvas draws. No access to MapLibre itself: where a place is, is
// where its circle is drawn beside its name; the camera (scale, what is on screen) is worked out
// from those drawn places and their coordinates, with Web Mercator.
import type { Locator, Page } from 'playwright-core';

export const mapRegion = (page: Page, name = 'Carte des lieux') => page.getByRole('region', { name, exact: true });

/** Waits until the map is drawn and at rest: its view no longer says aria-busy. */
export async function mapAtRest(region: Locator, timeout = 30_000) {
  await region.locator('[data-state="ready"]:not([aria-busy])').waitFor({ timeout });
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The names written over the map and visible now, with their place ids and boxes on the page. */
export function namesOnMap(region: Locator): Promise<Array<Box & { id: string; text: string }>> {
  return region.locator('[aria-hidden="true"] > [data-place]').evaluateAll((spans) =>
    spans
      .filter((s) => getComputedStyle(s).visibility === 'visible' && (s.textContent ?? '') !== '')
      .map((s) => {
        const r = s.getBoundingClientRect();
        return { id: (s as HTMLElement).dataset.place ?? '', text: s.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

/** The cluster buttons over the map: how many places each holds (from its name) and its centre. */
export async function clustersOnMap(region: Locator): Promise<Array<Point & { count: number; name: string }>> {
  const buttons = region.getByRole('button', { name: /^(Groupe de|Group of) \d+/ });
  const found: Array<Point & { count: number; name: string }> = [];
  for (const button of await buttons.all()) {
    const name = (await button.getAttribute('aria-label')) ?? '';
    const box = await button.boundingBox();
    if (!box) continue;
    found.push({ name, count: Number(/\d+/.exec(name)?.[0]), x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return found;
}

export const canvasOf = (region: Locator) => region.locator('canvas');

/** The light map's place colours (src/map/palette.ts): lit, navy; dimmed, grey-blue #a2abb5 at 70%
 * opacity, as it comes out over land or sea. */
export const PLACE_COLOURS = { lit: [0x14, 0x21, 0x3d], dim: [184, 191, 198] } as const;

/** Round blobs of a colour drawn on the canvas (the places' and clusters' circles), in page px. */
export async function circlesOnCanvas(
  region: Locator,
  colours: ReadonlyArray<readonly number[]> = [PLACE_COLOURS.lit],
): Promise<Array<Point & { radius: number }>> {
  const canvas = canvasOf(region);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const blobs = await canvas.evaluate(
    (c, colours) => {
      const source = c as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      // The map keeps its last frame (preserveDrawingBuffer), so the canvas can be read as drawn.
      ctx.drawImage(source, 0, 0);
      const { width, height } = copy;
      const data = ctx.getImageData(0, 0, width, height).data;
      const mask = new Uint8Array(width * height);
      for (let i = 0; i < width * height; i++) {
        const r = data[i * 4] ?? 0;
        const g = data[i * 4 + 1] ?? 0;
        const b = data[i * 4 + 2] ?? 0;
        if (colours.some(([cr = 0, cg = 0, cb = 0]) => Math.abs(r - cr) < 14 && Math.abs(g - cg) < 14 && Math.abs(b - cb) < 14)) mask[i] = 1;
      }
      const found: Array<{ x: number; y: number; w: number; h: number; n: number }> = [];
      const stack: number[] = [];
      for (let start = 0; start < mask.length; start++) {
        if (mask[start] !== 1) continue;
        mask[start] = 2;
        stack.push(start);
        let n = 0,
          sx = 0,
          sy = 0,
          minX = width,
          maxX = 0,
          minY = height,
          maxY = 0;
        while (stack.length) {
          const i = stack.pop() ?? 0;
          const x = i % width;
          const y = (i - x) / width;
          n++;
          sx += x;
          sy += y;
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
          for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1]) {
            if (j >= 0 && mask[j] === 1) {
              mask[j] = 2;
              stack.push(j);
            }
          }
        }
        found.push({ x: sx / n + 0.5, y: sy / n + 0.5, w: maxX - minX + 1, h: maxY - minY + 1, n });
      }
      return { blobs: found, scale: source.clientWidth / width };
    },
    colours.map((c) => [...c]),
  );
  return (
    blobs.blobs
      // Round and filled: a circle fills π/4 of its box; lines (coasts, arcs) and text do not.
      .filter((b) => b.w >= 4 && b.h >= 4 && b.w / b.h > 0.7 && b.w / b.h < 1.4 && b.n / (b.w * b.h) > 0.6 && b.w * blobs.scale < 60)
      .map((b) => ({ x: box.x + b.x * blobs.scale, y: box.y + b.y * blobs.scale, radius: ((b.w + b.h) / 4) * blobs.scale }))
  );
}

/** How much of the canvas, as drawn, is of a colour (0–1). */
export function colourShare(region: Locator, colour: readonly number[]): Promise<number> {
  return canvasOf(region).evaluate(
    (c, [cr = 0, cg = 0, cb = 0]) => {
      const source = c as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(source, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs((data[i] ?? 0) - cr) < 6 && Math.abs((data[i + 1] ?? 0) - cg) < 6 && Math.abs((data[i + 2] ?? 0) - cb) < 6) n++;
      }
      return n / (data.length / 4);
    },
    [...colour],
  );
}

/** Where a name goes beside a circle of radius r (src/map/labelPlacement.ts): right, left, above,
 * below, then the diagonals, `gap` px from the circle's edge. */
function nameSpots(c: Point, r: number, gap: number, w: number, h: number): Point[] {
  const d = r + gap;
  const g = d * Math.SQRT1_2;
  return [
    { x: c.x + d, y: c.y - h / 2 },
    { x: c.x - d - w, y: c.y - h / 2 },
    { x: c.x - w / 2, y: c.y - d - h },
    { x: c.x - w / 2, y: c.y + d },
    { x: c.x + g, y: c.y - g - h },
    { x: c.x + g, y: c.y + g },
    { x: c.x - g - w, y: c.y - g - h },
    { x: c.x - g - w, y: c.y + g },
  ];
}

/** The places drawn on their own now: each name written over the map with the circle it is
 * written beside (one of the spots a name takes around its circle), by place id, in page px. */
export async function placesOnMap(region: Locator, colours?: ReadonlyArray<readonly number[]>): Promise<Record<string, Point>> {
  const [names, circles, clusters] = await Promise.all([namesOnMap(region), circlesOnCanvas(region, colours), clustersOnMap(region)]);
  const free = circles.filter((c) => !clusters.some((k) => Math.hypot(k.x - c.x, k.y - c.y) < 6));
  const found: Record<string, Point> = {};
  for (const name of names) {
    let best: { p: Point; error: number } | null = null;
    for (const c of free) {
      // The circle's radius plus 4 px; a selected place's ring adds 6.
      for (const gap of [4, 10]) {
        for (const spot of nameSpots(c, c.radius, gap, name.width, name.height)) {
          const error = Math.hypot(spot.x - name.x, spot.y - name.y);
          if (error < 5 && (!best || error < best.error)) best = { p: { x: c.x, y: c.y }, error };
        }
      }
    }
    if (best) found[name.id] = best.p;
  }
  return found;
}

/** Web Mercator, in world units (0–1 across the world, y downward). */
export const mercator = (lon: number, lat: number): Point => ({
  x: (lon + 180) / 360,
  y: (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2,
});

export interface Camera {
  /** Where a longitude and latitude are on the page. */
  at(lon: number, lat: number): Point;
  /** px per world width: a zoom in doubles it. */
  readonly scale: number;
  /** The largest distance, in px, between a reference as drawn and where the camera puts it. */
  readonly residual: number;
}

/** The camera, fitted to drawn things whose coordinates are known (at least two, apart): one
 * scale for both axes and an offset, as in Web Mercator. */
export function fitCamera(references: ReadonlyArray<{ screen: Point; lon: number; lat: number }>): Camera {
  if (references.length < 2) throw new Error(`need two drawn places to place the camera, got ${references.length}`);
  const pts = references.map((r) => ({ s: r.screen, m: mercator(r.lon, r.lat) }));
  const mean = (f: (p: (typeof pts)[number]) => number) => pts.reduce((a, p) => a + f(p), 0) / pts.length;
  const sx = mean((p) => p.s.x),
    sy = mean((p) => p.s.y),
    mx = mean((p) => p.m.x),
    my = mean((p) => p.m.y);
  let num = 0;
  let den = 0;
  for (const p of pts) {
    num += (p.s.x - sx) * (p.m.x - mx) + (p.s.y - sy) * (p.m.y - my);
    den += (p.m.x - mx) ** 2 + (p.m.y - my) ** 2;
  }
  const scale = num / den;
  const at = (lon: number, lat: number) => {
    const m = mercator(lon, lat);
    return { x: sx + (m.x - mx) * scale, y: sy + (m.y - my) * scale };
  };
  const residual = Math.max(...references.map((r) => Math.hypot(at(r.lon, r.lat).x - r.screen.x, at(r.lon, r.lat).y - r.screen.y)));
  return { at, scale, residual };
}

/** The centre of a cluster of places: MapLibre puts it at the mean of its places in Web Mercator. */
export function clusterCentre(places: ReadonlyArray<readonly [number, number]>): { lon: number; lat: number } {
  const m = places.map(([lon, lat]) => mercator(lon, lat));
  const x = m.reduce((a, p) => a + p.x, 0) / m.length;
  const y = m.reduce((a, p) => a + p.y, 0) / m.length;
  return { lon: x * 360 - 180, lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI };
}

export const inside = (p: Point, b: Box, margin = 0) =>
  p.x >= b.x + margin && p.x <= b.x + b.width - margin && p.y >= b.y + margin && p.y <= b.y + b.height - margin;
