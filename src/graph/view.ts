// The alliance graph view: toolbar, drawing surface, legend and details. It reads the store,
// lays the graph out (simulation.ts, no DOM), draws through a renderer (svgRenderer.ts), and
// turns gestures and keys into store actions. Hover and focus highlight stay local to the view.
import { easeCubicInOut } from 'd3-ease';
import { timer, type Timer } from 'd3-timer';
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { select, setLayout, toggle } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createControls } from './controls';
import { renderDetails } from './details';
import { isArrowKey, isStepKey, nextNode, stepNode } from './keyboard';
import { kindsOf, legendContent, renderLegend } from './legend';
import { createNodeDrag } from './drag';
import type { GraphModel, GraphNode } from './model';
import { emphasisOf } from './emphasis';
import { projectorFontSize } from './texts';
import {
  buildScene,
  contentBoxes,
  dressScene,
  ringsScene,
  dressingScene,
  placeSceneLabels,
  spaceFor,
  visibleLabelRequests,
  zoomCorner,
  type Scene,
  type SceneNode,
  type Size,
  type ViewOptions,
} from './scene';
import { createLabelPlacer } from './labels';
import { pinInBand } from './pin';
import { createLabelScheduler } from './labelScheduler';
import { createThrottle } from './throttle';
import { afterNextFrame } from '../ui/frames';
import type { Emphasis, Transform } from './renderer';
import {
  layoutFrame,
  localSimulation,
  pinNodes,
  seedLayout,
  simulationFor,
  frameOfCounts,
  within,
  type GraphSimulation,
  type LayoutFrame,
  type LayoutOptions,
} from './simulation';
import { createLayoutClient } from './layoutClient';
import { scaleCountsOf } from './ringCounts';
import { legendItemsAhead } from './legendAhead';
import { applyPositions, layoutColumns, layoutInput } from './layoutRun';
import { inTasks, type Step } from './taskSteps';
import { madeGraphModel, selectGraphModel, selectingGraphModel, selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import { runInSlices } from '../ui/workSteps';
import { nextTask } from '../ui/nextTask';
import { createSvgRenderer } from './svgRenderer';
import { createCanvasRenderer } from './canvasRenderer';
import { chooseRenderer, type RendererChoice } from './rendererChoice';
import { createZoom } from './zoom';
import { createLifecycle } from '../ui/lifecycle';
import { matches, PHONE_QUERY, SCROLLING_QUERY } from '../ui/phoneQuery';
import './graph.css';

export interface GraphViewOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** SVG or canvas; by default chosen from the number of nodes (rendererChoice.ts). */
  readonly renderer?: RendererChoice;
  /** How many px at the bottom of an element something covers (the phone's details sheet): a
   * selection is brought into the part of the view left visible. */
  readonly coveredBelow?: (element: Element) => number;
  /** Called once, when the graph is first drawn (the map waits for it: the graph draws first). */
  readonly onFirstDrawing?: () => void;
  /** Called once, when the graph's first layout has come to rest and is drawn (a wide screen's
   * map waits for it: its set-up would hold the page while a large graph still moves). */
  readonly onSettled?: () => void;
  /** From how many actors shown the model is made over several tasks (MODEL_IN_TASKS_FROM). */
  readonly modelInTasksFrom?: number;
}

/** From this many actors shown, the graph's model is made over several tasks of about
 * MODEL_SLICE_MS each, after the view is put together: at 15,000 actors, made in the task that
 * mounts the view, it held the page for 100–250 ms. A workshop's is made at once. */
export const MODEL_IN_TASKS_FROM = 1000;
const MODEL_SLICE_MS = 8;
/** How long a task dressing a scene in steps may run (dressInSteps). */
const DRESS_MS = 8;

/** The model of a view whose own is still being made: nothing to draw, nothing to find. */
const emptyModel = (dataset: Dataset): GraphModel => ({
  nodes: [],
  links: [],
  nodeById: new Map(),
  neighbours: { get: () => undefined, size: 0 },
  scaleCount: dataset.resolvedVocabulary.scales.length,
});

/** Size used when the container cannot be measured (jsdom). */
const FALLBACK_SIZE = { width: 640, height: 480 };
const TRANSITION_MS = 750;

/** Above this many nodes the layout runs in the worker, drawn at once from its seeded rings and
 * refined while the user already sees it; up to it, in-thread and settled before the first
 * drawing (a workshop's tens of nodes take a few milliseconds: a worker would only delay them). */
export const WORKER_LAYOUT_NODES = 150;

/** How long the view waits after a zoom or pan before placing the labels of what is then on screen. */
const LABELS_AFTER_ZOOM_MS = 150;

/** A count as the language writes it. Below 1000 there is no separator to write: the digits as
 * they are, which spares the page's first drawing the set-up of the browser's number formatting
 * (tens of milliseconds on a slow phone). */
const formatCount = (n: number, lang: string) => (Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : n.toLocaleString(lang));

const NARROW = '(max-width: 720px)';
const narrowScreen = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

export function createGraphView(
  container: HTMLElement,
  { dataset, store, renderer: rendererChoice = 'auto', coveredBelow, onFirstDrawing, onSettled, modelInTasksFrom = MODEL_IN_TASKS_FROM }: GraphViewOptions,
) {
  const controls = createControls(
    {
      layout: (layout) => store.update(setLayout(layout)),
      toggle: (key) => store.update(toggle(key)),
      fit: () => releaseAndFit(),
      zoom: (factor) => zoomer.zoomBy(factor),
    },
    { hasPeople: dataset.people.length > 0, hasSessions: dataset.sessions.length > 0 },
  );
  const stage = el('div', { class: 'graph-stage' });
  // Shown for a moment when one finger touches the graph where it scrolls the page.
  const touchHint = el('p', { class: 'graph-touch-hint', 'aria-hidden': 'true', hidden: true });
  stage.append(controls.zoom, touchHint);
  let hintTimer: ReturnType<typeof setTimeout> | null = null;
  const showTouchHint = () => {
    touchHint.textContent = translator(store.get().lang)('graph.twoFingers');
    touchHint.hidden = false;
    if (hintTimer !== null) clearTimeout(hintTimer);
    hintTimer = setTimeout(() => {
      hintTimer = null;
      touchHint.hidden = true;
    }, 1800);
  };
  // The legend folds away on a phone, where the drawing needs the room; open everywhere else.
  const legend = el('div', { class: 'graph-legend-body' });
  const legendTitle = el('summary', { class: 'graph-legend-title' });
  /** How many names the drawing leaves out for lack of room (noteHiddenNames). */
  const hiddenNames = el('p', { class: 'graph-hidden-names', hidden: true });
  const legendBox = el('details', { class: 'graph-legend', open: !narrowScreen() }, legendTitle, legend, hiddenNames);
  // Not a live region nor a Tab stop: the side panel announces the selection; this caption is for
  // eyes, and graph.css hides it where the panel beside it shows the same thing.
  const details = el('section', { class: 'graph-details' });
  const clear = el('button', { type: 'button', class: 'graph-button graph-clear' });
  const root = el('div', { class: 'graph-view' }, controls.root, stage, el('div', { class: 'graph-footer' }, legendBox, details));
  container.append(root);

  // Where a ResizeObserver will give the view's first size, it is not measured now: reading it
  // while the page is being put together would force a layout of the whole page.
  // (A drawing of 1 px until then: nothing is drawn, and no size of its own pushes the page.)
  let size = typeof ResizeObserver === 'undefined' ? measure() : { width: 1, height: 1 };
  const mountState = store.get();
  const shownActors = selectVisibleActorIds(dataset, mountState).size;
  /** Whether the model is still being made, over several tasks (makeModelInTasks): until then the
   * view shows its words, and waits to lay anything out. */
  let modelPending = shownActors >= modelInTasksFrom && madeGraphModel(dataset, mountState) === null;
  let model: GraphModel = modelPending ? emptyModel(dataset) : selectGraphModel(dataset, mountState);
  /** Whether the graph has been drawn yet (onFirstDrawing). */
  let drawnOnce = false;
  /** Whether its first layout has come to rest on screen yet (onSettled). */
  let settledOnce = false;
  const atRestOnScreen = () => {
    if (settledOnce || life.destroyed) return;
    settledOnce = true;
    onSettled?.();
  };
  // Chosen once for the view, from the graph as it first shows: a filter that hides most nodes
  // keeps the renderer the graph started with. A model still being made has at least its actors.
  const rendererKind = chooseRenderer(modelPending ? shownActors : model.nodes.length, rendererChoice);
  const renderer = rendererKind === 'canvas' ? createCanvasRenderer(stage, size.width, size.height) : createSvgRenderer(stage, size.width, size.height);

  const layouts = createLayoutClient();
  // The first layout is the worker's (settleInWorker, layOutInWorker): it starts now, while the
  // page is put together and its first size is awaited, not when the layout is asked for.
  layouts.warm();
  /** Cancels the worker's layout in flight, if any. */
  let cancelLayout: (() => void) | null = null;
  /** Cancels a large graph's first drawing under way (layOutInWorker), if any. */
  let cancelFirstDrawing: (() => void) | null = null;
  const labelSlices = createLabelScheduler();
  const progressDraws = createThrottle();
  let transform: Transform = { x: 0, y: 0, k: 1 };
  let emphasis: Emphasis | null = null;
  let labelTimer: ReturnType<typeof setTimeout> | null = null;
  let scene: Scene | null = null;
  /** The space the nodes are laid out in: kept while the view's size changes a little (see
   * spaceFor), so that a notice, a caption or a language switch moves no node. */
  let space: Size | null = null;
  /** The rings of the current layout (what words and captions need); null before the first. */
  let frame: LayoutFrame | null = null;
  let simulation: GraphSimulation | null = null;
  /** In a large graph, what a drag or a release moves: those nodes and their neighbours only. */
  let local: GraphSimulation | null = null;
  let transition: Timer | null = null;
  /** Where the running animation takes each node; null when none runs. */
  let targets: Map<GraphNode, { x: number; y: number }> | null = null;
  const pins = new Map<string, { x: number; y: number }>();
  let hovered: string | null = null;
  let focused: string | null = null;
  let tabStop: string | null = null;
  let rendered: ViewState | null = null;
  const life = createLifecycle();
  /** Whether the ResizeObserver has reported the view's first size yet. */
  let settled = false;

  // Drag first, then zoom: a drag that starts on a node stops the event before zoom sees it.
  const dragger = createNodeDrag({
    surface: renderer.surface,
    container: renderer.dragContainer,
    nodeFromEvent: (event) => {
      const id = renderer.nodeIdFromEvent(event);
      return id ? model.nodeById.get(id) : undefined;
    },
    simulation: (node) => {
      // The node held is the one hovered (lit with its ties) until it is dropped.
      setLocal('hovered', node.id);
      return reheatFor([node.id], node.id);
    },
    onPinned: (node, x, y) => {
      // Held, a node may go anywhere; dropped, it stays pinned but inside its own ring band, so a
      // ring never shows an actor of another scale.
      const at = pinInBand(x, y, bandOf(node), frame?.aspect ?? 1);
      node.fx = node.x = at.x;
      node.fy = node.y = at.y;
      node.vx = node.vy = 0;
      pins.set(node.id, at);
      // Settles sooner than a full reheat: the labels are placed again when it ends.
      const moving = local ?? simulation;
      moving?.alpha(Math.min(moving.alpha(), 0.06));
      // Labels at once around where the nodes now are (again when the nodes come to rest).
      if (scene && !large()) {
        placeSceneLabels(scene);
        noteHiddenNames();
        renderer.draw();
      }
      applyEmphasis(store.get());
    },
    touchDrag: () => !matches(SCROLLING_QUERY),
  });
  /** The part of its scale's band a node rests in; null in the free layout or without a scale. */
  function bandOf(node: GraphNode) {
    if (!frame || store.get().layout !== 'rings' || node.scaleIndex === null) return null;
    const band = frame.bands[node.scaleIndex];
    return band ? within(band, node.radius, frame.aspect) : null;
  }

  /** ⌂: every pinned node goes back to the layout, and the graph is framed. */
  function releaseAndFit() {
    if (pins.size > 0) {
      for (const id of pins.keys()) {
        const node = model.nodeById.get(id);
        if (node) node.fx = node.fy = null;
      }
      const released = [...pins.keys()];
      pins.clear();
      reheatFor(released)?.alpha(0.3).restart();
      applyEmphasis(store.get());
    }
    zoomer.fit();
  }

  const zoomer = createZoom({
    surface: renderer.surface,
    size: () => size,
    scale: () => scene?.scale ?? 1,
    content: () => (scene ? contentBoxes(scene) : []),
    onZoom: (next) => {
      transform = next;
      renderer.setTransform(next);
      if (!large()) return;
      if (labelTimer !== null) clearTimeout(labelTimer);
      labelTimer = setTimeout(() => {
        labelTimer = null;
        placeVisibleLabels();
      }, LABELS_AFTER_ZOOM_MS);
    },
    animate: () => !reducedMotion(),
    twoFingers: () => matches(SCROLLING_QUERY),
    onOneFinger: showTouchHint,
  });
  zoomer.home();

  const listeners: [EventTarget, string, (e: Event) => void][] = [
    [renderer.surface, 'click', onClick],
    [renderer.surface, 'dblclick', onDoubleClick],
    [renderer.surface, 'keydown', onKey as (e: Event) => void],
    [renderer.surface, 'focusin', onFocus],
    [renderer.surface, 'focusout', () => setLocal('focused', null)],
    [renderer.surface, 'pointerover', (e) => setLocal('hovered', renderer.nodeIdFromEvent(e))],
    // A canvas is one element: the node under the pointer changes as it moves over it.
    // While a node is dragged it stays the one hovered: the pointer may run ahead of it.
    [renderer.surface, 'pointermove', (e) => dragger.dragging() || setLocal('hovered', renderer.nodeIdFromEvent(e))],
    [renderer.surface, 'pointerleave', () => setLocal('hovered', null)],
    [clear, 'click', () => store.update(select(null))],
    [renderer.surface, 'pointerup', onTap as (e: Event) => void],
  ];
  for (const [target, type, fn] of listeners) life.on(target, type, fn);

  // Growing past a phone's width opens the legend: wider screens have no control to open it.
  const narrowQuery = typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
  const onNarrowChange = () => {
    if (!narrowQuery?.matches) legendBox.open = true;
  };
  if (narrowQuery) life.on(narrowQuery, 'change', onNarrowChange);

  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => onResize());

  /** True until the ResizeObserver gives the view's first real size (never in jsdom, which has none). */
  const awaitingSize = () => resizeObserver !== null && !settled;

  function measure() {
    const width = Math.floor(stage.clientWidth);
    const height = Math.floor(stage.clientHeight);
    return width > 0 && height > 0 ? { width, height } : FALLBACK_SIZE;
  }

  const reducedMotion = () => typeof window.matchMedia !== 'function' || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** On a phone, labels keep to their nodes (a short leader at most); those with no room there
   * wait for a tap (the selection's label goes first) or the details. */
  const phoneLabels = (): { maxLabelLevel?: number } => (matches(PHONE_QUERY) ? { maxLabelLevel: 1 } : {});
  /** The selection's node, labelled first on a phone. */
  const selectedNodeId = (state: ViewState) =>
    state.selection ? (model.nodes.find((n) => n.type === state.selection?.type && n.ref === state.selection.id)?.id ?? null) : null;

  const minFontSizeOf = (state: ViewState) => (state.theme === 'standard' ? 0 : projectorFontSize(window.innerWidth, window.innerHeight));

  /** Lays the graph out again in the space that suits the view; animates nodes from where they
   * were when asked to. `offThread`: the layout of a small graph is settled in the worker (the
   * page's first layout, so that the load holds no long task) and drawn when it comes. */
  function rebuild(state: ViewState, animate: boolean, offThread = false) {
    // Where the nodes were, for the animation (none at the first layout).
    const from = animate ? new Map(model.nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }])) : new Map<string, { x: number; y: number }>();
    transition?.stop();
    targets = null;
    simulation?.on('tick', null).on('end', null).stop();
    simulation = null;
    stopLocal();
    cancelLayout?.();
    cancelLayout = null;
    cancelFirstDrawing?.();
    cancelFirstDrawing = null;
    progressDraws.cancel();
    stage.removeAttribute('aria-busy');
    model = selectGraphModel(dataset, state);
    space = spaceFor(size, space);
    if (model.nodes.length > WORKER_LAYOUT_NODES) return layOutInWorker(state, space);
    if (offThread) return settleInWorker(state, space);
    const built = buildScene(dataset, model, {
      ...size,
      space,
      layout: state.layout,
      lang: state.lang,
      pins,
      reserved: [zoomCorner(size)],
      minFontSize: minFontSizeOf(state),
      ...phoneLabels(),
    });
    frame = built.layout;
    follow(built.layout.simulation);
    show(built.scene, state);
    if (animate && !reducedMotion()) animateFrom(from);
  }

  /** Redraws as a reheated simulation (a drag) moves the nodes. */
  function follow(next: GraphSimulation) {
    simulation = next;
    simulation.on('tick', () => renderer.draw()).on('end', atRest);
  }

  /** Once the nodes a simulation moved have come to rest: their labels placed again, and drawn. */
  function atRest() {
    if (large()) placeVisibleLabels();
    else if (scene) placeSceneLabels(scene);
    noteHiddenNames();
    renderer.draw();
  }

  /** What moving these nodes reheats. In a large graph, a simulation of them and their neighbours
   * (the whole graph's, at thousands of nodes, held the page for a fifth of a second a tick); in a
   * small one, the graph's own. Not started: the caller sets its heat. */
  function reheatFor(ids: readonly string[], held: string | null = null): GraphSimulation | null {
    if (!large()) return simulation;
    if (!frame) return null;
    stopLocal();
    const moving = new Set<string>();
    for (const id of ids) {
      moving.add(id);
      for (const n of model.neighbours.get(id) ?? []) moving.add(n);
    }
    const next = localSimulation(model, moving, store.get().layout, frame);
    local = next;
    renderer.setMoving?.(moving, held);
    next
      .on('tick', () => renderer.draw())
      .on('end', () => {
        if (local !== next) return;
        local = null;
        renderer.setMoving?.(null);
        atRest();
      });
    return next;
  }

  function stopLocal() {
    if (!local) return;
    local.on('tick', null).on('end', null).stop();
    local = null;
    renderer.setMoving?.(null);
  }

  /** A graph laid out in the worker, whose labels are placed on screen only, in slices. */
  function large() {
    return model.nodes.length > WORKER_LAYOUT_NODES;
  }

  /** The view's rectangle in layout coordinates. */
  function visibleBox() {
    return { x: -transform.x / transform.k, y: -transform.y / transform.k, width: size.width / transform.k, height: size.height / transform.k };
  }

  /** Most important first: the selection, then what it lights up, then actors by degree. */
  function importance(s: SceneNode): number {
    const id = s.node.id;
    const boost = emphasis?.selected === id ? 2e6 : emphasis?.spotlit?.has(id) ? 1e6 : 0;
    return boost + (s.node.type === 'actor' ? 1000 : 0) + s.node.degree;
  }

  /** Places the labels of the nodes on screen, over the next frames, and draws them when done. */
  function placeVisibleLabels() {
    const current = scene;
    // The canvas places the labels of what is on screen itself, frame by frame (screenLabels.ts).
    if (!current || !large() || rendererKind === 'canvas') return;
    const { requests, options } = visibleLabelRequests(current, visibleBox(), importance);
    const found = new Map<string, SceneNode['placed']>();
    labelSlices.start(createLabelPlacer(requests, options), (labels, done) => {
      if (scene !== current) return;
      for (const l of labels) found.set(l.id, l);
      if (!done) return;
      for (const s of current.nodes) s.placed = found.get(s.node.id) ?? null;
      renderer.draw();
    });
  }

  /** A large graph: seeded in the worker, drawn from its seeded rings as soon as they come (its
   * words and ring captions, what the renderer needs of them, then its drawing, each in a task of
   * its own: at 15,000 actors, seeding and dressing it here held the page for a third of a
   * second), refined by the worker's positions as they come, settled at the end with its labels.
   * A drag reheats only the nodes it moves (reheatFor): no simulation of the whole graph is kept. */
  function layOutInWorker(state: ViewState, laidIn: Size) {
    const options: LayoutOptions = { ...laidIn, layout: state.layout, pins };
    const rings = layoutFrame(model, options);
    // Pinned nodes stay where they are held; every other node's place comes from the worker.
    pinNodes(model.nodes, pins);
    // No rings until the first drawing (a change of words or size meanwhile lays out again).
    frame = null;
    const laidOut = model;
    /** Whether this layout's scene is on screen yet. */
    let shown = false;
    /** Whether the worker has settled (or, without one, the layout was made here). */
    let settledHere = false;
    const showNow = (next: Scene) => {
      shown = true;
      frame = rings;
      const rehome = !scene || scene.scale !== next.scale;
      show(next, store.get());
      return rehome;
    };
    /** The first drawing, of the nodes where they are now: dressed, then shown, task by task. */
    const firstDrawing = () => {
      let next: Scene | null = null;
      const dress = dressInSteps(
        rings,
        laidIn,
        () => store.get(),
        (scene) => (next = scene),
      );
      cancelFirstDrawing = inTasks([
        dress,
        // Then what the renderer needs of it, in parts of its own.
        () => (next && renderer.prepare?.(next)) || [],
        () => {
          cancelFirstDrawing = null;
          if (!next) return;
          const rehome = showNow(next);
          applyEmphasis(store.get());
          if (rehome) zoomer.home();
        },
      ]);
    };
    // Busy while the worker refines the drawing: assistive technology (and the e2e tests) know
    // the positions are not final yet; the graph can be used meanwhile.
    stage.setAttribute('aria-busy', 'true');
    const cancel = layouts.run(layoutInput(model, options), {
      progress(positions) {
        if (model !== laidOut || life.destroyed) return;
        if (!shown) {
          // The seeded rings (the worker's first report): the first drawing. Reports that come
          // while it is being made are passed over; the next one after it moves the nodes.
          if (!cancelFirstDrawing) {
            applyPositions(model.nodes, positions);
            firstDrawing();
          }
          return;
        }
        progressDraws.push(() => {
          if (model !== laidOut || life.destroyed) return;
          applyPositions(model.nodes, positions);
          const drawn = renderer.drawn?.();
          renderer.draw();
          // The drawing's cost comes with the frame (a canvas is rastered as it is painted), and a
          // large one is made over several frames: the throttle counts until it is on screen.
          return drawn ? drawn.then(afterNextFrame) : afterNextFrame();
        });
      },
      done(positions) {
        if (model !== laidOut || life.destroyed) return;
        settledHere = true;
        progressDraws.cancel();
        cancelLayout = null;
        stage.removeAttribute('aria-busy');
        applyPositions(model.nodes, positions);
        if (shown) {
          // The scene stays (rebuilding thousands of elements would block); the nodes move to
          // their places and the labels of what is on screen follow, a few per frame.
          renderer.draw();
          placeVisibleLabels();
          // A canvas draws a large graph over several frames: at rest once that drawing is shown
          // and what follows it on its own is done (labels left out for lack of time, the
          // keyboard's list), so that the map, which waits for this, starts after the graph's work.
          void Promise.resolve(renderer.idle?.()).then(atRestOnScreen);
        } else if (!cancelFirstDrawing) {
          // No worker: laid out here, before this returns, and drawn at once, settled.
          showNow(dressed(store.get(), rings, laidIn, false));
        }
        // Else the first drawing under way shows the settled positions.
      },
    });
    if (!settledHere) cancelLayout = cancel;
  }

  /** A small graph laid out in the worker and drawn once settled, with its labels, as if it had
   * been laid out here: the positions are the same, bit for bit (layoutRun.ts). Nothing is drawn
   * meanwhile; the stage is busy. Without a worker, laid out here before this returns. */
  function settleInWorker(state: ViewState, laidIn: Size) {
    const options: LayoutOptions = { ...laidIn, layout: state.layout, pins };
    const laidOut = model;
    frame = null;
    stage.setAttribute('aria-busy', 'true');
    /** Whether `done` came (without a worker, before `run` returns: its steps are what to cancel). */
    let answered = false;
    const cancel = layouts.run(layoutInput(model, options), {
      progress() {},
      done(positions) {
        if (model !== laidOut || life.destroyed) return;
        answered = true;
        const rings = layoutFrame(model, options);
        seedLayout(model, options, rings);
        applyPositions(model.nodes, positions);
        frame = rings;
        const layout = simulationFor(model, options, rings);
        // Where settling left it, as in-thread: a drag reheats it from there.
        layout.simulation.alpha(Math.pow(1 - layout.simulation.alphaDecay(), layout.ticks));
        follow(layout.simulation);
        // Then, each in a task of its own (on a slow phone, each short enough not to hold the
        // page): the words and the ring captions, the labels, the drawing.
        const state = store.get();
        const sizeAtDress = size;
        let next: Scene | null = null;
        const steps: Step[] = [
          dressInSteps(
            rings,
            laidIn,
            () => state,
            (scene) => (next = scene),
          ),
          () => {
            if (next) placeSceneLabels(next);
          },
          () => {
            cancelLayout = null;
            stage.removeAttribute('aria-busy');
            const now = store.get();
            if (next && now === state && size === sizeAtDress) show(next, now);
            else redress(now);
            applyEmphasis(now);
            zoomer.home();
          },
        ];
        cancelLayout = inTasks(steps);
      },
    });
    if (!answered) cancelLayout = cancel;
  }

  /** New words, captions and labels for the nodes where they are: a language or theme switch, or
   * a view resized within what its space suits. */
  function redress(state: ViewState) {
    if (!frame || !space) return rebuild(state, false);
    show(dressed(state, frame, space), state);
  }

  /** The scene of the nodes where they are (or are going), dressed for `state`. */
  function dressed(state: ViewState, laid: LayoutFrame, laidIn: Size, placeLabels = !large()): Scene {
    const dress = (l: LayoutFrame, s: Size) => dressScene(dataset, model, l, s, viewOptions(state, placeLabels));
    // Mid-animation, labels are placed where the nodes are going (they follow their nodes there).
    return targets ? atTargets(() => dress(laid, laidIn)) : dress(laid, laidIn);
  }

  /** The scene of the nodes where they are dressed a part at a time (its ring captions band by
   * band), a task each (inTasks); `done` gets it. */
  function dressInSteps(laid: LayoutFrame, laidIn: Size, state: () => ViewState, done: (scene: Scene) => void): Step {
    let dressing: Generator<void, Scene> | null = null;
    const dress: Step = () => {
      dressing ??= dressingScene(dataset, model, laid, laidIn, viewOptions(state(), false));
      // As many of its steps as fit in DRESS_MS, the rest in the next task.
      const until = performance.now() + DRESS_MS;
      for (;;) {
        const step = dressing.next();
        if (step.done) {
          done(step.value);
          return;
        }
        if (performance.now() >= until) return [dress];
      }
    };
    return dress;
  }

  /** How a scene is dressed for `state` in the view as it is now. */
  function viewOptions(state: ViewState, placeLabels: boolean): ViewOptions {
    return {
      ...size,
      layout: state.layout,
      lang: state.lang,
      reserved: [zoomCorner(size)],
      minFontSize: minFontSizeOf(state),
      placeLabels,
      ...phoneLabels(),
    };
  }

  /** Runs `fn` with every node at the end of the running animation, then puts them back. */
  function atTargets<T>(fn: () => T): T {
    const now = model.nodes.map((n) => [n, n.x, n.y] as const);
    for (const n of model.nodes) {
      const to = targets?.get(n);
      if (to) [n.x, n.y] = [to.x, to.y];
    }
    try {
      return fn();
    } finally {
      for (const [n, x, y] of now) [n.x, n.y] = [x, y];
    }
  }

  /** Puts `next` on screen; `drawing`: it is the graph's drawing (false: its rings ahead of it). */
  function show(next: Scene, state: ViewState, drawing = true) {
    scene = next;
    const t = translator(state.lang);
    renderer.setScene(scene, {
      surface: t('graph.nodes'),
      pinned: t('graph.node.pinned'),
      inSelection: t('graph.node.inSelection'),
      // The rings ahead of the nodes: no count of nodes, which would be 0.
      ...(drawing && {
        summary: t('graph.canvas.summary', { nodes: formatCount(scene.nodes.length, state.lang), links: formatCount(scene.links.length, state.lang) }),
      }),
      list: t('graph.canvas.list'),
    });
    // A graph still being laid out gets its labels once settled.
    if (large() && !cancelLayout) placeVisibleLabels();
    else labelSlices.cancel();
    noteHiddenNames();
    if (!drawnOnce && drawing) {
      drawnOnce = true;
      onFirstDrawing?.();
    }
    // Drawn with no layout still running: small graphs, and a large one whose worker settled
    // before its first drawing was shown.
    if (drawing && !cancelLayout) atRestOnScreen();
  }

  /** A graph's rings, drawn from the view's first size in the frame that first paints the
   * page (the ResizeObserver reports it there, the page's layout fresh, so nothing is measured
   * twice): the rings the layout will have, where they will be, without their captions (placed
   * off the nodes, so not yet known). A small graph's nodes, links and captions come with the
   * worker's layout (settleInWorker), a large one's with its model and the worker's seeded rings
   * (makeModelInTasks, layOutInWorker), over rings that do not move; the stage is busy until
   * then. Before, the graph's place stayed empty until the layout came: 0.3 s to 2 s on a busy
   * machine for a small graph, 0.7-1.1 s after the data was read for 15,000 actors. */
  function drawRingsAhead() {
    const state = store.get();
    // Not on a phone: there the first frame is the slow CPU's, and the rings' drawing made a long
    // task of it (60-110 ms at Lighthouse's 4x) for a speed index already at its best score.
    if (state.layout !== 'rings' || large() || stage.clientWidth === 0 || matches(PHONE_QUERY)) return;
    resizeTo(measure());
    const laidIn = spaceFor(size, null);
    // While a large graph's model is made, its rings are counted from the dataset (ringCounts.ts).
    const rings = modelPending ? frameOfCounts(scaleCountsOf(dataset, selectVisibleActorIds(dataset, state)), laidIn) : layoutFrame(model, laidIn);
    stage.setAttribute('aria-busy', 'true');
    show(ringsScene(dataset, rings, laidIn, size), state, false);
    zoomer.home();
    // In the frame being made (this is the ResizeObserver's callback), not the next one: the
    // page's first frames are long while it is put together.
    renderer.paintNow?.();
  }

  /** Says in the legend how many nodes have no name on screen, and why: a name left out rather
   * than drawn over another's. A large graph names what is on screen only, as zoom allows. */
  function noteHiddenNames() {
    const hidden = !scene || large() ? 0 : scene.nodes.filter((s) => !s.placed).length;
    hiddenNames.hidden = hidden === 0;
    hiddenNames.textContent = hidden === 0 ? '' : translator(store.get().lang)('graph.hiddenNames', { count: formatCount(hidden, store.get().lang) });
  }

  function animateFrom(from: ReadonlyMap<string, { x: number; y: number }>) {
    const moves = model.nodes.map((n) => ({ n, to: { x: n.x ?? 0, y: n.y ?? 0 }, from: from.get(n.id) ?? { x: n.x ?? 0, y: n.y ?? 0 } }));
    const step = (k: number) => {
      for (const { n, from: a, to: b } of moves) {
        n.x = a.x + (b.x - a.x) * k;
        n.y = a.y + (b.y - a.y) * k;
      }
      renderer.draw();
    };
    targets = new Map(moves.map(({ n, to }) => [n, to]));
    step(0);
    transition = timer((elapsed) => {
      const k = Math.min(1, elapsed / TRANSITION_MS);
      step(easeCubicInOut(k));
      if (k >= 1) {
        transition?.stop();
        targets = null;
      }
    });
  }

  function applyEmphasis(state: ViewState) {
    const e = emphasisOf(dataset, model, { selection: state.selection, local: hovered ?? focused, tabStop, pinned: new Set(pins.keys()) });
    tabStop = e.tabStop;
    const before = emphasis;
    emphasis = e;
    renderer.setEmphasis(e);
    markLegendKinds(e);
    // The selection's labels go first: place again when it changes.
    if (large() && !cancelLayout && before && (before.selected !== e.selected || before.spotlit !== e.spotlit)) placeVisibleLabels();
  }

  /** Legend items of kinds the step or selection does not light get `data-off`: the compact
   * legend of a presentation lists only the kinds the room is looking at (views.css). */
  function markLegendKinds(e: Emphasis) {
    const lit = e.spotlit ? kindsOf(model, e.spotlit) : null;
    for (const li of legend.querySelectorAll<HTMLElement>('li[data-kind]')) {
      li.toggleAttribute('data-off', lit !== null && !lit.has(li.dataset.kind ?? ''));
    }
  }

  function setLocal(which: 'hovered' | 'focused', id: string | null) {
    if (which === 'hovered') {
      if (hovered === id) return;
      hovered = id;
    } else {
      if (focused === id) return;
      focused = id;
    }
    applyEmphasis(store.get());
  }

  function selectNode(id: string) {
    const node = model.nodeById.get(id);
    if (node) store.update(select({ type: node.type, id: node.ref }));
  }

  function onClick(event: Event) {
    const id = renderer.nodeIdFromEvent(event);
    if (id) selectNode(id);
  }

  function onDoubleClick(event: Event) {
    const id = renderer.nodeIdFromEvent(event);
    const node = id ? model.nodeById.get(id) : undefined;
    if (!node || !pins.has(node.id)) return;
    pins.delete(node.id);
    node.fx = null;
    node.fy = null;
    reheatFor([node.id])?.alpha(0.3).restart();
    applyEmphasis(store.get());
  }

  /** A double tap zooms in where it lands (a tap selects; a double click keeps its meaning). */
  let lastTap: { time: number; x: number; y: number } | null = null;
  function onTap(event: PointerEvent) {
    if (event.pointerType !== 'touch') return;
    const previous = lastTap;
    lastTap = { time: event.timeStamp, x: event.clientX, y: event.clientY };
    if (!previous || event.timeStamp - previous.time > 350 || Math.hypot(event.clientX - previous.x, event.clientY - previous.y) > 30) return;
    lastTap = null;
    const box = renderer.surface.getBoundingClientRect();
    zoomer.zoomAt(2, [event.clientX - box.left, event.clientY - box.top]);
  }

  /** Brings the selection into the part of the view that the phone's sheet leaves visible. */
  let revealFrame: number | null = null;
  function revealSelection() {
    if (!coveredBelow || typeof requestAnimationFrame !== 'function') return;
    if (revealFrame !== null) cancelAnimationFrame(revealFrame);
    // After this change has reached every view: the sheet is open then.
    revealFrame = requestAnimationFrame(() => {
      revealFrame = null;
      const s = store.get().selection;
      const node = s ? model.nodes.find((n) => n.type === s.type && n.ref === s.id) : undefined;
      if (!node || life.destroyed || stage.clientWidth === 0) return;
      zoomer.reveal(node.x ?? 0, node.y ?? 0, 40, coveredBelow(stage));
    });
  }

  function onFocus(event: Event) {
    const id = renderer.nodeIdFromEvent(event);
    if (id) tabStop = id;
    // Focus that lands on a node out of view (zoomed in, or a canvas's off-screen list) brings it
    // in; a node clicked or dragged is in view already, and stays put.
    const node = id ? model.nodeById.get(id) : undefined;
    if (node) zoomer.reveal(node.x ?? 0, node.y ?? 0, 0);
    setLocal('focused', id);
  }

  function onKey(event: KeyboardEvent) {
    const id = renderer.nodeIdFromEvent(event);
    if ((isArrowKey(event.key) || isStepKey(event.key)) && id) {
      event.preventDefault();
      const next = isArrowKey(event.key) ? nextNode(model, id, event.key) : stepNode(model, id, event.key);
      if (next) {
        tabStop = next;
        applyEmphasis(store.get());
        renderer.focus(next);
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && id) {
      event.preventDefault();
      selectNode(id);
    } else if (event.key === 'Escape') {
      store.update(select(null));
    } else if (event.key === '+' || event.key === '=') {
      zoomer.zoomBy(1.4);
    } else if (event.key === '-') {
      zoomer.zoomBy(1 / 1.4);
    } else if (event.key === '0') {
      zoomer.fit();
    }
  }

  /** Takes the new size; true when it differs from the one laid out. */
  function resizeTo(next: { width: number; height: number }) {
    if (Math.abs(next.width - size.width) < 2 && Math.abs(next.height - size.height) < 2) return false;
    size = next;
    renderer.resize(size.width, size.height);
    return true;
  }

  /** The first layout waits for the page around the graph (header, panel) to be on screen: the
   * first paint does not wait for it. Pending: the frame or the task it waits for. */
  let firstFrame: number | null = null;
  let firstTask: ReturnType<typeof setTimeout> | null = null;
  /** The view's first size came while the model was being made: taken once it is made. */
  let resizeWaiting = false;
  /** Whether the model was made over several tasks (makeModelInTasks). */
  let madeInTasks = false;
  /** Whether the legend of the model being made is shown (legendAheadOf). */
  let legendAhead = false;
  function onResize() {
    if (modelPending) {
      // The rings, at the view's size (with the legend it will have), while the model is made;
      // the layout once it is made.
      resizeWaiting = true;
      drawRingsAhead();
      return;
    }
    if (settled || typeof requestAnimationFrame !== 'function') return resized();
    if (firstFrame !== null || firstTask !== null) return;
    drawRingsAhead();
    const layOut = () => {
      firstTask = setTimeout(() => {
        // A large graph's request to the worker, made ahead in a task of its own.
        if (large()) layoutColumns(model);
        firstTask = setTimeout(() => {
          firstTask = null;
          resized();
        }, 0);
      }, 0);
    };
    // A model made over several tasks comes after the page's first paint (and its rings are
    // drawn): its layout is asked for at once.
    if (madeInTasks) return layOut();
    firstFrame = requestAnimationFrame(() => {
      firstFrame = null;
      layOut();
    });
  }

  function resized() {
    // Hidden (the map has the full screen): keep the layout for when the graph comes back.
    if (life.destroyed || stage.clientWidth === 0) return;
    const first = !settled;
    settled = true;
    if (!resizeTo(measure()) && !first) return;
    const state = store.get();
    if (first) {
      // The page's first size, once its styles apply, not a passing one measured while it was
      // being put together: the same window gives the same picture on every load. The first
      // layout waits for it (update() does not lay out before), so it is made once per load.
      space = null;
      rebuild(state, false, true);
    } else if (space && spaceFor(size, space) === space) {
      // The nodes stay where they are; only the fit and the labels follow the view.
      redress(state);
    } else {
      // Too far from the shape or size laid out for: a layout made for it, animated.
      rebuild(state, true);
    }
    applyEmphasis(state);
    zoomer.home();
  }

  function update(state: ViewState = store.get(), mounting = false) {
    if (life.destroyed) return;
    if (modelPending) return updateWords(state, !mounting);
    const previous = rendered;
    const structural =
      !previous ||
      previous.showPeople !== state.showPeople ||
      previous.showSessions !== state.showSessions ||
      previous.filters !== state.filters ||
      previous.layout !== state.layout;
    const relabel = structural || previous.lang !== state.lang || previous.theme !== state.theme;
    const t = translator(state.lang);
    // Words first: the legend's height decides how much room the drawing gets.
    if (relabel) {
      controls.update(state, t);
      legendTitle.textContent = t('graph.legend');
      legendBox.setAttribute('aria-label', t('graph.legend'));
      details.setAttribute('aria-label', t('graph.details'));
      clear.textContent = t('graph.details.clear');
      const next = structural ? selectGraphModel(dataset, state) : model;
      const vocabulary = dataset.resolvedVocabulary;
      renderLegend(legend, legendContent(next, state.layout === 'rings', vocabulary), t, vocabulary, state.lang);
    }
    if (!previous || previous.selection !== state.selection || previous.lang !== state.lang) {
      renderDetails(details, dataset, state.selection, state.lang, clear);
    }
    if (previous && previous.selection !== state.selection && state.selection) revealSelection();
    // On a phone, a tapped node whose label had no room gets it (others give way).
    if (previous && previous.selection !== state.selection && scene?.maxLabelLevel !== undefined && !large()) {
      placeSceneLabels(scene, selectedNodeId(state));
      renderer.draw();
    }
    if (relabel) {
      const resized = !awaitingSize() && resizeTo(measure());
      const kept = space !== null && spaceFor(size, space) === space;
      // Before the view's first measured size, nothing is laid out: onResize does it, once.
      if (awaitingSize()) model = selectGraphModel(dataset, state);
      else if (structural || !kept) rebuild(state, previous !== null && (structural || !kept));
      else redress(state);
      if (resized || !previous) zoomer.home();
    }
    applyEmphasis(state);
    rendered = state;
  }

  /** While the model is being made: the toolbar's and the details' words, and the legend the
   * model will give (legendAhead.ts; at the mount, in a task of its own: legendAheadOf). */
  function updateWords(state: ViewState, legendToo = true) {
    const t = translator(state.lang);
    controls.update(state, t);
    legendTitle.textContent = t('graph.legend');
    legendBox.setAttribute('aria-label', t('graph.legend'));
    details.setAttribute('aria-label', t('graph.details'));
    clear.textContent = t('graph.details.clear');
    renderDetails(details, dataset, state.selection, state.lang, clear);
    if (legendToo) legendAheadOf(state);
  }

  /** The legend of the model being made, from the dataset: the drawing's room is then what it
   * will be once the nodes come, and the rings drawn ahead (drawRingsAhead) stay where they are. */
  function legendAheadOf(state: ViewState) {
    legendAhead = true;
    const vocabulary = dataset.resolvedVocabulary;
    const items = legendItemsAhead(dataset, selectVisibleActorIds(dataset, state), selectVisibleRelations(dataset, state), state);
    renderLegend(legend, legendContent(items, state.layout === 'rings', vocabulary), translator(state.lang), vocabulary, state.lang);
  }

  /** A large graph's model, made a slice at a time, each in a task of its own; then, in a task
   * after the last, the view's first full update, and the layout if its size has come. */
  function makeModelInTasks() {
    stage.setAttribute('aria-busy', 'true');
    const cancelled = () => life.destroyed;
    // From the task after the mount's, which puts the page together.
    void runInSlices(selectingGraphModel(dataset, mountState), nextTask, { sliceMs: MODEL_SLICE_MS, cancelled, later: true })
      .then(async (made) => {
        if (!made || cancelled()) return;
        await nextTask();
        if (cancelled()) return;
        modelPending = false;
        madeInTasks = true;
        model = made;
        update(store.get());
        if (resizeWaiting) onResize();
      })
      .catch((error: unknown) => {
        // The view stays busy and empty; the error is the page's to report.
        setTimeout(() => {
          throw error;
        }, 0);
      });
  }

  life.add(store.subscribe((state) => update(state)));
  update(store.get(), true);
  /** The frame (or, without frames, the task) that shows a large graph's legend ahead of its model. */
  let legendFrame: number | null = null;
  let legendTask: ReturnType<typeof setTimeout> | null = null;
  if (modelPending) {
    // The legend at the start of the page's first frame, before its layout: the view's first size
    // (the ResizeObserver's, later in that frame) is then the drawing's with its legend, and the
    // rings drawn from it stay where they are; no layout is forced, and the mount's task is not
    // made longer.
    const legendNow = () => {
      legendFrame = legendTask = null;
      if (modelPending && !legendAhead && !life.destroyed) legendAheadOf(store.get());
    };
    if (typeof requestAnimationFrame === 'function') legendFrame = requestAnimationFrame(legendNow);
    else legendTask = setTimeout(legendNow, 0);
    makeModelInTasks();
  }
  resizeObserver?.observe(stage);

  life.add(() => {
    resizeObserver?.disconnect();
    if (legendTask !== null) clearTimeout(legendTask);
    if (legendFrame !== null) cancelAnimationFrame(legendFrame);
    if (firstFrame !== null) cancelAnimationFrame(firstFrame);
    if (firstTask !== null) clearTimeout(firstTask);
    transition?.stop();
    simulation?.on('tick', null).on('end', null).stop();
    stopLocal();
    cancelLayout?.();
    cancelFirstDrawing?.();
    layouts.destroy();
    labelSlices.cancel();
    progressDraws.cancel();
    if (labelTimer !== null) clearTimeout(labelTimer);
    if (hintTimer !== null) clearTimeout(hintTimer);
    if (revealFrame !== null) cancelAnimationFrame(revealFrame);
    zoomer.destroy();
    dragger.destroy();
    renderer.destroy();
    controls.destroy();
    root.remove();
  });

  return { update, destroy: life.destroy };
}
