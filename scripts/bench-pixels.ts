// Finds a point to click or to drag from by looking at a screenshot of the graph, for renderers
// that draw on a canvas and so show no node in the DOM. The pixels are read in a helper page of the
// same browser (a canvas decodes the PNG), never in the page being measured.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The analysis, plain JavaScript run in the helper page (bench/pixels.js). */
const PIXELS = readFileSync(new URL('../bench/pixels.js', import.meta.url), 'utf8');

export type Wanted = 'node' | 'empty';

/**
 * 'node': the centre of a saturated patch of one colour (a node's fill), nearest the centre.
 * 'empty': the centre of a uniform patch of the background, nearest the centre, away from the edges.
 */
export async function findPoint(helper: Page, png: Buffer, box: { x: number; y: number; width: number; height: number }, wanted: Wanted) {
  await helper.evaluate(PIXELS);
  const found = await helper.evaluate(`window.__benchFindPoint(${JSON.stringify(png.toString('base64'))}, ${JSON.stringify(wanted)})`);
  const point = found as { x: number; y: number } | null;
  return point && { x: Math.round(box.x + point.x), y: Math.round(box.y + point.y) };
}
