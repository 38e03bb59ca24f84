// What is at the selected place: its name, the actors seated there and the sessions that present
// them, each a button that selects it. For another selection (a session, an actor, a person), the
// places it lights, each a button. A short live status tells screen readers what changed.
import type { Dataset } from '../data/dataset';
import { actorsAtPlace, sessionsAtPlace } from '../data/select';
import { translator, type Translate } from '../i18n/t';
import { select } from '../state/actions';
import { selectSpotlight } from '../state/selectors';
import type { Store } from '../state/store';
import type { Selection, ViewState } from '../state/viewState';
import { pickText, type PickedText } from '../data/text';
import { el, replaceChildren, type Child } from '../ui/dom';
import { localized, pickedNode, setPickedText } from '../ui/localized';
import { actorKindLabel } from '../vocabulary/labels';
import { actorCountText, placeName, sessionCountText, sessionText, sortedPlaces } from './text';
import { createLifecycle } from '../ui/lifecycle';

export interface PlaceInfoOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
}

const SELECTABLE = ['actor', 'session', 'place', 'person'] as const;

export function createPlaceInfo(container: HTMLElement, { dataset, store }: PlaceInfoOptions) {
  // The region keeps one name ("What is here"); the place or the selection is its h3. The details
  // panel names the selection in an h2 too: the map repeats only what it needs when full-screen.
  const regionHeading = el('h2', { class: 'map-info-kicker', id: 'map-info-heading' });
  // Focusable from script: after a button here changes the selection, focus moves to the new heading
  // instead of being lost with the button that was replaced.
  const heading = el('h3', { class: 'map-info-heading', tabindex: '-1' });
  const body = el('div', { class: 'map-info-body' });
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const root = el('section', { class: 'map-info', 'aria-labelledby': 'map-info-heading' }, regionHeading, heading, body, status);
  container.append(root);

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    const type = SELECTABLE.find((k) => k === button.getAttribute('data-type'));
    const id = button.getAttribute('data-id');
    if (button.hasAttribute('data-clear')) store.update(select(null));
    else if (type && id) store.update(select({ type, id }));
    else return;
    if (!button.isConnected) heading.focus();
  };
  const life = createLifecycle();
  life.on(root, 'click', onClick);
  life.add(() => root.remove());

  const button = (type: Selection['type'], id: string, ...text: Child[]) =>
    el('button', { type: 'button', class: 'map-info-link', 'data-type': type, 'data-id': id }, ...text);
  const list = (label: string, items: readonly Child[]) =>
    el('div', { class: 'map-info-group' }, el('h4', {}, label), el('ul', {}, ...items.map((item) => el('li', {}, item))));

  const plain = (text: string): PickedText => ({ text, lang: store.get().lang, fallback: false });

  function placeBody(placeId: string, state: ViewState, t: Translate): { title: PickedText; children: Child[]; status: string } {
    const place = dataset.placeById.get(placeId);
    if (!place) return { title: plain(t('map.info')), children: [], status: '' };
    const actors = actorsAtPlace(dataset, place.id);
    const sessions = sessionsAtPlace(dataset, place.id);
    const name = placeName(place, state.lang);
    return {
      title: pickText(place.name, state.lang),
      children: [
        place.country && el('p', { class: 'map-info-country' }, place.country),
        list(
          t('map.info.actors'),
          actors.map((a) =>
            button('actor', a.id, localized(a.name, state.lang), ' — ', pickedNode(actorKindLabel(dataset.resolvedVocabulary, a.kind, state.lang))),
          ),
        ),
        sessions.length > 0
          ? list(
              t('map.info.sessions'),
              sessions.map((s) => button('session', s.id, sessionText(dataset, s, state.lang, t))),
            )
          : el('p', {}, t('map.info.noSessions')),
      ],
      status: t('map.status.place', { name, actors: actorCountText(t, actors.length), sessions: sessionCountText(t, sessions.length) }),
    };
  }

  function selectionTitle(selection: Selection, state: ViewState): PickedText | null {
    if (selection.type === 'actor') {
      const actor = dataset.actorById.get(selection.id);
      return actor ? pickText(actor.name, state.lang) : null;
    }
    if (selection.type === 'session') {
      const session = dataset.sessionById.get(selection.id);
      return session ? pickText(session.title, state.lang) : null;
    }
    const person = dataset.personById.get(selection.id);
    return person ? plain(person.name) : null;
  }

  let last: ViewState | null = null;
  function update(state: ViewState) {
    if (last && last.lang === state.lang && last.selection === state.selection) return;
    last = state;
    const t = translator(state.lang);
    regionHeading.textContent = t('map.info');
    heading.hidden = state.selection === null;
    const selection = state.selection;
    const clear = selection && el('button', { type: 'button', class: 'map-info-clear', 'data-clear': '' }, t('map.info.clear'));
    if (!selection) {
      setPickedText(heading, plain(t('map.info')));
      replaceChildren(body, el('p', { class: 'map-info-hint' }, t('map.info.hint')));
      status.textContent = '';
    } else if (selection.type === 'place') {
      const view = placeBody(selection.id, state, t);
      setPickedText(heading, view.title);
      replaceChildren(body, ...view.children, clear);
      status.textContent = view.status;
    } else {
      const lit = selectSpotlight(dataset, selection);
      const places = sortedPlaces(dataset, state.lang).filter((p) => lit?.places.has(p.id));
      setPickedText(heading, selectionTitle(selection, state) ?? plain(t('map.info')));
      replaceChildren(
        body,
        places.length > 0
          ? list(
              t('map.info.places'),
              places.map((p) => button('place', p.id, localized(p.name, state.lang))),
            )
          : el('p', {}, t('map.info.noPlaces')),
        clear,
      );
      status.textContent = '';
    }
  }

  update(store.get());
  return { update, destroy: life.destroy };
}
