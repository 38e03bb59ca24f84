// A selection the filters hide says so in the details panel, with a button that resets the filters
// so it shows again (the graph and the map would otherwise show nothing selected).
import type { Dataset } from '../../data/dataset';
import { pickText } from '../../data/text';
import { setFilters } from '../../state/actions';
import { selectSpotlight, selectVisibleActorIds } from '../../state/selectors';
import { noFilters, type ViewState } from '../../state/viewState';
import { el } from '../dom';
import type { DetailsContext } from './parts';

/** True when the filters hide the selection: an actor they leave out, or a place, session or
 * person whose actors they all leave out. */
export function selectionHidden(dataset: Dataset, state: Pick<ViewState, 'selection' | 'filters'>): boolean {
  const s = state.selection;
  if (s === null) return false;
  const visible = selectVisibleActorIds(dataset, state);
  if (s.type === 'actor') return dataset.actorById.has(s.id) && !visible.has(s.id);
  const actors = selectSpotlight(dataset, s)?.actors;
  if (!actors || actors.size === 0) return false;
  for (const id of actors) if (visible.has(id)) return false;
  return true;
}

/** The selection's name, in the language shown (or the other one when it is the only one). */
function nameOf(dataset: Dataset, state: Pick<ViewState, 'selection' | 'lang'>): string {
  const s = state.selection;
  if (s?.type === 'actor') {
    const a = dataset.actorById.get(s.id);
    if (a) return pickText(a.name, state.lang).text;
  } else if (s?.type === 'place') {
    const p = dataset.placeById.get(s.id);
    if (p) return pickText(p.name, state.lang).text;
  } else if (s?.type === 'session') {
    const x = dataset.sessionById.get(s.id);
    if (x) return pickText(x.title, state.lang).text;
  } else if (s?.type === 'person') {
    const p = dataset.personById.get(s.id);
    if (p) return p.name;
  }
  return s?.id ?? '';
}

/** "Nanterre est masqué par les filtres — Afficher", or null when the selection shows. */
export function hiddenStatus(ctx: DetailsContext, dataset: Dataset, state: ViewState): HTMLElement | null {
  if (!selectionHidden(dataset, state)) return null;
  const show = el('button', { type: 'button', class: 'details-show' }, ctx.t('details.hiddenShow'));
  show.addEventListener('click', () => ctx.store.update(setFilters(() => noFilters)));
  return el('p', { class: 'details-hidden', role: 'status' }, ctx.t('details.hidden', { name: nameOf(dataset, state) }), ' — ', show);
}
