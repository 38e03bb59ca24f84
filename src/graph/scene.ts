// What the renderer draws, computed without a DOM: the laid-out model, its words, the rings and
// their captions, and the label of every node placed so that no two overlap. The unit tests build
// the same scene as the view, with the same text-size estimate.
import type { Dataset } from '../data/dataset';
import { SCALES, type Scale } from '../data/schema';
import { LANGUAGES, translator, type Language } from '../i18n/t';
import type { GraphLayout } from '../state/viewState';
import { placeLabels, type Box, type PlacedLabel } from './labels';
import type { GraphLink, GraphModel, GraphNode } from './model';
import type { Band } from './ringForce';
import { layoutGraph, type Layout } from './simulation';
import { estimateTextHeight, estimateTextWidth, splitLabel } from './textWidth';
import { labelFontSize, nodeText } from './texts';

export interface SceneNode {
  readonly node: GraphNode;
  readonly label: string;
  /** The label as drawn: one line, or two for a long one. */
  readonly lines: readonly string[];
  readonly name: string;
  placed: PlacedLabel | null;
}

export interface SceneRing {
  readonly scale: Scale;
  readonly caption: string;
  readonly band: Band;
  readonly captionBox: Box;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly captionSize: number;
  readonly layout: GraphLayout;
  /** Width / height of the rings. */
  readonly aspect: number;
  readonly nodes: readonly SceneNode[];
  readonly links: readonly GraphLink[];
  /** Empty in the free layout. */
  readonly rings: readonly SceneRing[];
  /** Areas labels leave free. */
  readonly reserved: readonly Box[];
}

export interface SceneOptions {
  readonly width: number;
  readonly height: number;
  readonly layout: GraphLayout;
  readonly lang: Language;
  readonly pins?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** Areas of the view that labels must leave free (the zoom buttons), in layout coordinates. */
  readonly reserved?: readonly Box[];
  /** A floor for the label size, e.g. 28px on a projector at 1920×1080. */
  readonly minFontSize?: number;
}

/** The zoom buttons' corner (graph.css .graph-zoom: three 34px buttons, 4px apart, 8px from the
 * edges), with a little air, in layout coordinates (centre of the view = 0,0). */
export const ZOOM_CORNER = { width: 50, height: 128 } as const;
export const zoomCorner = ({ width, height }: { width: number; height: number }): Box => ({
  x: width / 2 - ZOOM_CORNER.width,
  y: height / 2 - ZOOM_CORNER.height,
  width: ZOOM_CORNER.width,
  height: ZOOM_CORNER.height,
});

/** Caption sizes are the widest over every language, so a language switch moves no node. */
export function captionMetrics(fontSize: number) {
  const size = Math.max(13, fontSize - 1);
  const widths = SCALES.map((s) => Math.max(...LANGUAGES.map((l) => estimateTextWidth(translator(l)(`scale.${s}`), size))));
  return { size, widths, height: estimateTextHeight(size) };
}

/** Lays out `model` (mutating its nodes' positions) and builds the scene to draw. */
export function buildScene(d: Dataset, model: GraphModel, options: SceneOptions): { scene: Scene; layout: Layout } {
  const fontSize = Math.max(labelFontSize(options.width, options.height), options.minFontSize ?? 0);
  const captions = captionMetrics(fontSize);
  const layout = layoutGraph(model, {
    width: options.width,
    height: options.height,
    layout: options.layout,
    captionWidths: captions.widths,
    captionHeight: captions.height,
    ...(options.pins ? { pins: options.pins } : {}),
  });
  const t = translator(options.lang);
  const rings: SceneRing[] =
    options.layout === 'rings'
      ? SCALES.map((scale, i) => {
          const rect = layout.captions[i]!;
          const caption = t(`scale.${scale}`);
          const width = estimateTextWidth(caption, captions.size);
          return { scale, caption, band: layout.bands[i]!, captionBox: { ...rect, x: -width / 2, width } };
        })
      : [];
  const nodes: SceneNode[] = model.nodes.map((node) => {
    const text = nodeText(d, node, options.lang);
    return { node, ...text, lines: splitLabel(text.label, fontSize), placed: null };
  });
  const scene: Scene = {
    width: options.width,
    height: options.height,
    fontSize,
    captionSize: captions.size,
    layout: options.layout,
    aspect: layout.aspect,
    nodes,
    links: model.links,
    rings,
    reserved: options.reserved ?? [],
  };
  placeSceneLabels(scene);
  return { scene, layout };
}

/** Places (or re-places, after a drag) every label of the scene at the nodes' current positions. */
export function placeSceneLabels(scene: Scene): void {
  const margin = 3;
  const placed = placeLabels(
    scene.nodes.map((s) => ({
      id: s.node.id,
      x: s.node.x ?? 0,
      y: s.node.y ?? 0,
      r: s.node.radius + 1,
      width: Math.max(...s.lines.map((line) => estimateTextWidth(line, scene.fontSize))),
      height: estimateTextHeight(scene.fontSize, s.lines.length),
      priority: s.node.type === 'actor' ? 1000 + s.node.degree : s.node.degree,
    })),
    {
      bounds: { x: -scene.width / 2 + margin, y: -scene.height / 2 + margin, width: scene.width - 2 * margin, height: scene.height - 2 * margin },
      obstacles: [...scene.rings.map((r) => r.captionBox), ...scene.reserved],
      circles: scene.nodes.map((s) => ({ x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius + 1 })),
    },
  );
  const byId = new Map(placed.map((p) => [p.id, p]));
  // Every actor keeps its label (the least-bad spot if need be); a speaker's or a session's label
  // that finds no free spot is left out rather than cover another: its name is still on the node.
  for (const s of scene.nodes) {
    const p = byId.get(s.node.id) ?? null;
    s.placed = p && (p.free || s.node.type === 'actor') ? p : null;
  }
}

/** Each label's box in layout coordinates (centre of the view = 0,0). */
export function labelBoxes(scene: Scene): (Box & { id: string })[] {
  return scene.nodes.flatMap((s) =>
    s.placed ? [{ id: s.node.id, x: (s.node.x ?? 0) + s.placed.dx, y: (s.node.y ?? 0) + s.placed.dy, width: s.placed.width, height: s.placed.height }] : [],
  );
}

/** Everything drawn for the nodes (shapes and labels): what "fit" must show. */
export function contentBoxes(scene: Scene): Box[] {
  return [
    ...labelBoxes(scene),
    ...scene.nodes.map((s) => ({
      x: (s.node.x ?? 0) - s.node.radius,
      y: (s.node.y ?? 0) - s.node.radius,
      width: 2 * s.node.radius,
      height: 2 * s.node.radius,
    })),
  ];
}
