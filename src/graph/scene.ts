// What the renderer draws, computed without a DOM: the model laid out in a fixed space, its words,
// the rings and their captions, and the label of every node placed so that no two overlap, for a
// view of a given size (the space is fitted in it; see spaceFor for when it is kept). The unit tests build
// the same scene as the view, with the same text-size estimate.
import type { Dataset } from '../data/dataset';
import type { Scale } from '../data/schema';
import { scaleLabel } from '../vocabulary/labels';
import { LANGUAGES, type Language } from '../i18n/t';
import type { GraphLayout } from '../state/viewState';
import { placingCaptions, type PlacedCaption } from './captions';
import { CROWDED, placeLabels, type Box, type LabelRequest, type PlaceOptions, type PlacedLabel } from './labels';
import { nodeSlot, type GraphLink, type GraphModel, type GraphNode } from './model';
import type { Band } from './ringForce';
import { layoutGraph, type Layout } from './simulation';
import { sceneNode } from './sceneNode';
import { estimateTextHeight, estimateTextWidth } from './textWidth';
import { labelFontSize } from './texts';
import { runAll } from '../ui/workSteps';

export interface SceneNode {
  readonly node: GraphNode;
  readonly label: string;
  /** The label's language when it is not the page's (a name the dataset gives in one language). */
  readonly labelLang?: 'fr' | 'en';
  /** The label as drawn: one line, or two for a long one. */
  readonly lines: readonly string[];
  readonly name: string;
  placed: PlacedLabel | null;
}

export interface SceneRing {
  readonly scale: Scale;
  readonly caption: string;
  /** The caption's language when it is not the page's (a dataset's label in one language). */
  readonly captionLang?: 'fr' | 'en';
  readonly band: Band;
  /** Where the caption is written, along its band (captions.ts). */
  readonly placed: PlacedCaption;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Scene {
  /** The visible area, in layout units: the view's size divided by `scale`. */
  readonly width: number;
  readonly height: number;
  /** The space the nodes were laid out in (layout units), centred on 0,0. */
  readonly space: Size;
  /** Screen px per layout unit when the whole space is fitted in the view ("home"). */
  readonly scale: number;
  /** Label and caption sizes, in layout units (so that on screen, at `scale`, they have their px size). */
  readonly fontSize: number;
  readonly captionSize: number;
  readonly layout: GraphLayout;
  /** Width / height of the rings. */
  readonly aspect: number;
  readonly nodes: readonly SceneNode[];
  /** A node's position in `nodes`, by its id (-1: none); its model's, whose nodes these are. */
  readonly indexOf: (id: string) => number;
  readonly links: readonly GraphLink[];
  /** Empty in the free layout. */
  readonly rings: readonly SceneRing[];
  /** Areas labels leave free. */
  readonly reserved: readonly Box[];
  /** See ViewOptions.maxLabelLevel. */
  readonly maxLabelLevel?: number;
}

export interface ViewOptions {
  /** The view's size, in screen px. */
  readonly width: number;
  readonly height: number;
  readonly layout: GraphLayout;
  readonly lang: Language;
  /** Areas of the view that labels must leave free (the zoom buttons), in px from the view's
   * centre; the scene turns them into layout units. */
  readonly reserved?: readonly Box[];
  /** A floor for the label size on screen, e.g. 28px on a projector at 1920×1080. */
  readonly minFontSize?: number;
  /** False: leave every label unplaced (a large graph places those on screen in slices, see
   * visibleLabelRequests); true by default. */
  readonly placeLabels?: boolean;
  /** A phone: labels stand at most this many steps from their nodes (labels.ts maxLevel), and a
   * label with no free spot that near is left out, an actor's too (hubs are placed first; the
   * others' names show on tap, in the details). Every step, by default. */
  readonly maxLabelLevel?: number;
}

export interface SceneOptions extends ViewOptions {
  /** The space to lay the nodes out in; the view's size when not given. Keeping it when the view
   * changes size keeps every node where it is: only the fit (scale) and the labels change. */
  readonly space?: Size;
  readonly pins?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
}

/** The zoom buttons' corner (graph.css .graph-zoom: three 34px buttons, 4px apart, 8px from the
 * edges), with a little air, in px from the centre of the view. */
export const ZOOM_CORNER = { width: 50, height: 128 } as const;
export const zoomCorner = ({ width, height }: { width: number; height: number }): Box => ({
  x: width / 2 - ZOOM_CORNER.width,
  y: height / 2 - ZOOM_CORNER.height,
  width: ZOOM_CORNER.width,
  height: ZOOM_CORNER.height,
});

/** Caption sizes are the widest over every language, so a language switch moves nothing. One
 * caption per scale of the dataset's vocabulary, local first. */
export function captionMetrics(fontSize: number, d: Dataset) {
  const size = Math.max(13, fontSize - 1);
  const v = d.resolvedVocabulary;
  const widths = v.scales.map((s) => Math.max(...LANGUAGES.map((l) => estimateTextWidth(scaleLabel(v, s.id, l).text, size))));
  return { size, widths, height: estimateTextHeight(size) };
}

/** Screen px per layout unit that fits `space` in `view`. */
export const fitScale = (space: Size, view: Size): number => Math.min(view.width / space.width, view.height / space.height);

/** How far a view may drift from the space laid out for it before the graph is laid out again:
 * its aspect by this factor, its scale by this factor. A notice, a caption, a language's longer
 * words or a window nudged change the view's size far less; a phone turned sideways or a view
 * given the full screen change it more, and get a layout made for them. */
export const KEEP_ASPECT = 1.45;
export const KEEP_SCALE = 1.6;

/** The space to lay out in for this view: the current one while it still suits the view. */
export function spaceFor(view: Size, current: Size | null): Size {
  if (current) {
    const drift = view.width / view.height / (current.width / current.height);
    const k = fitScale(current, view);
    if (Math.max(drift, 1 / drift) <= KEEP_ASPECT && k <= KEEP_SCALE && k >= 1 / KEEP_SCALE) return current;
  }
  return { width: view.width, height: view.height };
}

/** Lays out `model` in its space (mutating its nodes' positions) and builds the scene to draw. */
export function buildScene(d: Dataset, model: GraphModel, options: SceneOptions): { scene: Scene; layout: Layout } {
  const space = options.space ?? spaceFor(options, null);
  const layout = layoutGraph(model, {
    ...space,
    layout: options.layout,
    ...(options.pins ? { pins: options.pins } : {}),
  });
  return { scene: dressScene(d, model, layout, space, options), layout };
}

/** The words, captions and labels for nodes already laid out in `space`, seen in a view of this
 * size: what changes when the view is resized or the language switched. No node moves. */
export function dressScene(d: Dataset, model: GraphModel, layout: Pick<Layout, 'bands' | 'aspect'>, space: Size, options: ViewOptions): Scene {
  return runAll(dressingScene(d, model, layout, space, options));
}

/** dressScene in steps: it pauses (yields) while it places the ring captions (placingCaptions),
 * so that a large graph's can be placed over several tasks. The same scene, however it is run. */
export function* dressingScene(
  d: Dataset,
  model: GraphModel,
  layout: Pick<Layout, 'bands' | 'aspect'>,
  space: Size,
  options: ViewOptions,
): Generator<void, Scene> {
  const scale = fitScale(space, options);
  const px = Math.max(labelFontSize(options.width, options.height), options.minFontSize ?? 0);
  const fontSize = px / scale;
  const captions = captionMetrics(px, d);
  const captionSize = captions.size / scale;
  const width = options.width / scale;
  const height = options.height / scale;
  const reserved = (options.reserved ?? []).map((b) => ({ x: b.x / scale, y: b.y / scale, width: b.width / scale, height: b.height / scale }));
  const margin = 3 / scale;
  const bounds = { x: -width / 2 + margin, y: -height / 2 + margin, width: width - 2 * margin, height: height - 2 * margin };
  let rings: SceneRing[] = [];
  if (options.layout === 'rings') {
    const placed = yield* placingCaptions(
      layout.bands.map((band, i) => ({ band, width: (captions.widths[i] ?? 0) / scale })),
      {
        aspect: layout.aspect,
        // The letters' ink, about an em high, centred on the line they are written along.
        height: (captions.size * 0.95) / scale,
        circles: yield* circlesOf(model.nodes),
        // A crowded graph's captions look at its nodes only (captions.ts): no segments to make.
        segments: (model.nodes.length > CROWDED ? [] : model.links).flatMap((l) => {
          const a = model.nodeById.get(l.from);
          const b = model.nodeById.get(l.to);
          return a && b ? [[a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0] as const] : [];
        }),
        bounds,
        reserved,
      },
    );
    rings = d.resolvedVocabulary.scales.map((s, i) => {
      const caption = scaleLabel(d.resolvedVocabulary, s.id, options.lang);
      return {
        scale: s.id,
        caption: caption.text,
        ...(caption.fallback ? { captionLang: caption.lang } : {}),
        band: layout.bands[i]!,
        placed: placed[i]!,
      };
    });
  }
  // Each node's words are worked out when first read (sceneNode.ts): a large graph reads few.
  const words = { dataset: d, lang: options.lang, fontSize };
  const nodes: SceneNode[] = [];
  for (const node of model.nodes) {
    nodes.push(sceneNode(node, words));
    if (nodes.length % PAUSE_EVERY === 0) yield;
  }
  const scene: Scene = {
    width,
    height,
    space,
    scale,
    fontSize,
    captionSize,
    layout: options.layout,
    aspect: layout.aspect,
    nodes,
    indexOf: (id) => nodeSlot(model, id),
    links: model.links,
    rings,
    reserved,
    ...(options.maxLabelLevel !== undefined ? { maxLabelLevel: options.maxLabelLevel } : {}),
  };
  if (options.placeLabels !== false) placeSceneLabels(scene);
  return scene;
}

/** How many nodes dressingScene goes through between two pauses. */
const PAUSE_EVERY = 2048;

/** The nodes as circles that captions keep off, pausing every PAUSE_EVERY nodes. */
function* circlesOf(nodes: readonly GraphNode[]): Generator<void, { x: number; y: number; r: number }[]> {
  const circles: { x: number; y: number; r: number }[] = [];
  for (const n of nodes) {
    circles.push({ x: n.x ?? 0, y: n.y ?? 0, r: n.radius });
    if (circles.length % PAUSE_EVERY === 0) yield;
  }
  return circles;
}

/** What to place for the part of the scene inside `visible` (layout coordinates): the labels of
 * the nodes there, ranked by `priority`, kept inside it, off the nodes there and the captions. */
export function visibleLabelRequests(scene: Scene, visible: Box, priority: (s: SceneNode) => number): { requests: LabelRequest[]; options: PlaceOptions } {
  const margin = 3 / scene.scale;
  const inside = scene.nodes.filter((s) => {
    const x = s.node.x ?? 0;
    const y = s.node.y ?? 0;
    return x >= visible.x && x <= visible.x + visible.width && y >= visible.y && y <= visible.y + visible.height;
  });
  const reach = Math.max(1, scene.fontSize * 4);
  const near = scene.nodes.filter((s) => {
    const x = s.node.x ?? 0;
    const y = s.node.y ?? 0;
    return x >= visible.x - reach && x <= visible.x + visible.width + reach && y >= visible.y - reach && y <= visible.y + visible.height + reach;
  });
  return {
    requests: inside.map((s) => ({
      id: s.node.id,
      x: s.node.x ?? 0,
      y: s.node.y ?? 0,
      r: s.node.radius + 1,
      width: Math.max(...s.lines.map((line) => estimateTextWidth(line, scene.fontSize))),
      height: estimateTextHeight(scene.fontSize, s.lines.length),
      lineHeight: estimateTextHeight(scene.fontSize, 1),
      priority: priority(s),
    })),
    options: {
      bounds: { x: visible.x + margin, y: visible.y + margin, width: visible.width - 2 * margin, height: visible.height - 2 * margin },
      obstacles: captionObstacles(scene),
      circles: near.map((s) => ({ x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius + 1 })),
    },
  };
}

/** The ring names' boxes, grown by a quarter of their height: what labels keep clear of. */
export function captionObstacles(scene: Scene): Box[] {
  const air = scene.captionSize * 0.25;
  return scene.rings.flatMap((r) => r.placed.boxes.map((b) => ({ x: b.x - air, y: b.y - air, width: b.width + 2 * air, height: b.height + 2 * air })));
}

/** Places (or re-places, after a drag) every label of the scene at the nodes' current positions;
 * the label of `first` before any other. */
export function placeSceneLabels(scene: Scene, first: string | null = null): void {
  const margin = 3 / scene.scale;
  const placed = placeLabels(
    scene.nodes.map((s) => ({
      id: s.node.id,
      x: s.node.x ?? 0,
      y: s.node.y ?? 0,
      r: s.node.radius + 1,
      width: Math.max(...s.lines.map((line) => estimateTextWidth(line, scene.fontSize))),
      height: estimateTextHeight(scene.fontSize, s.lines.length),
      lineHeight: estimateTextHeight(scene.fontSize, 1),
      // `first` (the selection, on a phone) before the hubs, then actors by degree.
      priority: (s.node.id === first ? 1e6 : 0) + (s.node.type === 'actor' ? 1000 + s.node.degree : s.node.degree),
    })),
    {
      bounds: { x: -scene.width / 2 + margin, y: -scene.height / 2 + margin, width: scene.width - 2 * margin, height: scene.height - 2 * margin },
      // Ring names keep a little air around them, so an actor's label never touches one.
      obstacles: [...captionObstacles(scene), ...scene.reserved],
      circles: scene.nodes.map((s) => ({ x: s.node.x ?? 0, y: s.node.y ?? 0, r: s.node.radius + 1 })),
      ...(scene.maxLabelLevel !== undefined ? { maxLevel: scene.maxLabelLevel } : {}),
    },
  );
  const byId = new Map(placed.map((p) => [p.id, p]));
  const keepStuck = scene.maxLabelLevel === undefined;
  // Every actor keeps its label (the least-bad spot if need be); a speaker's or a session's label
  // that finds no free spot is left out rather than cover another: its name is still on the node.
  for (const s of scene.nodes) {
    const p = byId.get(s.node.id) ?? null;
    s.placed = p && (p.free || (keepStuck && s.node.type === 'actor') || s.node.id === first) ? p : null;
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

/** The rings of a layout alone, as dressScene would put them in a view of this size, with no
 * nodes, links nor captions (a caption is placed off the nodes, not known yet): what a small
 * graph shows ahead of its layout. Measures no text and places nothing: cheap enough for the
 * page's first frame. */
export function ringsScene(d: Dataset, layout: Pick<Layout, 'bands' | 'aspect'>, space: Size, options: Pick<ViewOptions, 'width' | 'height'>): Scene {
  const scale = fitScale(space, options);
  const nowhere: PlacedCaption = { path: null, offset: 0, at: { x: 0, y: 0 }, boxes: [] };
  return {
    width: options.width / scale,
    height: options.height / scale,
    space,
    scale,
    fontSize: labelFontSize(options.width, options.height) / scale,
    captionSize: 13 / scale,
    layout: 'rings',
    aspect: layout.aspect,
    nodes: [],
    indexOf: () => -1,
    links: [],
    rings: d.resolvedVocabulary.scales.map((s, i) => ({ scale: s.id, caption: '', band: layout.bands[i]!, placed: nowhere })),
    reserved: [],
  };
}
