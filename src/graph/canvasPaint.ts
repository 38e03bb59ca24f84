// Paints one frame of a scene on a 2D canvas, with the SVG drawing's look (style.ts for kinds and
// relation families, canvasTheme.ts for what the CSS sets): bands and captions, links batched by
// style (one path per style and state), arrowheads, nodes batched by colour, the focus and
// selection rings, then the frame's labels in screen px. Emphasis only changes alphas and widths
// here: nothing is rebuilt to dim or light a node.
import { halfLine, pointAt } from './captions';
import type { Detail } from './levelOfDetail';
import { linkEnd, type GraphLink } from './model';
import type { Emphasis, Transform } from './renderer';
import type { Scene, SceneNode } from './scene';
import type { ScreenLabel } from './screenLabels';
import { FAMILY_STYLES, linkWidth, shapePath, UNSOURCED_DASH, type ShapeName } from './style';
import type { CanvasTheme } from './canvasTheme';
import { lineHeight } from './textWidth';
import { pinPath } from './pin';

const DASH = UNSOURCED_DASH.split(/\s+/).map(Number);
const ARROW = 9;
const DIMMED_NODE = 0.25;
const DIMMED_LINK = 0.12;
const DIMMED_LABEL = 0.3;

/** Links grouped once per scene by how they are stroked. */
export interface LinkBatch {
  readonly stroke: string;
  readonly width: number;
  readonly dashed: boolean;
  readonly links: readonly GraphLink[];
  /** Each link's ends as positions in the scene's nodes (link k: 2k and 2k + 1; -1: none), found
   * once per scene rather than by id at each drawing. */
  readonly ends: Int32Array;
}

/** Nodes grouped once per scene by how they are filled and outlined. */
export interface NodeBatch {
  readonly fill: string;
  readonly session: boolean;
  readonly nodes: readonly SceneNode[];
}

export function linkBatches(links: readonly GraphLink[], indexOf: (id: string) => number): LinkBatch[] {
  type Batch = { stroke: string; width: number; dashed: boolean; links: GraphLink[]; ends: number[] };
  const byKey = new Map<string, Batch>();
  // Each kind of link finds its batch once (a large graph has tens of thousands of links and a
  // dozen kinds): no key made per link.
  const sourced = new Map<string, Map<string, Batch>>();
  const unsourced = new Map<string, Map<string, Batch>>();
  for (const link of links) {
    const byFamily = link.unsourced ? unsourced : sourced;
    let known = byFamily.get(link.family);
    if (!known) byFamily.set(link.family, (known = new Map()));
    let batch = known.get(link.kind);
    if (!batch) {
      const stroke = FAMILY_STYLES[link.family].stroke;
      const width = linkWidth(link.kind, link.family);
      const key = `${stroke}|${width}|${link.unsourced}`;
      batch = byKey.get(key);
      if (!batch) byKey.set(key, (batch = { stroke, width, dashed: link.unsourced, links: [], ends: [] }));
      known.set(link.kind, batch);
    }
    batch.links.push(link);
    batch.ends.push(linkEnd(link, 0) ?? indexOf(link.from), linkEnd(link, 1) ?? indexOf(link.to));
  }
  return [...byKey.values()].map((b) => ({ ...b, ends: Int32Array.from(b.ends) }));
}

export function nodeBatches(nodes: readonly SceneNode[]): NodeBatch[] {
  const byKey = new Map<string, { fill: string; session: boolean; nodes: SceneNode[] }>();
  for (const s of nodes) {
    const session = s.node.type === 'session';
    const key = `${s.node.style.fill}|${session}`;
    let batch = byKey.get(key);
    if (!batch) byKey.set(key, (batch = { fill: s.node.style.fill, session, nodes: [] }));
    batch.nodes.push(s);
  }
  return [...byKey.values()];
}

const shapes = new Map<string, Path2D>();
/** The shape's path (style.ts), made once per shape and radius. */
function shape(name: ShapeName, r: number): Path2D {
  const key = `${name}|${r.toFixed(2)}`;
  let path = shapes.get(key);
  if (!path) shapes.set(key, (path = new Path2D(shapePath(name, r))));
  return path;
}

/** A scene node by its node's id. */
export interface NodeLookup {
  get(id: string): SceneNode | undefined;
}

export interface Frame {
  readonly scene: Scene;
  readonly nodeById: NodeLookup;
  readonly links: readonly LinkBatch[];
  readonly nodes: readonly NodeBatch[];
  readonly transform: Transform;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly emphasis: Emphasis | null;
  /** The node with keyboard focus, ringed. */
  readonly focused: string | null;
  readonly detail: Detail;
  readonly labels: readonly ScreenLabel[];
  /** Label size on screen, px. */
  readonly labelPx: number;
  readonly theme: CanvasTheme;
  /** While some nodes move (a drag in a large graph): `still` paints all but them and what ties
   * them; `moving` paints only those, over the still part drawn before (no clearing, no rings). */
  readonly layer?: Layer;
}

export interface Layer {
  readonly moving: ReadonlySet<string>;
  readonly part: 'still' | 'moving';
}

/** Whether a node, or a link by its ends, belongs to the part of the frame being painted. */
const inLayer = (layer: Layer | undefined, ...ids: string[]): boolean => !layer || ids.some((id) => layer.moving.has(id)) === (layer.part === 'moving');

export interface View {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A drawing's steps: how many links, or nodes, a step paints at most (set by the caller between
 * steps, stepSize.ts: a link can cost ten times what a node does), and what the last step looked
 * at (set by paintSteps at each pause): how many items, 0 for a step of none (the rings, the
 * labels), and of which kind. */
export interface StepCount {
  links: number;
  nodes: number;
  /** A batch is stroked or filled in parts of this many items, always the same whatever the
   * steps' sizes, so that two drawings of the same scene look the same (translucent parts darken
   * each other where they cross); a step ends only where a part does. */
  readonly chunk: number;
  painted: number;
  phase: 'links' | 'nodes';
}

export function paintFrame(ctx: CanvasRenderingContext2D, f: Frame): void {
  // At once: each batch in one stroke or fill, never parted (see paintSteps).
  for (const _ of paintSteps(ctx, f, { links: Infinity, nodes: Infinity, chunk: Infinity, painted: 0, phase: 'links' }));
}

/**
 * The same drawing in steps: the generator pauses after the rings, after each `step.links` links
 * or `step.nodes` nodes (read afresh at each step: the caller may change them between two), after
 * the links and before the labels, so that a caller can spread a large drawing over several tasks
 * (a software canvas rasters 15,000 nodes and 13,000 links in hundreds of ms) and leave frames
 * free between them. Each step leaves the context ready for the next; nothing else may draw on it
 * meanwhile. A batch parted between steps is stroked or filled in parts: where translucent links
 * or nodes of two parts cross, they darken each other a little (one stroke never does).
 */
export function* paintSteps(ctx: CanvasRenderingContext2D, f: Frame, step: StepCount): Generator<void, void, void> {
  const { transform: t, dpr } = f;
  const over = f.layer?.part === 'moving';
  const toLayout = () => ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  // A canvas reused from one drawing to the next keeps its state, that of a drawing stopped
  // half-way included (a link's alpha, a dash): the defaults a drawing starts from.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (!over) ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  toLayout();
  // The visible area in layout units, with room for a shape's reach and a label's halo.
  const m = 20 / t.k;
  const view: View = { x0: -t.x / t.k - m, y0: -t.y / t.k - m, x1: (f.width - t.x) / t.k + m, y1: (f.height - t.y) / t.k + m };
  if (!over) paintRings(ctx, f);
  step.painted = 0;
  yield;
  step.painted = 0;
  step.phase = 'links';
  toLayout();
  yield* paintLinks(ctx, f, view, step);
  yield;
  step.painted = 0;
  step.phase = 'nodes';
  toLayout();
  yield* paintNodes(ctx, f, view, step);
  // The labels in a step of their own (a software canvas takes a while to write 160 of them).
  yield;
  step.painted = 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  paintLabels(ctx, f);
}

function paintRings(ctx: CanvasRenderingContext2D, f: Frame) {
  const { scene, theme } = f;
  if (scene.rings.length === 0) return;
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.bandLine;
  for (let i = scene.rings.length - 1; i >= 0; i--) {
    const outer = scene.rings[i]!.band.outer;
    ctx.beginPath();
    ctx.ellipse(0, 0, outer, outer / scene.aspect, 0, 0, 2 * Math.PI);
    ctx.fillStyle = i % 2 === 0 ? theme.bandEven : theme.bandOdd;
    ctx.fill();
    ctx.stroke();
  }
  ctx.font = `600 ${scene.captionSize}px ${theme.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.captionHalo;
  ctx.fillStyle = theme.caption;
  const dy = scene.captionSize * 0.35;
  for (const ring of scene.rings) {
    const { path, offset, at } = ring.placed;
    const arc = path ? /^M(-?[\d.]+),0A([\d.]+),([\d.]+) 0 0 ([01])/.exec(path) : null;
    if (!arc) {
      ctx.strokeText(ring.caption, at.x, at.y + dy);
      ctx.fillText(ring.caption, at.x, at.y + dy);
      continue;
    }
    // Letter by letter along the band's half ellipse, as SVG's textPath does.
    const line = halfLine(Number(arc[2]), Number(arc[3]), arc[4] === '1');
    const letters = [...ring.caption];
    const widths = letters.map((c) => ctx.measureText(c).width);
    const spacing = scene.captionSize * 0.02;
    const total = widths.reduce((s, w) => s + w, 0) + spacing * (letters.length - 1);
    let s = offset - total / 2;
    letters.forEach((c, i) => {
      const w = widths[i]!;
      const mid = s + w / 2;
      const p = pointAt(line, mid);
      const a = pointAt(line, mid - 0.5);
      const b = pointAt(line, mid + 0.5);
      ctx.save();
      ctx.translate(p.x, p.y);
      ctx.rotate(Math.atan2(b.y - a.y, b.x - a.x));
      ctx.strokeText(c, 0, dy);
      ctx.fillText(c, 0, dy);
      ctx.restore();
      s += w + spacing;
    });
  }
}

/** A link by its ends' ids, with something lit: 0, dimmed; 2, lit (with nothing lit, 1: as usual). */
function linkState(from: string, to: string, lit: ReadonlySet<string>): 0 | 2 {
  return lit.has(from) && lit.has(to) ? 2 : 0;
}

function* paintLinks(ctx: CanvasRenderingContext2D, f: Frame, view: View, step: StepCount): Generator<void, void, void> {
  const { detail, emphasis } = f;
  const { nodes } = f.scene;
  const lit = emphasis?.lit ?? null;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'miter';
  // Dimmed first, lit last, so what is lit is on top.
  for (const state of [0, 1, 2] as const) {
    if (lit === null && state !== 1) continue;
    ctx.globalAlpha = state === 0 ? DIMMED_LINK : state === 1 && lit === null ? detail.linkAlpha : 1;
    for (const batch of f.links) {
      let arrows: number[] = [];
      ctx.beginPath();
      let any = false;
      let inBatch = 0;
      const { ends } = batch;
      for (const link of batch.links) {
        if (inBatch > 0 && inBatch % step.chunk === 0) {
          // A part's worth: what is gathered is drawn; after a step's worth, the drawing pauses.
          if (any) strokeLinks(ctx, f, batch, state, arrows);
          arrows = [];
          any = false;
          ctx.beginPath();
          if (step.painted >= step.links) {
            const alpha = ctx.globalAlpha;
            yield;
            step.painted = 0;
            ctx.globalAlpha = alpha;
          }
        }
        const k = inBatch++;
        step.painted++;
        const a = nodes[ends[2 * k]!]?.node;
        const b = nodes[ends[2 * k + 1]!]?.node;
        if (!a || !b) continue;
        // Ends by their positions, not looked up by id (at 30,000 links, a tenth of the drawing).
        if ((lit !== null && linkState(a.id, b.id, lit) !== state) || (f.layer && !inLayer(f.layer, a.id, b.id))) continue;
        const ax = a.x ?? 0;
        const ay = a.y ?? 0;
        const bx = b.x ?? 0;
        const by = b.y ?? 0;
        if (Math.max(ax, bx) < view.x0 || Math.min(ax, bx) > view.x1 || Math.max(ay, by) < view.y0 || Math.min(ay, by) > view.y1) continue;
        const d = Math.hypot(bx - ax, by - ay) || 1;
        const ux = (bx - ax) / d;
        const uy = (by - ay) / d;
        const end = b.radius + (link.directed ? 3 : 0);
        const x2 = bx - ux * end;
        const y2 = by - uy * end;
        // Only the part on screen: a long dashed line is dashed along all its length otherwise.
        const seg = clipSegment(ax + ux * a.radius, ay + uy * a.radius, x2, y2, view);
        if (!seg) continue;
        ctx.moveTo(seg[0], seg[1]);
        ctx.lineTo(seg[2], seg[3]);
        any = true;
        if (link.directed && (detail.arrows || state === 2)) arrows.push(x2, y2, ux, uy);
      }
      if (any) strokeLinks(ctx, f, batch, state, arrows);
    }
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** Strokes the links gathered in the context's path, all of one batch and state, and their arrowheads. */
function strokeLinks(ctx: CanvasRenderingContext2D, f: Frame, batch: LinkBatch, state: 0 | 1 | 2, arrows: readonly number[]) {
  const { detail, theme, emphasis, transform } = f;
  const faint = state === 1 && (emphasis?.lit ?? null) === null && detail.linkWidth < 1;
  // From afar a link is a hairline: at most one screen px, which the canvas draws fastest.
  ctx.lineWidth = state === 2 ? theme.litWidth : faint ? Math.min(batch.width * detail.linkWidth, 1 / transform.k) : batch.width;
  ctx.lineCap = faint ? 'butt' : 'round';
  ctx.setLineDash(batch.dashed && (detail.dashes || state === 2) ? DASH : []);
  ctx.strokeStyle = batch.stroke;
  ctx.stroke();
  if (arrows.length > 0) {
    ctx.setLineDash([]);
    ctx.beginPath();
    for (let i = 0; i < arrows.length; i += 4) {
      const [x, y, ux, uy] = [arrows[i]!, arrows[i + 1]!, arrows[i + 2]!, arrows[i + 3]!];
      // The SVG marker: a triangle ARROW long and ARROW wide, its tip at the line's end.
      ctx.moveTo(x, y);
      ctx.lineTo(x - ux * ARROW - uy * (ARROW / 2), y - uy * ARROW + ux * (ARROW / 2));
      ctx.lineTo(x - ux * ARROW + uy * (ARROW / 2), y - uy * ARROW - ux * (ARROW / 2));
      ctx.closePath();
    }
    ctx.fillStyle = batch.stroke;
    ctx.fill();
  }
}

/** The part of a segment inside the view (Liang–Barsky), or null. Allocates nothing but the
 * result: it runs for every link on screen, every frame. */
export function clipSegment(x1: number, y1: number, x2: number, y2: number, view: View): [number, number, number, number] | null {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edge = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    return t0 <= t1;
  };
  if (!edge(-dx, x1 - view.x0) || !edge(dx, view.x1 - x1) || !edge(-dy, y1 - view.y0) || !edge(dy, view.y1 - y1)) return null;
  return t0 === 0 && t1 === 1 ? [x1, y1, x2, y2] : [x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy];
}

const onScreen = (s: SceneNode, view: View) => {
  const x = s.node.x ?? 0;
  const y = s.node.y ?? 0;
  return x >= view.x0 && x <= view.x1 && y >= view.y0 && y <= view.y1;
};

function* paintNodes(ctx: CanvasRenderingContext2D, f: Frame, view: View, step: StepCount): Generator<void, void, void> {
  const { detail, theme, emphasis } = f;
  const lit = emphasis?.lit ?? null;
  const special = (id: string) => emphasis !== null && (emphasis.selected === id || emphasis.pinned.has(id));
  ctx.strokeStyle = theme.ink;
  ctx.lineJoin = 'miter';
  for (const dimmed of [true, false]) {
    if (dimmed && lit === null) continue;
    ctx.globalAlpha = dimmed ? DIMMED_NODE : 1;
    for (const batch of f.nodes) {
      let path = new Path2D();
      let any = false;
      const fill = () => {
        ctx.fillStyle = batch.fill;
        ctx.fill(path);
        if (detail.outlines) {
          ctx.lineWidth = theme.nodeStroke;
          ctx.setLineDash(batch.session ? [3, 2] : []);
          ctx.stroke(path);
        }
      };
      let inBatch = 0;
      for (const s of batch.nodes) {
        if (inBatch > 0 && inBatch % step.chunk === 0) {
          if (any) fill();
          path = new Path2D();
          any = false;
          if (step.painted >= step.nodes) {
            const alpha = ctx.globalAlpha;
            yield;
            step.painted = 0;
            ctx.globalAlpha = alpha;
            ctx.strokeStyle = theme.ink;
          }
        }
        inBatch++;
        step.painted++;
        if ((lit !== null && !lit.has(s.node.id)) !== dimmed || special(s.node.id) || !onScreen(s, view) || !inLayer(f.layer, s.node.id)) continue;
        path.addPath(shape(s.node.style.shape, s.node.radius), { a: 1, b: 0, c: 0, d: 1, e: s.node.x ?? 0, f: s.node.y ?? 0 });
        any = true;
      }
      if (any) fill();
    }
  }
  // The few nodes drawn one by one: pinned (dashed outline) and selected (thick outline, ring).
  if (emphasis) {
    for (const id of new Set([...emphasis.pinned, ...(emphasis.selected ? [emphasis.selected] : [])])) {
      const s = f.nodeById.get(id);
      if (!s || !inLayer(f.layer, id)) continue;
      const { x = 0, y = 0, radius, style } = s.node;
      ctx.globalAlpha = lit !== null && !lit.has(id) ? DIMMED_NODE : 1;
      ctx.save();
      ctx.translate(x ?? 0, y ?? 0);
      const path = shape(style.shape, radius);
      ctx.fillStyle = style.fill;
      ctx.fill(path);
      const selected = emphasis.selected === id;
      ctx.lineWidth = selected ? theme.nodeStroke + 2 : emphasis.pinned.has(id) ? 2.5 : theme.nodeStroke;
      ctx.setLineDash(emphasis.pinned.has(id) ? [2, 2] : s.node.type === 'session' ? [3, 2] : []);
      ctx.strokeStyle = theme.ink;
      ctx.stroke(path);
      ctx.setLineDash([]);
      if (selected) ring(ctx, radius + 7, theme.selected, theme.selectedWidth);
      if (emphasis.pinned.has(id)) {
        // The pin mark, as the SVG draws it (pin.ts).
        const pin = new Path2D(pinPath(radius));
        ctx.fillStyle = theme.focus;
        ctx.fill(pin);
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = theme.paper;
        ctx.stroke(pin);
      }
      ctx.restore();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  const focused = f.focused && inLayer(f.layer, f.focused) ? f.nodeById.get(f.focused) : undefined;
  if (focused) {
    ctx.save();
    ctx.translate(focused.node.x ?? 0, focused.node.y ?? 0);
    // As the SVG's :focus-visible ring, and never thinner than 2 screen px.
    ring(ctx, focused.node.radius + 7, theme.focus, Math.max(4, 2 / f.transform.k));
    ctx.restore();
  }
}

function ring(ctx: CanvasRenderingContext2D, r: number, colour: string, width: number) {
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, 2 * Math.PI);
  ctx.lineWidth = width;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

function paintLabels(ctx: CanvasRenderingContext2D, f: Frame) {
  const { theme, labelPx: px, emphasis } = f;
  const lit = emphasis?.lit ?? null;
  ctx.font = `${theme.labelWeight} ${px}px ${theme.font}`;
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  ctx.lineWidth = theme.haloWidth;
  ctx.strokeStyle = theme.labelHalo;
  ctx.fillStyle = theme.ink;
  const step = lineHeight(px);
  for (const label of f.labels) {
    const s = f.nodeById.get(label.id);
    if (!s || !inLayer(f.layer, label.id)) continue;
    ctx.globalAlpha = lit !== null && !lit.has(label.id) ? DIMMED_LABEL : 1;
    ctx.textAlign = label.anchor === 'middle' ? 'center' : label.anchor === 'end' ? 'right' : 'left';
    const x = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x + label.width : label.x + label.width / 2;
    s.lines.forEach((line, i) => {
      const y = label.y + px * 0.97 + i * step;
      ctx.strokeText(line, x, y);
      ctx.fillText(line, x, y);
      if (emphasis?.selected === label.id) {
        const w = ctx.measureText(line).width;
        const left = label.anchor === 'start' ? x : label.anchor === 'end' ? x - w : x - w / 2;
        ctx.fillRect(left, y + 2, w, 2);
      }
    });
  }
  ctx.globalAlpha = 1;
}
