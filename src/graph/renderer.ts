// The one small interface between the graph view and its drawing. The SVG renderer draws small
// graphs with real, focusable elements; a canvas renderer for large graphs can implement the same
// interface (hit-testing in nodeIdFromEvent, an off-screen list for focus) without touching the
// layout, the labels or the interaction in view.ts.
import type { Step } from './taskSteps';
import type { Scene } from './scene';

export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** Display state, derived by the view on each change; renderers never decide it. */
export interface Emphasis {
  /** Nodes drawn at full strength; null when every node is. Links are lit when both ends are. */
  readonly lit: ReadonlySet<string> | null;
  /** What the store's selection lights up (whatever the pointer does); named for screen readers. */
  readonly spotlit: ReadonlySet<string> | null;
  readonly selected: string | null;
  /** The node that Tab reaches (roving tabindex). */
  readonly tabStop: string | null;
  readonly pinned: ReadonlySet<string>;
}

export interface NodeNames {
  /** Accessible name of the graph surface (how to use it). */
  readonly surface: string;
  /** Added to a pinned node's accessible name. */
  readonly pinned: string;
  /** Added to the name of a node that the selection lights up. */
  readonly inSelection: string;
  /** What a drawing with no element per node says it shows (its counts); canvas only. */
  readonly summary?: string;
  /** Name of the off-screen list of nodes; canvas only. */
  readonly list?: string;
}

export interface GraphRenderer {
  /** The element that receives zoom, drag, pointer and keyboard events. */
  readonly surface: Element;
  /** The element d3-drag measures pointer positions in (layout coordinates). */
  readonly dragContainer: Element;
  /** Replaces what is drawn: nodes, links, rings, words. */
  setScene(scene: Scene, names: NodeNames): void;
  /** What setScene(scene) will need, to work out ahead: the work in parts, which a large graph's
   * first drawing runs in order, each in a task of its own, so that none holds the page long.
   * setScene does what is not done. A part may give parts of its own, run next (taskSteps.ts). */
  prepare?(scene: Scene): readonly Step[];
  /** Redraws at the nodes' current positions (after a tick or an animation frame). */
  draw(): void;
  /** Draws what is set now rather than at the next frame: called from a ResizeObserver's callback,
   * the drawing is in the frame being made (the rings drawn ahead of a large graph's nodes). */
  paintNow?(): void;
  /** Resolves once the next full drawing is on the canvas: a large graph's is made in slices over
   * several frames (canvasRenderer.ts). */
  drawn?(): Promise<void>;
  /** Resolves once nothing is left to draw: the drawing under way, and what follows it on its own
   * (another that places labels left out for lack of time, the keyboard's list fitted to the view). */
  idle?(): Promise<void>;
  setTransform(transform: Transform): void;
  /** These nodes alone move for a while (a drag in a large graph): a renderer may draw the rest
   * once and only them each frame, naming only the one `held` (the others' names would be placed
   * over those of the still nodes). Null when they have come to rest. */
  setMoving?(ids: ReadonlySet<string> | null, held?: string | null): void;
  setEmphasis(emphasis: Emphasis): void;
  resize(width: number, height: number): void;
  /** Which node an event is about, or null. */
  nodeIdFromEvent(event: Event): string | null;
  focus(nodeId: string): void;
  destroy(): void;
}
