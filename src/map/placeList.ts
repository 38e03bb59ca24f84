// The places as a list of buttons beside the map: everything the map shows is reachable by
// keyboard and screen reader, and usable without WebGL. Actors with no seat are listed after.
// Windowed: only the rows in view (and a few around) are in the DOM, so 5,000 places cost a few
// dozen elements; each row says its position (aria-posinset/aria-setsize). One row is in the tab
// order (roving tabindex); ↑ ↓ Page↑ Page↓ Home End move, typing a name's first letters jumps to it,
// Enter or Space selects. Counts come from the place index, built once per dataset.
import type { Dataset } from '../data/dataset';
import type { Place } from '../data/schema';
import { translator, type Language } from '../i18n/t';
import { localized } from '../ui/localized';
import { select } from '../state/actions';
import type { Spotlight } from '../state/derive';
import { selectSpotlight, selectVisibleActorIds } from '../state/selectors';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { rowForKey } from '../ui/listKeys';
import { el, replaceChildren } from '../ui/dom';
import { placeIndexSteps, visibleCountAt, type PlaceIndex } from './placeIndex';
import { seatlessActors } from './seats';
import { actorCountText, placeName, sortedPlacesSteps } from './text';
import { runInSlices } from '../ui/workSteps';
import { nextTask } from '../ui/nextTask';
import { createLifecycle } from '../ui/lifecycle';

export interface PlaceListOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
}

/** A row's height in CSS pixels (map.css gives the rows this height). */
export const ROW_HEIGHT = 40;
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 8;
/** Rows assumed visible when the list cannot be measured (not laid out yet, or jsdom). */
const FALLBACK_VISIBLE = 12;
const TYPEAHEAD_MS = 700;
/** Actors with no seat listed at first; the rest on demand (a large network can have thousands,
 * and a wall of thousands of buttons was a fifth of a second of the page's load). */
export const SEATLESS_SHOWN = 40;

interface Row {
  readonly li: HTMLLIElement;
  readonly button: HTMLButtonElement;
  readonly name: HTMLSpanElement;
  readonly count: HTMLSpanElement;
  readonly note: HTMLSpanElement;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
/** One number format per language (toLocaleString makes one at every call). */
function numberFormat(lang: Language): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format;
}

/** Lower case, without accents: "Évry" is found by typing "ev". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function createPlaceList(container: HTMLElement, { dataset, store }: PlaceListOptions) {
  const heading = el('h2', { class: 'map-list-heading', id: 'map-places-heading' });
  const list = el('ul', { class: 'map-place-list', 'aria-labelledby': 'map-places-heading' });
  const seatlessHeading = el('h3', { class: 'map-list-subheading', id: 'map-seatless-heading' });
  const seatlessList = el('ul', { class: 'map-seatless-list', 'aria-labelledby': 'map-seatless-heading' });
  const seatless = seatlessActors(dataset);
  const seatlessMore = el('button', { type: 'button', class: 'map-seatless-more' });
  let seatlessAll = seatless.length <= SEATLESS_SHOWN;
  const root = el(
    'section',
    { class: 'map-places', 'aria-labelledby': 'map-places-heading' },
    heading,
    list,
    seatless.length > 0 && seatlessHeading,
    seatless.length > 0 && seatlessList,
    !seatlessAll && seatlessMore,
  );
  container.append(root);

  /** The place index and the order of the places in each language, once worked out. */
  let index: PlaceIndex | null = null;
  const orders = new Map<Language, readonly Place[]>();
  /** The language whose order is being worked out, if any. */
  let preparing: Language | null = null;
  const rows = new Map<string, Row>();
  const actorButtons = new Map<string, HTMLButtonElement>();
  let places: readonly Place[] = [];
  /** The places' names folded for type-ahead, made at the first letter typed (null until then). */
  let folded: string[] | null = null;
  let builtFor: Language | null = null;
  let state: ViewState = store.get();
  let visible: ReadonlySet<string> = new Set();
  let lit: Spotlight | null = null;
  /** The row in the tab order, and the first row in view. */
  let active = 0;
  let firstInView = 0;
  let typed = '';
  let typedAt = -Infinity;

  /** The list's height as a ResizeObserver last gave it (null: not yet, or none to give it). */
  let observedHeight: number | null = null;
  /** Rows the list shows. Read from a ResizeObserver where there is one: measuring while the page
   * is being put together (the first render, at mount) would force a layout of the whole page. */
  const visibleRows = () => {
    const height = typeof ResizeObserver === 'undefined' ? list.clientHeight : (observedHeight ?? 0);
    return height > 0 ? Math.ceil(height / ROW_HEIGHT) : FALLBACK_VISIBLE;
  };

  function fill(row: Row, place: Place) {
    const t = translator(state.lang);
    const selectedPlace = state.selection?.type === 'place' ? state.selection.id : null;
    const name = placeName(place, state.lang);
    if (row.name.textContent !== name) row.name.textContent = name;
    row.count.textContent = index ? actorCountText(t, visibleCountAt(index, place.id, visible)) : '';
    const inSelection = lit !== null && lit.places.has(place.id) && place.id !== selectedPlace;
    row.note.textContent = inSelection ? `, ${t('map.inSelection')}` : '';
    row.button.setAttribute('aria-pressed', String(place.id === selectedPlace));
    if (lit === null) row.button.removeAttribute('data-lit');
    else row.button.setAttribute('data-lit', String(lit.places.has(place.id)));
  }

  function makeRow(place: Place): Row {
    const name = el('span', { class: 'map-place-name' });
    const count = el('span', { class: 'map-place-count' });
    const note = el('span', { class: 'visually-hidden' });
    // The space keeps the accessible name readable: "Lille 3 acteurs".
    const button = el('button', { type: 'button', class: 'map-place-button', 'data-place': place.id, tabindex: '-1' }, name, ' ', count, note);
    return { li: el('li', {}, button), button, name, count, note };
  }

  /** Puts the rows of the window in the DOM, and only those. */
  function render() {
    const total = places.length;
    const start = Math.max(0, Math.min(firstInView, total - 1) - OVERSCAN);
    const end = Math.min(total, firstInView + visibleRows() + OVERSCAN);
    const focused = document.activeElement;
    const wanted: Row[] = [];
    const keep = new Set<string>();
    for (let i = start; i < end; i++) {
      const place = places[i];
      if (!place) continue;
      keep.add(place.id);
      let row = rows.get(place.id);
      if (!row) {
        row = makeRow(place);
        rows.set(place.id, row);
      }
      row.li.setAttribute('aria-posinset', String(i + 1));
      row.li.setAttribute('aria-setsize', String(total));
      row.button.tabIndex = i === active ? 0 : -1;
      fill(row, place);
      wanted.push(row);
    }
    for (const [id, row] of rows) {
      if (keep.has(id)) continue;
      row.li.remove();
      rows.delete(id);
    }
    // The rows in order; rows already in place are not moved, so focus stays on them.
    let cursor: ChildNode | null = list.firstChild;
    for (const row of wanted) {
      if (cursor === row.li) cursor = cursor.nextSibling;
      else list.insertBefore(row.li, cursor);
    }
    // The active row out of the window: the first rendered row takes the tab stop.
    if ((active < start || active >= end) && wanted[0]) wanted[0].button.tabIndex = 0;
    // Spacers inside the scrolled box (map.css: ::before and ::after). Paddings were used before:
    // taller than the list's max-height, they made the box grow to their size instead of
    // scrolling, so the list measured thousands of rows in view and rendered every one.
    list.style.setProperty('--rows-before', `${start * ROW_HEIGHT}px`);
    list.style.setProperty('--rows-after', `${(total - end) * ROW_HEIGHT}px`);
    if (focused instanceof HTMLElement && !focused.isConnected) rows.get(places[active]?.id ?? '')?.button.focus();
  }

  /** Makes a row the active one, scrolls it into view, and focuses it when asked. */
  function moveTo(i: number, focus: boolean) {
    if (places.length === 0) return;
    active = Math.max(0, Math.min(places.length - 1, i));
    const shown = visibleRows();
    if (active < firstInView) firstInView = active;
    else if (active >= firstInView + shown) firstInView = active - shown + 1;
    render();
    const top = firstInView * ROW_HEIGHT;
    if (Math.abs(list.scrollTop - top) >= ROW_HEIGHT) list.scrollTop = top;
    if (focus) rows.get(places[active]?.id ?? '')?.button.focus();
  }

  const life = createLifecycle();
  let scrollFrame = 0;
  const onScroll = () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const next = Math.floor(list.scrollTop / ROW_HEIGHT);
      if (next !== firstInView) {
        firstInView = next;
        render();
      }
    });
  };
  life.on(list, 'scroll', onScroll, { passive: true });
  if (typeof ResizeObserver !== 'undefined') {
    const sizes = new ResizeObserver((entries) => {
      const height = entries[entries.length - 1]?.contentRect.height ?? 0;
      if (height === observedHeight) return;
      const before = visibleRows();
      observedHeight = height;
      // Taller than the rows put in the DOM: the window grows.
      if (visibleRows() > before && !life.destroyed) render();
    });
    sizes.observe(list);
    life.add(() => sizes.disconnect());
  }

  const onKey = (event: KeyboardEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-place]') : null;
    if (!button || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = places.findIndex((p) => p.id === button.getAttribute('data-place'));
    if (at >= 0) active = at;
    const page = Math.max(1, visibleRows() - 1);
    const target = rowForKey(event.key, active, page, places.length);
    if (target !== undefined) {
      event.preventDefault();
      typed = '';
      moveTo(target, true);
      return;
    }
    if (event.key.length !== 1 || event.key === ' ') return;
    // Type-ahead: the next place whose name starts with what was typed.
    typed = event.timeStamp - typedAt > TYPEAHEAD_MS ? fold(event.key) : typed + fold(event.key);
    typedAt = event.timeStamp;
    // The same letter again ("s", "s") goes to the next name with that letter.
    const repeated = [...typed].every((c) => c === typed[0]);
    const prefix = repeated ? typed.slice(0, 1) : typed;
    const from = repeated ? active + 1 : active;
    const names = (folded ??= places.map((p) => fold(placeName(p, state.lang))));
    for (let k = 0; k < places.length; k++) {
      const i = (from + k) % places.length;
      if (names[i]?.startsWith(prefix)) {
        event.preventDefault();
        moveTo(i, true);
        return;
      }
    }
  };
  life.on(list, 'keydown', onKey);

  const onFocus = (event: FocusEvent) => {
    const id = event.target instanceof Element ? event.target.getAttribute('data-place') : null;
    const at = id ? places.findIndex((p) => p.id === id) : -1;
    if (at < 0 || at === active) return;
    active = at;
    for (const row of rows.values()) row.button.tabIndex = row.button === event.target ? 0 : -1;
  };
  life.on(list, 'focusin', onFocus);

  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const place = button?.getAttribute('data-place');
    const actor = button?.getAttribute('data-actor');
    if (place) store.update(select({ type: 'place', id: place }));
    else if (actor) store.update(select({ type: 'actor', id: actor }));
  };
  life.on(root, 'click', onClick);

  /** Works out the index and the language's order in slices of a few milliseconds from the next
   * task, the list busy meanwhile, then shows the list for the latest state. Not in the task that
   * mounts the map or changes the language, at any size: the language's first collator is 15–20 ms
   * (5,000 places took 60–140 ms in one task), and a phone's first task is what Lighthouse's total
   * blocking time counts most. */
  function prepare(lang: Language) {
    if (preparing === lang) return;
    preparing = lang;
    const steps = (function* () {
      const made = yield* placeIndexSteps(dataset);
      const order = yield* sortedPlacesSteps(dataset, lang);
      // The language's number format, made in a step of its own when a count will need it (the
      // first one made in a page loads its locale's data, 15–30 ms).
      if (seatless.length > SEATLESS_SHOWN) {
        yield;
        numberFormat(lang);
        yield;
      }
      return { made, order };
    })();
    const done = (result: { made: PlaceIndex; order: readonly Place[] } | null) => {
      if (!result || life.destroyed || preparing !== lang) return;
      preparing = null;
      index = result.made;
      orders.set(lang, result.order);
      list.removeAttribute('aria-busy');
      update(state);
    };
    list.setAttribute('aria-busy', 'true');
    const cancelled = () => life.destroyed || preparing !== lang;
    void runInSlices(steps, nextTask, { cancelled, later: true }).then(done);
  }

  function build(order: readonly Place[]) {
    const t = translator(state.lang);
    heading.textContent = t('map.places');
    seatlessHeading.textContent = t('map.seatless');
    const activeId = places[active]?.id;
    places = order;
    folded = null;
    active = Math.max(
      0,
      places.findIndex((p) => p.id === activeId),
    );
    // The button with the keyboard's focus is made again: focus goes to the new one.
    const focusedActor = seatlessList.contains(document.activeElement) ? document.activeElement?.getAttribute('data-actor') : null;
    actorButtons.clear();
    // The first ones, and the one selected wherever it is in the list.
    const extra = extraSeatless(state);
    let shown = seatlessAll ? seatless : seatless.filter((actor, i) => i < SEATLESS_SHOWN || actor.id === extra);
    // Every one listed anyway (the selected one was the only one left): no button for none more.
    if (shown.length === seatless.length) [seatlessAll, shown] = [true, seatless];
    replaceChildren(
      seatlessList,
      ...shown.map((actor) => {
        const button = el('button', { type: 'button', class: 'map-actor-button', 'data-actor': actor.id }, localized(actor.name, state.lang));
        actorButtons.set(actor.id, button);
        return el('li', {}, button);
      }),
    );
    const hidden = seatless.length - shown.length;
    if (seatlessAll) seatlessMore.remove();
    else seatlessMore.textContent = hidden === 1 ? t('map.seatlessMore.one') : t('map.seatlessMore', { count: numberFormat(state.lang).format(hidden) });
    if (focusedActor) actorButtons.get(focusedActor)?.focus();
    builtFor = state.lang;
    builtWith = extraSeatless(state);
  }
  /** Listed beyond the first ones: the selected actor, when it has no seat and is not among them. */
  const later = new Set(seatless.slice(SEATLESS_SHOWN).map((a) => a.id));
  const extraSeatless = (s: ViewState): string | null => (!seatlessAll && s.selection?.type === 'actor' && later.has(s.selection.id) ? s.selection.id : null);
  let builtWith: string | null = null;

  life.on(seatlessMore, 'click', () => {
    const before = new Set(actorButtons.keys());
    seatlessAll = true;
    build(places);
    pressSelected();
    // Focus on the first actor just listed, so that the keyboard goes on from there.
    [...actorButtons].find(([id]) => !before.has(id))?.[1].focus();
  });

  let last: ViewState | null = null;
  function update(next: ViewState) {
    state = next;
    const order = orders.get(next.lang);
    if (!index || !order) {
      // The heading is there at once; the rows once their order is known.
      heading.textContent = translator(next.lang)('map.places');
      return prepare(next.lang);
    }
    if (builtFor !== next.lang || extraSeatless(next) !== builtWith) build(order);
    else if (last && last.selection === next.selection && last.filters === next.filters) return;
    if (!last || last.filters !== next.filters) visible = selectVisibleActorIds(dataset, next);
    if (!last || last.selection !== next.selection) lit = selectSpotlight(dataset, next.selection);
    // (The first time, a place selected already, by the address or while the list was worked out.)
    const selectionMoved = last === null ? next.selection !== null : last.selection !== next.selection;
    last = next;
    const selected = next.selection?.type === 'place' ? places.findIndex((p) => p.id === next.selection?.id) : -1;
    // A place selected elsewhere (on the map) is brought into the list's view, without taking focus.
    if (selectionMoved && selected >= 0 && !list.contains(document.activeElement)) moveTo(selected, false);
    else render();
    pressSelected();
  }

  /** The selected actor's button pressed, and only it. */
  function pressSelected() {
    const selectedActor = state.selection?.type === 'actor' ? state.selection.id : null;
    // Only the buttons whose state changes: rewriting every one restyled and laid out the whole
    // list (hundreds of buttons on a large network) on each click anywhere.
    for (const [id, button] of actorButtons) {
      const pressed = String(id === selectedActor);
      if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    }
  }

  update(store.get());
  life.add(() => {
    if (scrollFrame) cancelAnimationFrame(scrollFrame);
    root.remove();
  });
  return { update, destroy: life.destroy };
}
