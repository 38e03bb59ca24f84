// The places as a list of buttons beside the map: everything the map shows is reachable by
// keyboard and screen reader, and usable without WebGL. Actors with no seat are listed after.
// Buttons are built once per language and then only updated, so focus stays where it is.
import type { Dataset } from '../data/dataset';
import { localize, translator } from '../i18n/t';
import { select } from '../state/actions';
import { selectSpotlight, selectVisibleActorIds } from '../state/selectors';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { seatlessActors } from './seats';
import { actorCountText, placeName, sortedPlaces } from './text';

export interface PlaceListOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
}

interface PlaceButton {
  readonly button: HTMLButtonElement;
  readonly count: HTMLSpanElement;
  readonly note: HTMLSpanElement;
}

export function createPlaceList(container: HTMLElement, { dataset, store }: PlaceListOptions) {
  const heading = el('h2', { class: 'map-list-heading', id: 'map-places-heading' });
  const list = el('ul', { class: 'map-place-list' });
  const seatlessHeading = el('h3', { class: 'map-list-subheading', id: 'map-seatless-heading' });
  const seatlessList = el('ul', { class: 'map-seatless-list', 'aria-labelledby': 'map-seatless-heading' });
  const seatless = seatlessActors(dataset);
  const root = el(
    'section',
    { class: 'map-places', 'aria-labelledby': 'map-places-heading' },
    heading,
    list,
    seatless.length > 0 && seatlessHeading,
    seatless.length > 0 && seatlessList,
  );
  container.append(root);

  const placeButtons = new Map<string, PlaceButton>();
  const actorButtons = new Map<string, HTMLButtonElement>();
  let builtFor: string | null = null;
  let last: ViewState | null = null;

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const place = button?.getAttribute('data-place');
    const actor = button?.getAttribute('data-actor');
    if (place) store.update(select({ type: 'place', id: place }));
    else if (actor) store.update(select({ type: 'actor', id: actor }));
  };
  root.addEventListener('click', onClick);

  function build(state: ViewState) {
    const t = translator(state.lang);
    heading.textContent = t('map.places');
    seatlessHeading.textContent = t('map.seatless');
    placeButtons.clear();
    replaceChildren(
      list,
      ...sortedPlaces(dataset, state.lang).map((place) => {
        const count = el('span', { class: 'map-place-count' });
        const note = el('span', { class: 'visually-hidden' });
        // The space keeps the accessible name readable: "Lille 3 acteurs".
        const button = el(
          'button',
          { type: 'button', class: 'map-place-button', 'data-place': place.id },
          el('span', { class: 'map-place-name' }, placeName(place, state.lang)),
          ' ',
          count,
          note,
        );
        placeButtons.set(place.id, { button, count, note });
        return el('li', {}, button);
      }),
    );
    actorButtons.clear();
    replaceChildren(
      seatlessList,
      ...seatless.map((actor) => {
        const button = el('button', { type: 'button', class: 'map-actor-button', 'data-actor': actor.id }, localize(actor.name, state.lang));
        actorButtons.set(actor.id, button);
        return el('li', {}, button);
      }),
    );
    builtFor = state.lang;
  }

  function update(state: ViewState) {
    if (builtFor !== state.lang) build(state);
    else if (last && last.selection === state.selection && last.filters === state.filters) return;
    last = state;
    const t = translator(state.lang);
    const visible = selectVisibleActorIds(dataset, state);
    const lit = selectSpotlight(dataset, state.selection);
    const selectedPlace = state.selection?.type === 'place' ? state.selection.id : null;
    const selectedActor = state.selection?.type === 'actor' ? state.selection.id : null;
    for (const place of dataset.places) {
      const parts = placeButtons.get(place.id);
      if (!parts) continue;
      const count = dataset.actors.filter((a) => a.place === place.id && visible.has(a.id)).length;
      const inSelection = lit !== null && lit.places.has(place.id) && place.id !== selectedPlace;
      parts.count.textContent = actorCountText(t, count);
      parts.note.textContent = inSelection ? `, ${t('map.inSelection')}` : '';
      parts.button.setAttribute('aria-pressed', String(place.id === selectedPlace));
      if (lit === null) parts.button.removeAttribute('data-lit');
      else parts.button.setAttribute('data-lit', String(lit.places.has(place.id)));
    }
    for (const [id, button] of actorButtons) button.setAttribute('aria-pressed', String(id === selectedActor));
  }

  update(store.get());
  let destroyed = false;
  return {
    update,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      root.removeEventListener('click', onClick);
      root.remove();
    },
  };
}
