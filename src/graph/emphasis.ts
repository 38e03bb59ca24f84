// What the view lights up, as a pure function of the model and the state: hover or keyboard focus
// light a node and its neighbours; otherwise the store's selection lights what spotlight() says.
import type { Dataset } from '../data/dataset';
import type { Spotlight } from '../state/derive';
import { selectSpotlight } from '../state/selectors';
import type { Selection } from '../state/viewState';
import { nodeIdOf, type GraphModel, type GraphNode } from './model';
import type { Emphasis } from './renderer';

export interface EmphasisInput {
  readonly selection: Selection | null;
  /** The node under the pointer, or that has keyboard focus (local to the view). */
  readonly local: string | null;
  /** The current Tab stop; kept when it is still in the model. */
  readonly tabStop: string | null;
  readonly pinned: ReadonlySet<string>;
}

export function emphasisOf(d: Dataset, model: GraphModel, input: EmphasisInput): Emphasis {
  const { selection, local } = input;
  const light = selectSpotlight(d, selection);
  const spotlit = light ? spotlitNodes(light) : null;
  const lit = local && model.nodeById.has(local) ? new Set([local, ...(model.neighbours.get(local) ?? [])]) : spotlit;
  const selectedId = selection && selection.type !== 'place' ? nodeIdOf(selection.type, selection.id) : null;
  const selected = selectedId && model.nodeById.has(selectedId) ? selectedId : null;
  const tabStop = input.tabStop && model.nodeById.has(input.tabStop) ? input.tabStop : (selected ?? mostConnected(model));
  return { lit, spotlit, selected, tabStop, pinned: input.pinned };
}

/** Where Tab first lands in the graph: its most connected node. */
export const mostConnected = (model: GraphModel): string | null =>
  model.nodes.reduce<GraphNode | null>((best, n) => (!best || n.degree > best.degree ? n : best), null)?.id ?? null;

/** The node ids a spotlight lights, one set per spotlight (the selector keeps the spotlight while
 * the selection stays): a hover does not make a new one, so renderers see what did not change. */
const spotlitCache = new WeakMap<Spotlight, ReadonlySet<string>>();
function spotlitNodes(light: Spotlight): ReadonlySet<string> {
  let ids = spotlitCache.get(light);
  if (!ids) {
    ids = new Set([
      ...[...light.actors].map((id) => nodeIdOf('actor', id)),
      ...[...light.people].map((id) => nodeIdOf('person', id)),
      ...[...light.sessions].map((id) => nodeIdOf('session', id)),
    ]);
    spotlitCache.set(light, ids);
  }
  return ids;
}
