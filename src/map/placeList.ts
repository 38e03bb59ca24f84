// The places as a list of buttons beside the map: everything the map shows is reachable by
// keyboard and screen reader, and usable without WebGL. Actors with no seat are listed after.
import type { Dataset } from '../data/dataset';
import { localize, translator } from '../i18n/t';
import { select } from '../state/actions';
import { spotlight, visibleActorIds } from '../state/derive';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { seatlessActors } from './features';
import { actorCountText, placeName, sortedPlaces } from './text';

export interface PlaceListOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
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

  let lastState: ViewState | null = null;
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const place = button?.getAttribute('data-place');
    const actor = button?.getAttribute('data-actor');
    if (place) store.update(select({ type: 'place', id: place }));
    else if (actor) store.update(select({ type: 'actor', id: actor }));
  };
  root.addEventListener('click', onClick);

  function update(state: ViewState) {
    if (lastState && lastState.lang === state.lang && lastState.selection === state.selection && lastState.filters === state.filters) return;
    lastState = state;
    const t = translator(state.lang);
    const visible = visibleActorIds(dataset, state.filters);
    const lit = spotlight(dataset, state.selection);
    const selectedPlace = state.selection?.type === 'place' ? state.selection.id : null;
    const selectedActor = state.selection?.type === 'actor' ? state.selection.id : null;
    heading.textContent = t('map.places');
    seatlessHeading.textContent = t('map.seatless');
    replaceChildren(
      list,
      ...sortedPlaces(dataset, state.lang).map((place) => {
        const count = dataset.actors.filter((a) => a.place === place.id && visible.has(a.id)).length;
        const inSelection = lit !== null && lit.places.has(place.id) && place.id !== selectedPlace;
        return el(
          'li',
          {},
          el(
            'button',
            {
              type: 'button',
              class: 'map-place-button',
              'data-place': place.id,
              'data-lit': lit === null ? null : String(lit.places.has(place.id)),
              'aria-pressed': String(place.id === selectedPlace),
            },
            el('span', { class: 'map-place-name' }, placeName(place, state.lang)),
            el('span', { class: 'map-place-count' }, actorCountText(t, count)),
            inSelection && el('span', { class: 'visually-hidden' }, `, ${t('map.inSelection')}`),
          ),
        );
      }),
    );
    replaceChildren(
      seatlessList,
      ...seatless.map((actor) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: 'map-actor-button', 'data-actor': actor.id, 'aria-pressed': String(actor.id === selectedActor) },
            localize(actor.name, state.lang),
          ),
        ),
      ),
    );
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
