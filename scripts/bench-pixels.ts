// Finds a point to click or to drag from by looking at a screenshot of the graph, for renderers
// that draw on a canvas and so show no node in the DOM. The pixels are read in a helper page of the
// same browser (a canvas decodes the PNG), never in the page being measured.
import type { Page } from 'playwright-core';

export type Wanted = 'node' | 'empty';

/**
 * 'node': the centre of a saturated patch of one colour (a node's fill), nearest the centre.
 * 'empty': the centre of a uniform patch of the background, nearest the centre, away from the edges.
 */
export async function findPoint(helper: Page, png: Buffer, box: { x: number; y: number; width: number; height: number }, wanted: Wanted) {
  const found = await helper.evaluate(
    async ({ data, wanted }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return null;
      context.drawImage(image, 0, 0);
      const { data: px, width, height } = context.getImageData(0, 0, image.width, image.height);
      const at = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return [px[i]!, px[i + 1]!, px[i + 2]!] as const;
      };
      const close = (a: readonly number[], b: readonly number[]) => Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!) < 12;
      const saturated = ([r, g, b]: readonly number[]) => {
        const max = Math.max(r!, g!, b!);
        const min = Math.min(r!, g!, b!);
        return max > 60 && (max - min) / max > 0.35;
      };
      const half = wanted === 'node' ? 2 : 14;
      const step = wanted === 'node' ? 1 : 4;
      const uniform = (x: number, y: number) => {
        const centre = at(x, y);
        for (let dy = -half; dy <= half; dy += step) for (let dx = -half; dx <= half; dx += step) if (!close(at(x + dx, y + dy), centre)) return false;
        return true;
      };
      const margin = Math.max(half + 1, Math.round(Math.min(width, height) * (wanted === 'empty' ? 0.08 : 0.02)));
      const candidates: { x: number; y: number; d: number }[] = [];
      for (let y = margin; y < height - margin; y += 3) {
        for (let x = margin; x < width - margin; x += 3) {
          if (wanted === 'node' && !saturated(at(x, y))) continue;
          const d = Math.hypot(x - width / 2, y - height / 2);
          candidates.push({ x, y, d });
        }
      }
      candidates.sort((a, b) => a.d - b.d);
      for (const c of candidates) if (uniform(c.x, c.y)) return { x: c.x, y: c.y };
      return null;
    },
    { data: png.toString('base64'), wanted },
  );
  return found && { x: Math.round(box.x + found.x), y: Math.round(box.y + found.y) };
}
