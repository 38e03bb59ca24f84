// Canvas drawing of a scene, for graphs too large for one SVG element per node (rendererChoice.ts).
// Same interface as svgRenderer.ts. One canvas (role img, named by the graph's counts) painted in
// one pass per animation frame, however many changes asked for it (canvasPaint.ts); an off-screen
// list of real buttons carries focus, names and the roving Tab stop for keyboards and screen
// readers. The list holds the buttons that matter, not one per node (thousands of hidden buttons
// made every style and layout of the page slow, a click's included): the Tab stop, the focused
// node, the selection and what it lights, the pinned nodes, and the most prominent nodes on screen
// up to LISTED_ON_SCREEN. The arrow keys move through the graph's model (keyboard.ts), and the
// button of the node they reach is made when asked for (focus), so every node stays reachable.
// Hit testing by quadtree (hitTest.ts). d3-drag measures pointer positions in
// an empty SVG group that carries the zoom transform, so it gets layout coordinates as in SVG.
import { linkBatches, nodeBatches, paintFrame, paintSteps, type Frame, type LinkBatch, type NodeBatch, type NodeLookup, type StepCount } from './canvasPaint';
import { FIRST_STEP_ITEMS, nextStepItems, PART_ITEMS } from './stepSize';
import { readTheme, type CanvasTheme } from './canvasTheme';
import { hitIndex, type HitIndex } from './hitTest';
import { levelOfDetail, MAX_LABELS } from './levelOfDetail';
import type { Emphasis, GraphRenderer, NodeNames, Transform } from './renderer';
import { captionObstacles, ZOOM_CORNER, type Scene, type SceneNode } from './scene';
import { labelOrder, placeScreenLabels, promotedOrder, type ScreenLabelRequest } from './screenLabels';
import { estimateTextHeight, estimateTextWidth } from './textWidth';
import { CROWDED, type Box, type Circle } from './labels';
import { createLifecycle } from '../ui/lifecycle';
import type { Step } from './taskSteps';

const NS = 'http://www.w3.org/2000/svg';

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a === b || (a.size === b.size && [...a].every((id) => b.has(id)));

/** The nodes whose button may say something else under `next` than under `before`; null when it
 * may be any of them (the pins changed). */
function buttonsToDress(before: Emphasis, next: Emphasis): Set<string> | null {
  if (!sameSet(before.pinned, next.pinned)) return null;
  const ids = new Set<string>();
  for (const id of [before.selected, next.selected, before.tabStop, next.tabStop]) if (id !== null) ids.add(id);
  if (before.spotlit !== next.spotlit) {
    for (const id of before.spotlit ?? []) ids.add(id);
    for (const id of next.spotlit ?? []) ids.add(id);
  }
  return ids;
}
/** How far from a node's edge a pointer still picks it, in screen px (fingers, small nodes). */
const HIT_SLACK_PX = 4;

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}
/** While the view only zooms or pans, each frame shows the last full drawing moved and scaled
 * (one image copy, whatever the graph's size); the full drawing follows once the gesture has
 * rested this long (ms). */
export const SETTLE_MS = 200;
/** At most this many buttons for the nodes on screen (the most prominent first, in label order),
 * besides those that must be listed (Tab stop, focus, selection and what it lights, pins). */
export const LISTED_ON_SCREEN = 100;
/** How many nodes a frame looks at for each label it may place (screenLabels.ts budget). */
const LABEL_BUDGET = 8;
/** How long a frame of a large graph (SLICED_FROM) may spend placing its labels (ms): those not
 * placed by then wait for a later drawing, which finds more of their words already worked out. */
export const LABELS_MS = 6;
/** How long a task working out ahead the words of the nodes labelled first may take (ms). */
const WORDS_MS = 8;
/** How long after a full drawing the list follows what is on screen (ms). */
const LIST_AFTER_MS = 300;
/** From this many nodes and links together, a full drawing is made aside in slices (paintSteps)
 * and shown once complete: drawn at once, it held the page for 100–600 ms at 15,000 actors, and
 * several times during a layout; at 1,000 actors (1,867 nodes and links), 110 ms of a frame, 70
 * of them the canvas's raster in the frame's paint. So every canvas drawing but the smallest. */
export const SLICED_FROM = 600;
/** Below this many nodes and links, the keyboard's list follows a new scene at once; a larger
 * graph's once it is drawn (its buttons' names cost tens of ms, in the task that puts its first
 * drawing on the way). */
const LISTED_AT_ONCE_BELOW = 4000;
/** How long a slice of a drawing may take before it gives the page back (ms, raster included): a
 * slice runs another step only if, at the last step's cost, it ends within this. Each step is
 * sized to take about STEP_TARGET_MS (stepSize.ts), so a slice is one or two steps. */
export const SLICE_MS = 16;

interface ListedNode {
  readonly scene: SceneNode;
  /** The node's place in the scene: the list keeps this order. */
  readonly index: number;
  readonly item: HTMLLIElement;
  readonly button: HTMLButtonElement;
  /** What the button says now, so that an emphasis change touches only the buttons it changes. */
  name: string;
  pressed: boolean;
  tabStop: boolean;
}

export interface CanvasRendererOptions {
  /** From how many nodes and links a drawing is made in slices (SLICED_FROM). */
  readonly slicedFrom?: number;
  /** How long a slice may take (SLICE_MS). */
  readonly sliceMs?: number;
}

export function createCanvasRenderer(parent: HTMLElement, width: number, height: number, options: CanvasRendererOptions = {}): GraphRenderer {
  const { slicedFrom = SLICED_FROM, sliceMs = SLICE_MS } = options;
  const root = document.createElement('div');
  root.className = 'graph-surface graph-canvas-surface';
  root.setAttribute('role', 'group');
  root.setAttribute('tabindex', '-1');
  root.setAttribute('data-graph-surface', '');
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.setAttribute('role', 'img');
  const frame = document.createElementNS(NS, 'svg');
  frame.setAttribute('class', 'graph-canvas-frame');
  frame.setAttribute('aria-hidden', 'true');
  const viewport = document.createElementNS(NS, 'g');
  frame.append(viewport);
  const list = document.createElement('ul');
  list.className = 'visually-hidden graph-node-list';
  root.append(canvas, frame, list);
  parent.append(root);

  let size = { width, height };
  let dpr = 1;
  let scene: Scene | null = null;
  let names: NodeNames = { surface: '', pinned: '', inSelection: '' };
  let nodeById: NodeLookup = new Map<string, SceneNode>();
  /** A node's position in the scene's nodes, by its id (undefined: not in the scene). */
  let indexOf: (id: string) => number | undefined = () => undefined;
  let listed = new Map<string, ListedNode>();
  let links: LinkBatch[] = [];
  let batches: NodeBatch[] = [];
  let order: number[] = [];
  /** The scene's label order with nothing selected or lit (computed once per scene). */
  let baseOrder: number[] = [];
  let emphasis: Emphasis | null = null;
  let transform: Transform = { x: 0, y: 0, k: 1 };
  let focused: string | null = null;
  let theme: CanvasTheme | null = null;
  let index: HitIndex | null = null;
  let ctx: CanvasRenderingContext2D | null | undefined;
  let pending: number | null = null;
  /** The frame asked for is the one after next (schedule's `later`). */
  let pendingLater = false;
  const life = createLifecycle();
  /** The transform of the last full drawing. */
  let drawnAt: Transform | null = null;
  /** A copy of the last full drawing, made when a gesture starts, and the transform it was drawn at.
   * Both canvases are read back by the CPU (willReadFrequently): a copy between a CPU and a GPU
   * canvas waits for the GPU. */
  let snapshot = document.createElement('canvas');
  let snapshotContext: CanvasRenderingContext2D | null | undefined;
  let snapshotAt: Transform | null = null;
  /** A large graph's next drawing, made here in slices; once complete it becomes the snapshot,
   * which the canvas shows (moved, if a gesture moved the view meanwhile). */
  let back = document.createElement('canvas');
  let backContext: CanvasRenderingContext2D | null | undefined;
  let slicing: {
    readonly steps: Generator<void, void, void>;
    readonly at: Transform;
    /** When the drawing began (its time, for data-paint-ms, counts all its slices). */
    readonly started: number;
    timer: ReturnType<typeof setTimeout> | null;
  } | null = null;
  /** Something changed while a sliced drawing was being made: another one follows it. */
  let again = false;
  /** The size of a sliced drawing's steps, following what the last ones cost (stepSize.ts); kept
   * from one drawing to the next. */
  const step: StepCount = { links: FIRST_STEP_ITEMS, nodes: FIRST_STEP_ITEMS, chunk: PART_ITEMS, painted: 0, phase: 'links' };
  /** Resolves and empties a list of waiters (those it resolves may add to it anew). */
  const release = (list: Array<() => void>) => {
    for (const resolve of list.splice(0)) resolve();
  };
  /** Waiting for the next full drawing to be on the canvas (drawn()). */
  const waiters: Array<() => void> = [];
  const resolveWaiters = () => release(waiters);
  /** No drawing made (nothing to draw, no context, a drawing that failed): whoever waits for one
   * or for the renderer to be idle waits no more. */
  const nothingDrawn = () => {
    resolveWaiters();
    checkIdle();
  };
  /** Waiting for nothing to be left to draw or list (idle()). */
  const idleWaiters: Array<() => void> = [];
  /** Resolves idle()'s waiters if nothing is left: no frame asked for, no drawing under way or to
   * follow, no view change to settle, the keyboard list fitted. */
  function checkIdle() {
    if (idleWaiters.length === 0 || life.destroyed) return;
    if (pending !== null || slicing !== null || again || settle !== null || laterTimer !== null || listTimer !== null) return;
    release(idleWaiters);
  }
  /** While some nodes move (setMoving): everything else, drawn once, and the transform it was drawn
   * at (null: to draw again). Each frame then copies it and draws the moving nodes over it. */
  let moving: ReadonlySet<string> | null = null;
  let held: string | null = null;
  const still = document.createElement('canvas');
  let stillContext: CanvasRenderingContext2D | null | undefined;
  let stillAt: Transform | null = null;
  /** Something other than the transform changed since the last full drawing. */
  let dirty = true;
  let settle: ReturnType<typeof setTimeout> | null = null;
  let laterTimer: ReturnType<typeof setTimeout> | null = null;
  let listTimer: ReturnType<typeof setTimeout> | null = null;
  /** How many labels the last full drawing placed when its time for labels ran out (null: it
   * placed all it could), and how many the drawing before it placed so. */
  let labelsCut: number | null = null;
  let lastCut = -1;
  /** How long the last full drawing took (ms), on the surface as data-paint-ms for benchmarks. */
  let lastPaintMs = 0;

  const raf = (fn: () => void): number => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : (setTimeout(fn, 16) as unknown as number));
  const cancel = (id: number) => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id));

  /** Asks for a frame; any number of asks before it comes make one paint. `moved`: only the
   * transform changed. `later`: in the frame after next, so that the next frame shows what the
   * rest of the page changed (a new selection's details) without waiting for a full drawing,
   * which takes long on large graphs without a GPU. */
  function schedule(moved = false, later = false, positions = false) {
    if (!moved) dirty = true;
    // Anything but the moving nodes' positions may have changed the still part too.
    if (!moved && !positions) stillAt = null;
    if (life.destroyed) return;
    // A frame asked for earlier (a hover, a tick) would draw in the very frame that should show
    // the new selection's details: it waits too.
    if (later && pending !== null && pending !== -1 && !pendingLater) {
      cancel(pending);
      pending = null;
    }
    if (pending !== null) return;
    pendingLater = later;
    pending = raf(() => {
      pendingLater = false;
      if (later) {
        // After this frame is on screen (a task queued now runs after it), ask for the next one.
        pending = -1;
        laterTimer = setTimeout(() => {
          laterTimer = null;
          pending = null;
          schedule();
        }, 0);
        return;
      }
      pending = null;
      paint();
    });
  }

  /** Gives `aside` the canvas's size, if it has not got it; true if it did so (which clears it).
   * Setting a canvas's size, even to the one it has, drops its pixels and makes it allocate them
   * again at its next drawing: megabytes, and tens of ms at 1600×1000, at every drawing. */
  function sizeLike(aside: HTMLCanvasElement): boolean {
    if (aside.width === canvas.width && aside.height === canvas.height) return false;
    aside.width = canvas.width;
    aside.height = canvas.height;
    return true;
  }

  /** The snapshot on the canvas, moved and scaled from where it was drawn to the view's transform. */
  function showSnapshot(context: CanvasRenderingContext2D, at: Transform) {
    const ratio = transform.k / at.k;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(snapshot, dpr * (transform.x - ratio * at.x), dpr * (transform.y - ratio * at.y), snapshot.width * ratio, snapshot.height * ratio);
  }

  /** Drops the drawing being made aside (its waiters wait for the next one). */
  function stopSlicing() {
    if (slicing?.timer != null) clearTimeout(slicing.timer);
    slicing = null;
    again = false;
  }

  /** The canvas's last full drawing kept aside as the snapshot (if it is not already), so that a
   * gesture, a resize or a drawing made in slices can show it meanwhile. */
  function keepSnapshot() {
    if (snapshotAt || !drawnAt) return;
    const reset = sizeLike(snapshot);
    snapshotContext ??= snapshot.getContext('2d', { willReadFrequently: true });
    if (snapshotContext && !reset) {
      // Reused: from the defaults (it may be a drawing's, stopped half-way), and cleared.
      snapshotContext.setTransform(1, 0, 0, 1, 0, 0);
      snapshotContext.globalAlpha = 1;
      snapshotContext.clearRect(0, 0, snapshot.width, snapshot.height);
    }
    snapshotContext?.drawImage(canvas, 0, 0);
    snapshotAt = drawnAt;
  }

  /** Starts a large graph's drawing aside, made a slice at a time between which the page draws and
   * answers. `since`: when the frame that starts it began (its labels and theme count in its first slice). */
  function startSliced(frame: Frame, since: number) {
    // Cleared by the drawing itself (paintSteps).
    sizeLike(back);
    backContext ??= back.getContext('2d', { willReadFrequently: true });
    if (!backContext) return nothingDrawn();
    slicing = { steps: paintSteps(backContext, frame, step), at: frame.transform, started: since, timer: null };
    runSlice(since);
  }

  function runSlice(since?: number) {
    const current = slicing;
    if (!current || life.destroyed || !backContext) return;
    current.timer = null;
    const started = since ?? performance.now();
    for (;;) {
      const stepStarted = performance.now();
      let done: boolean | undefined;
      try {
        done = current.steps.next().done;
      } catch (error) {
        // A drawing that fails leaves the renderer free for the next one, and nobody waiting.
        slicing = null;
        nothingDrawn();
        throw error;
      }
      if (done) break;
      // The canvas rasters what it was asked when it is read: here, within this slice, rather
      // than all at once in the frame that shows the drawing.
      backContext.getImageData(0, 0, 1, 1);
      const now = performance.now();
      const stepMs = now - stepStarted;
      // The next step's size from what this one cost, raster included.
      step[step.phase] = nextStepItems(step[step.phase], step.painted, stepMs);
      // Another step only if, at this one's cost, it ends within the slice's time.
      if (now - started + stepMs > sliceMs) {
        current.timer = setTimeout(() => runSlice(), 0);
        return;
      }
    }
    // Complete: it becomes the snapshot, and the canvas shows it where the view is now.
    slicing = null;
    [snapshot, back] = [back, snapshot];
    [snapshotContext, backContext] = [backContext, snapshotContext];
    snapshotAt = current.at;
    drawnAt = current.at;
    if (ctx) showSnapshot(ctx, current.at);
    finished(current.started);
    if (again) {
      again = false;
      schedule();
    }
  }

  /** After a full drawing: the figures, the list, whoever waits for it. */
  function finished(started: number) {
    lastPaintMs = performance.now() - started;
    root.setAttribute('data-paint-ms', lastPaintMs.toFixed(1));
    listTimer ??= setTimeout(() => {
      listTimer = null;
      if (!life.destroyed) fitList();
      checkIdle();
    }, LIST_AFTER_MS);
    resolveWaiters();
    // Labels left out for lack of time: another drawing follows (their words are worked out by
    // then, or more of them), as long as each places more than the one before.
    if (labelsCut === null) lastCut = -1;
    else if (labelsCut > lastCut) {
      lastCut = labelsCut;
      schedule();
    }
  }

  function paint() {
    if (!scene || life.destroyed) return nothingDrawn();
    if (ctx === undefined) ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return nothingDrawn();
    if (slicing && !moving) {
      // A drawing is being made: it will be shown, and another follows if anything changed.
      // Meanwhile a gesture's frames move the last complete one.
      if (dirty) again = true;
      dirty = false;
      if (snapshotAt) showSnapshot(ctx, snapshotAt);
      return;
    }
    if (!dirty && drawnAt) {
      // A frame of a gesture: the last drawing, moved and scaled to the new transform. Copied aside
      // at the gesture's first frame only: a copy after every full drawing (a tick, a drag) cost
      // more than the drawing itself.
      keepSnapshot();
      if (snapshotAt) showSnapshot(ctx, snapshotAt);
      return;
    }
    const started = performance.now();
    theme ??= readTheme(root);
    const detail = levelOfDetail({ nodes: scene.nodes.length, links: scene.links.length, k: transform.k, scale: scene.scale });
    const labelPx = scene.fontSize * scene.scale;
    const common = {
      scene,
      nodeById,
      links,
      nodes: batches,
      transform,
      width: size.width,
      height: size.height,
      dpr,
      emphasis,
      focused,
      detail,
      labelPx,
      theme,
    };
    if (moving) {
      const layer = moving;
      if (!stillAt || stillAt.x !== transform.x || stillAt.y !== transform.y || stillAt.k !== transform.k) {
        sizeLike(still);
        stillContext ??= still.getContext('2d', { willReadFrequently: true });
        if (stillContext)
          paintFrame(stillContext, { ...common, labels: screenLabels(labelPx, detail, (id) => !layer.has(id)), layer: { moving: layer, part: 'still' } });
        stillAt = transform;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(still, 0, 0);
      paintFrame(ctx, { ...common, labels: held ? screenLabels(labelPx, detail, (id) => id === held) : [], layer: { moving: layer, part: 'moving' } });
    } else if (scene.nodes.length + scene.links.length >= slicedFrom) {
      dirty = false;
      // Until it is complete the canvas keeps the last one (a resize has just cleared it).
      keepSnapshot();
      if (snapshotAt) showSnapshot(ctx, snapshotAt);
      startSliced({ ...common, labels: screenLabels(labelPx, detail) }, started);
      return;
    } else paintFrame(ctx, { ...common, labels: screenLabels(labelPx, detail) });
    dirty = false;
    drawnAt = transform;
    snapshotAt = null;
    finished(started);
  }

  /** The labels of the nodes on screen (those `only` keeps), placed most important first. */
  function screenLabels(labelPx: number, detail: ReturnType<typeof levelOfDetail>, only?: (id: string) => boolean) {
    const requests = labelRequests(labelPx);
    const until = performance.now() + LABELS_MS;
    const large = scene !== null && scene.nodes.length + scene.links.length >= slicedFrom;
    let cut = false;
    const placed = placeScreenLabels(only ? filtered(requests, (r) => only(r.id)) : requests, {
      width: size.width,
      height: size.height,
      reserved: [{ x: size.width - ZOOM_CORNER.width, y: size.height - ZOOM_CORNER.height, width: ZOOM_CORNER.width, height: ZOOM_CORNER.height }],
      avoid: nodesOnScreen(),
      avoidBoxes: captionsOnScreen(),
      max: detail.maxLabels,
      budget: detail.maxLabels * LABEL_BUDGET,
      ...(large ? { timeUp: () => (cut = performance.now() >= until) } : {}),
    });
    if (!only) labelsCut = cut ? placed.length : null;
    return placed;
  }

  /** The node's button, made (and put in its place in the list) if it was not there. */
  function ensureListed(id: string): ListedNode | undefined {
    const had = listed.get(id);
    if (had) return had;
    const s = nodeById.get(id);
    const index = indexOf(id);
    if (!s || index === undefined) return undefined;
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    button.setAttribute('data-node', id);
    button.setAttribute('aria-label', s.name);
    button.setAttribute('aria-pressed', 'false');
    const item = document.createElement('li');
    item.append(button);
    const n: ListedNode = { scene: s, index, item, button, name: s.name, pressed: false, tabStop: false };
    if (emphasis) dressButton(id, n, emphasis);
    let after: ListedNode | null = null;
    for (const other of listed.values()) if (other.index > index && (!after || other.index < after.index)) after = other;
    list.insertBefore(item, after?.item ?? null);
    listed.set(id, n);
    return n;
  }

  /** The nodes whose button must be in the list whatever is on screen. */
  function mustList(): Set<string> {
    const ids = new Set<string>();
    const e = emphasis;
    if (e) {
      for (const id of [e.tabStop, e.selected, focused]) if (id !== null) ids.add(id);
      for (const id of e.spotlit ?? []) ids.add(id);
      for (const id of e.pinned) ids.add(id);
    }
    return ids;
  }

  /** The list follows the view: the buttons that must be there, and the most prominent nodes on
   * screen; the others go (never the one that has focus). */
  function fitList() {
    if (!scene) return;
    const wanted = mustList();
    let onScreen = 0;
    for (const i of order) {
      if (onScreen >= LISTED_ON_SCREEN) break;
      const s = scene.nodes[i]!;
      const x = transform.x + transform.k * (s.node.x ?? 0);
      const y = transform.y + transform.k * (s.node.y ?? 0);
      if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
      if (!wanted.has(s.node.id)) onScreen++;
      wanted.add(s.node.id);
    }
    const active = typeof document === 'undefined' ? null : document.activeElement;
    for (const [id, n] of listed) {
      if (wanted.has(id) || n.button === active) continue;
      n.item.remove();
      listed.delete(id);
    }
    for (const id of wanted) ensureListed(id);
  }

  /** A graph small enough to be placed with care (labels.ts's CROWDED): its nodes on screen, as
   * circles labels keep off. A larger one's labels may cover nodes (as in labels.ts). */
  function nodesOnScreen(): Circle[] {
    if (!scene || scene.nodes.length > CROWDED) return [];
    const { x: tx, y: ty, k } = transform;
    return scene.nodes.map((s) => ({ x: tx + k * (s.node.x ?? 0), y: ty + k * (s.node.y ?? 0), r: k * s.node.radius + 1 }));
  }

  /** Same: the ring names' boxes on screen, which labels leave free. */
  function captionsOnScreen(): Box[] {
    if (!scene || scene.nodes.length > CROWDED) return [];
    const { x: tx, y: ty, k } = transform;
    return captionObstacles(scene).map((b) => ({ x: tx + k * b.x, y: ty + k * b.y, width: k * b.width, height: k * b.height }));
  }

  /** The nodes on screen, in label order, as screen boxes to place. */
  function* labelRequests(px: number): Generator<ScreenLabelRequest> {
    if (!scene) return;
    const height = (lines: number) => estimateTextHeight(px, lines);
    for (const i of order) {
      const s = scene.nodes[i]!;
      const x = transform.x + transform.k * (s.node.x ?? 0);
      const y = transform.y + transform.k * (s.node.y ?? 0);
      if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
      yield {
        id: s.node.id,
        x,
        y,
        r: s.node.radius * transform.k + 1,
        width: Math.max(...s.lines.map((line) => estimateTextWidth(line, px))),
        height: height(s.lines.length),
      };
    }
  }

  function sizeCanvas() {
    dpr = typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
    root.style.width = `${size.width}px`;
    root.style.height = `${size.height}px`;
    canvas.width = Math.round(size.width * dpr);
    canvas.height = Math.round(size.height * dpr);
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    frame.setAttribute('width', String(size.width));
    frame.setAttribute('height', String(size.height));
  }

  /** What the renderer keeps of a scene: its indexes, batches and label order. */
  interface Derived {
    readonly scene: Scene;
    nodeById?: NodeLookup;
    indexOf?: (id: string) => number | undefined;
    baseOrder?: number[];
    links?: LinkBatch[];
    batches?: NodeBatch[];
  }
  /** What prepare has made so far for the scene to come. */
  let prepared: Derived | null = null;

  const indexes = (d: Derived) => {
    if (!d.nodeById || !d.indexOf) {
      // No table of its own: the scene's nodes are its model's, in the same order, and the model
      // knows each node's position (a table of 15,000 ids was 0.2 MB of the page's heap).
      const nodes = d.scene.nodes;
      const slot = d.scene.indexOf;
      const at = (id: string): number | undefined => {
        const i = slot(id);
        return nodes[i]?.node.id === id ? i : undefined;
      };
      d.nodeById = { get: (id) => nodes[at(id) ?? -1] };
      d.indexOf = at;
    }
  };
  const ordered = (d: Derived) => {
    indexes(d);
    return (d.baseOrder ??= labelOrder(
      d.scene.nodes.map((s) => s.node),
      null,
      null,
    ));
  };
  const linked = (d: Derived) => (d.links ??= linkBatches(d.scene.links, d.scene.indexOf));
  const batched = (d: Derived) => {
    linked(d);
    d.batches ??= nodeBatches(d.scene.nodes);
  };

  /** What setScene and the first frame need of `next`, in parts (see GraphRenderer): its indexes,
   * its label order, its batches, and the words of the nodes a frame labels first. */
  function prepare(next: Scene): Step[] {
    const d: Derived = { scene: next };
    prepared = d;
    // The words of the nodes a frame labels first, a few milliseconds' worth a task.
    let worded = 0;
    const words: Step = () => {
      const order = ordered(d);
      const first = Math.min(order.length, MAX_LABELS * LABEL_BUDGET);
      const until = performance.now() + WORDS_MS;
      while (worded < first) {
        void next.nodes[order[worded++]!]!.lines;
        if (performance.now() >= until) break;
      }
      return worded < first && prepared === d ? [words] : [];
    };
    return [() => indexes(d), () => void ordered(d), () => void linked(d), () => batched(d), words];
  }

  function setScene(next: Scene, nodeNames: NodeNames) {
    // A drawing of the scene before is of no use any more; whoever waits for it gets this one's.
    stopSlicing();
    scene = next;
    lastCut = -1;
    names = nodeNames;
    theme = null;
    index = null;
    root.setAttribute('aria-label', names.surface);
    canvas.setAttribute('aria-label', names.summary ?? names.surface);
    list.setAttribute('aria-label', names.list ?? names.surface);
    const made: Derived = prepared?.scene === next ? prepared : { scene: next };
    prepared = null;
    baseOrder = ordered(made);
    batched(made);
    nodeById = made.nodeById!;
    indexOf = made.indexOf!;
    links = made.links!;
    batches = made.batches!;
    listed = new Map();
    list.replaceChildren();
    order = baseOrder;
    if (emphasis) setEmphasis(emphasis, true);
    // A large graph's list follows once it is drawn (finished). The Tab stop's is there already.
    if (next.nodes.length + next.links.length < LISTED_AT_ONCE_BELOW) fitList();
    schedule();
  }

  /** Names, pressed state and Tab stop of one node's button, touched only where they change. */
  function dressButton(id: string, n: ListedNode, e: Emphasis) {
    const inSelection = e.spotlit !== null && e.spotlit.has(id) && e.selected !== id;
    const base = `${n.scene.name}${inSelection ? `, ${names.inSelection}` : ''}`;
    const name = e.pinned.has(id) ? `${base} (${names.pinned})` : base;
    if (name !== n.name) n.button.setAttribute('aria-label', (n.name = name));
    const pressed = e.selected === id;
    if (pressed !== n.pressed) n.button.setAttribute('aria-pressed', String((n.pressed = pressed)));
    const tabStop = e.tabStop === id;
    if (tabStop !== n.tabStop) {
      n.tabStop = tabStop;
      n.button.tabIndex = tabStop ? 0 : -1;
    }
  }

  /** `all`: every button (a new scene); else only those whose state can differ from the last emphasis. */
  function setEmphasis(e: Emphasis, all = false) {
    const before = emphasis;
    emphasis = e;
    const changed = all || !before ? null : buttonsToDress(before, e);
    // The buttons this emphasis asks for are there before it is dressed on them; the others go
    // when the list next follows the view (fitList), not on this change.
    for (const id of mustList()) ensureListed(id);
    if (changed) {
      for (const id of changed) {
        const n = listed.get(id);
        if (n) dressButton(id, n, e);
      }
    } else for (const [id, n] of listed) dressButton(id, n, e);
    const lit = e.spotlit ?? e.lit;
    if (scene) order = e.selected === null && lit === null ? baseOrder : promotedOrder(baseOrder, scene.nodes, e.selected, lit);
    // A new selection: its details are shown first, the graph's drawing the frame after.
    const selectionMoved = !before || before.selected !== e.selected || before.spotlit !== e.spotlit;
    schedule(false, selectionMoved && !all);
  }

  const idOf = (target: EventTarget | null) =>
    target instanceof Element && list.contains(target) ? (target.closest('[data-node]')?.getAttribute('data-node') ?? null) : null;

  /** Where an event happened on the canvas, in screen px, or null (keyboard, focus). */
  function pointOf(event: Event): { x: number; y: number } | null {
    const touch = typeof TouchEvent !== 'undefined' && event instanceof TouchEvent ? (event.touches[0] ?? event.changedTouches[0]) : undefined;
    const at = touch ?? (event instanceof MouseEvent ? event : undefined);
    if (!at) return null;
    const rect = canvas.getBoundingClientRect();
    return { x: at.clientX - rect.left, y: at.clientY - rect.top };
  }

  function nodeAt(x: number, y: number): string | null {
    if (!scene) return null;
    index ??= hitIndex(scene.nodes.map((s) => s.node));
    return index.find((x - transform.x) / transform.k, (y - transform.y) / transform.k, HIT_SLACK_PX / transform.k);
  }

  function nodeIdFromEvent(event: Event): string | null {
    const listedId = idOf(event.target);
    if (listedId) return listedId;
    if (event.target !== canvas) return null;
    const p = pointOf(event);
    return p ? nodeAt(p.x, p.y) : null;
  }

  // Only a change of the focused node is drawn: a press on the canvas focuses the surface (no
  // node), which used to redraw the whole graph between a click's pointerdown and its click.
  const onFocusIn = (event: Event) => {
    const id = idOf(event.target);
    if (id === focused) return;
    focused = id;
    schedule();
  };
  const onFocusOut = () => {
    if (focused === null) return;
    focused = null;
    schedule();
  };
  const onMove = (event: Event) => {
    canvas.style.cursor = nodeIdFromEvent(event) ? 'pointer' : '';
  };
  life.on(root, 'focusin', onFocusIn);
  life.on(root, 'focusout', onFocusOut);
  life.on(canvas, 'pointermove', onMove);
  life.add(() => {
    stopSlicing();
    resolveWaiters();
    release(idleWaiters);
    if (pending !== null && pending !== -1) cancel(pending);
    if (settle !== null) clearTimeout(settle);
    if (laterTimer !== null) clearTimeout(laterTimer);
    if (listTimer !== null) clearTimeout(listTimer);
    prepared = null;
    root.remove();
    listed.clear();
    indexOf = () => undefined;
  });

  sizeCanvas();
  // The context made and used once (a pixel cleared) at the start of the page's first frame: set
  // up at the first drawing, early in the load, it held that drawing for 60-110 ms (Chromium
  // making the canvas's pixels while the page's first frame is rastered), against a few ms here.
  let warming: number | null = raf(() => {
    warming = null;
    if (ctx !== undefined || life.destroyed) return;
    ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx?.clearRect(0, 0, 1, 1);
  });
  life.add(() => {
    if (warming !== null) cancel(warming);
  });

  return {
    surface: root,
    dragContainer: viewport,
    prepare,
    setScene,
    draw() {
      // Positions changed (a tick, an animation, a drag): the hit index is rebuilt when next asked.
      index = null;
      // A drawing being made aside has read some of the old positions: it starts again.
      if (slicing && !moving) stopSlicing();
      schedule(false, false, true);
    },
    drawn() {
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      });
    },
    paintNow() {
      if (pending !== null && pending !== -1) {
        cancel(pending);
        pending = null;
        pendingLater = false;
      }
      paint();
    },
    setMoving(ids: ReadonlySet<string> | null, heldId: string | null = null) {
      moving = ids && ids.size > 0 ? ids : null;
      // The part that moves is drawn over the rest on the canvas itself: no drawing aside then.
      if (moving && slicing) {
        stopSlicing();
        resolveWaiters();
      }
      held = moving ? heldId : null;
      stillAt = null;
      schedule();
    },
    setTransform(t: Transform) {
      transform = { x: t.x, y: t.y, k: t.k };
      viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
      schedule(true);
      if (settle !== null) clearTimeout(settle);
      settle = setTimeout(() => {
        settle = null;
        schedule();
      }, SETTLE_MS);
    },
    setEmphasis,
    resize(w: number, h: number) {
      size = { width: w, height: h };
      // Resizing clears the canvas: what it showed is kept, to show until the next drawing.
      keepSnapshot();
      sizeCanvas();
      schedule();
    },
    nodeIdFromEvent,
    focus(nodeId: string) {
      ensureListed(nodeId)?.button.focus({ preventScroll: true });
    },
    destroy: life.destroy,
  };
}
