// Zoom and pan of the graph surface with d3-zoom (wheel, drag, pinch), zoom buttons and "fit".
// The home view puts the layout's centre (0,0) in the middle of the view at the scene's scale (its
// space fitted in the view), the scale at which labels were placed without overlap.
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() and interrupt(), used by the animated zooms
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import type { Box } from './labels';
import type { Transform } from './renderer';

export interface ZoomOptions {
  readonly surface: Element;
  readonly size: () => { readonly width: number; readonly height: number };
  /** Screen px per layout unit at home. */
  readonly scale: () => number;
  /** What "fit" must show, in layout coordinates. */
  readonly content: () => readonly Box[];
  readonly onZoom: (transform: Transform) => void;
  readonly animate: () => boolean;
  /** Where the graph sits in a scrolling page: one finger scrolls the page, so a touch gesture
   * needs two fingers (a one-finger touch calls onOneFinger, for a hint). */
  readonly twoFingers?: () => boolean;
  readonly onOneFinger?: () => void;
}

export function createZoom({ surface, size, scale, content, onZoom, animate, twoFingers = () => false, onOneFinger }: ZoomOptions) {
  const selection = select(surface);
  const behaviour = zoom<Element, unknown>()
    // d3's default filter, plus: a synthetic event with no window (jsdom) cannot start a gesture;
    // in a scrolling page, a touch gesture starts with its second finger.
    .filter((event: MouseEvent | TouchEvent) => {
      if (event.type === 'touchstart' && twoFingers() && (event as TouchEvent).touches.length < 2) {
        onOneFinger?.();
        return false;
      }
      return (!event.ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button && event.view !== null;
    })
    .scaleExtent([0.25, 5])
    .extent(() => [
      [0, 0],
      [size().width, size().height],
    ])
    .on('zoom', (event: { transform: ZoomTransform }) => onZoom(event.transform));
  selection.call(behaviour).on('dblclick.zoom', null);

  const home = () => zoomIdentity.translate(size().width / 2, size().height / 2).scale(scale());

  /** The home view when everything fits in it, else zoomed out just enough. */
  function fitTransform(): ZoomTransform {
    const boxes = content();
    if (boxes.length === 0) return home();
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    const { width: w, height: h } = size();
    const base = scale();
    if (x0 * base >= -w / 2 && x1 * base <= w / 2 && y0 * base >= -h / 2 && y1 * base <= h / 2) return home();
    const k = Math.min(base, (w - 16) / (x1 - x0), (h - 16) / (y1 - y0));
    return zoomIdentity.translate(w / 2 - k * ((x0 + x1) / 2), h / 2 - k * ((y0 + y1) / 2)).scale(k);
  }

  return {
    home() {
      selection.interrupt().call(behaviour.transform, home());
    },
    fit() {
      if (animate()) selection.transition().duration(400).call(behaviour.transform, fitTransform());
      else selection.call(behaviour.transform, fitTransform());
    },
    /** Pans, at the same zoom, to bring a point (layout units) into view when it is not, with a
     * margin: a node that keyboard focus reaches off screen. */
    reveal(x: number, y: number, margin = 40, coveredBelow = 0) {
      const t = zoomTransform(surface);
      const [sx, sy] = t.apply([x, y]);
      const { width } = size();
      // What is covered at the bottom (the phone's details sheet) does not count as in view.
      const height = Math.max(2 * margin + 1, size().height - coveredBelow);
      if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return;
      const target = zoomIdentity.translate(width / 2 - t.k * x, height / 2 - t.k * y).scale(t.k);
      if (animate()) selection.transition().duration(300).call(behaviour.transform, target);
      else selection.call(behaviour.transform, target);
    },
    /** Zooms by `factor` around a point of the surface (px): a double tap. */
    zoomAt(factor: number, point: readonly [number, number]) {
      const p: [number, number] = [point[0], point[1]];
      // A named transition: the mouse events a browser sends after a tap make d3-zoom interrupt
      // the unnamed ones, which would stop this zoom as it starts.
      if (animate()) selection.transition('tap-zoom').duration(250).call(behaviour.scaleBy, factor, p);
      else selection.call(behaviour.scaleBy, factor, p);
    },
    zoomBy(factor: number) {
      if (animate()) selection.transition().duration(250).call(behaviour.scaleBy, factor);
      else selection.call(behaviour.scaleBy, factor);
    },
    destroy() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
