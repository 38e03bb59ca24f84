// Dragging a node pins it where it is dropped (d3-drag), with the simulation reheated so its
// neighbours follow; the view releases a pin on double-click. The drag is bound before d3-zoom,
// so a drag that starts on a node is not also a pan.
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { GraphNode } from './model';
import type { GraphSimulation } from './simulation';

type DragEvent = D3DragEvent<Element, unknown, GraphNode>;

export interface NodeDragOptions {
  readonly surface: Element;
  /** The element pointer positions are measured in (layout coordinates). */
  readonly container: Element;
  readonly nodeFromEvent: (event: Event) => GraphNode | undefined;
  /** The simulation a drag of this node reheats (asked once the pointer really moves). */
  readonly simulation: (node: GraphNode) => GraphSimulation | null;
  readonly onPinned: (node: GraphNode, x: number, y: number) => void;
  /** Whether one finger may drag a node (not where one finger scrolls the page). */
  readonly touchDrag?: () => boolean;
}

export function createNodeDrag({ surface, container, nodeFromEvent, simulation, onPinned, touchDrag = () => true }: NodeDragOptions) {
  /** Between the pointer's first move with a node held and its release. */
  let moved = false;
  let reheated: GraphSimulation | null = null;
  const behaviour = drag<Element, unknown, GraphNode | undefined>()
    .container(() => container as SVGGElement)
    // d3's default filter, plus: a synthetic event with no window (jsdom) cannot start a drag.
    .filter((event: MouseEvent) => !(event.type === 'touchstart' && !touchDrag()) && !event.ctrlKey && !event.button && event.view !== null)
    .subject((event: DragEvent) => nodeFromEvent(event.sourceEvent as Event))
    .on('start', () => {
      moved = false;
    })
    .on('drag', (event: DragEvent) => {
      // A click also starts a drag gesture: pin and reheat only once the pointer really moves.
      if (!moved) {
        moved = true;
        reheated = simulation(event.subject);
        reheated?.alphaTarget(0.3).restart();
      }
      event.subject.fx = event.x;
      event.subject.fy = event.y;
    })
    .on('end', (event: DragEvent) => {
      if (!moved) return;
      moved = false;
      reheated?.alphaTarget(0);
      reheated = null;
      onPinned(event.subject, event.x, event.y);
    });
  // d3-drag writes touch-action: none inline; the style sheets decide instead (none, but pan-y where
  // the graph sits in a scrolling page, so that one finger scrolls it).
  select(surface).call(behaviour).style('touch-action', null);
  return {
    /** Whether a node is being dragged (the pointer moved since it was pressed on it). */
    dragging: () => moved,
    destroy() {
      select(surface).on('.drag', null);
    },
  };
}
