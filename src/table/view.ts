// The table twin of the network: actors or relations in a real <table> (caption, column headers
// with sort buttons and aria-sort, a row header per row), filtered by the app's filters and by a
// text filter, sorted by any column. The accessible way through the network: one name button per
// row is in the tab order (roving tabindex), ↑ ↓ Page↑ Page↓ Home End move between rows, ← →
// between the two actors of a relation, Enter or Space (or a click anywhere on an actor's row)
// selects the actor in every view. The selected actor's row is marked (aria-current) and scrolled
// into view. Windowed: only the rows in view (and a few around) are in the DOM, with aria-rowcount
// and aria-rowindex telling assistive technologies where they are among all rows. On a phone
// (table.css) rows are taller, names wrap on up to three lines and the table scrolls sideways in its own
// focusable, labelled region with the name column held at its left edge.
import './table.css';
import type { Dataset } from '../data/dataset';
import type { PickedText } from '../data/text';
import { translator, type Language, type MessageKey, type Translate } from '../i18n/t';
import { select } from '../state/actions';
import { selectSpotlight, selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { rowForKey } from '../ui/listKeys';
import { el, replaceChildren } from '../ui/dom';
import { setPickedText } from '../ui/localized';
import { createLifecycle } from '../ui/lifecycle';
import { mediaQuery, PHONE_QUERY } from '../ui/phoneQuery';
import {
  ACTOR_COLUMNS,
  RELATION_COLUMNS,
  actorRows,
  filterRows,
  memoLast,
  relationRows,
  sortRows,
  type ActorRow,
  type Column,
  type Direction,
  type RelationRow,
  type Row,
  type SortOrder,
  type TableKind,
} from './model';

export interface TableViewOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** How many px at the bottom of an element something covers (the phone's details sheet). */
  readonly coveredBelow?: (element: Element) => number;
}

/** A row's height in CSS pixels (table.css gives the rows this height, as --table-row-h, taller
 * on a phone: the height is read from there when the stylesheet is in force). */
export const TABLE_ROW_HEIGHT = 36;
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 10;
/** Rows assumed visible when the table cannot be measured (not laid out yet, or jsdom). */
const FALLBACK_VISIBLE = 20;

const NUMERIC: ReadonlySet<Column> = new Set(['ties', 'sessions']);
let instances = 0;

interface RenderedRow {
  readonly tr: HTMLTableRowElement;
  readonly buttons: HTMLButtonElement[];
  readonly cells: HTMLElement[];
  /** Screen-reader-only words after an actor's name ("in the selection"). */
  readonly note: HTMLElement;
}

export function createTableView(container: HTMLElement, { dataset, store, coveredBelow }: TableViewOptions) {
  const uid = `table-${++instances}`;
  const heading = el('h2', { class: 'visually-hidden', id: `${uid}-heading` });
  const actorsButton = el('button', { type: 'button', class: 'table-kind', 'data-kind': 'actors' });
  const relationsButton = el('button', { type: 'button', class: 'table-kind', 'data-kind': 'relations' });
  const kindGroup = el('div', { role: 'group', class: 'table-kinds' }, actorsButton, relationsButton);
  const filterLabel = el('label', { for: `${uid}-filter`, class: 'table-filter-label' });
  const filter = el('input', { type: 'search', id: `${uid}-filter`, class: 'table-filter', autocomplete: 'off', spellcheck: 'false' });
  const count = el('p', { class: 'table-count', role: 'status' });
  const hint = el('p', { class: 'table-hint visually-hidden', id: `${uid}-hint` });
  const caption = el('caption', { class: 'table-caption' });
  const colgroup = el('colgroup');
  const headRow = el('tr', { 'aria-rowindex': 1 });
  const body = el('tbody');
  const table = el('table', { class: 'network-table', 'aria-describedby': `${uid}-hint` }, caption, colgroup, el('thead', {}, headRow), body);
  const empty = el('p', { class: 'table-empty', hidden: true });
  // Scrolls both ways (sideways on a phone): focusable, so that a keyboard can scroll it too.
  const scroller = el('div', { class: 'table-scroll', role: 'region', tabindex: '0' }, table, empty);
  const root = el(
    'section',
    { class: 'table-view', 'aria-labelledby': `${uid}-heading` },
    heading,
    el('div', { class: 'table-tools' }, kindGroup, el('div', { class: 'table-filter-field' }, filterLabel, filter), count),
    hint,
    scroller,
  );
  container.append(root);

  let state = store.get();
  let kind: TableKind = 'actors';
  const orders: { actors: SortOrder; relations: SortOrder } = {
    actors: { column: 'name', direction: 'ascending' },
    relations: { column: 'from', direction: 'ascending' },
  };
  let query = '';
  /** The rows after filters, sort and text filter; what the table shows. */
  let shown: readonly Row[] = [];
  let total = 0;
  /** The row in the tab order (index in `shown`), which of its buttons, and the first row in view. */
  let active = 0;
  let activeButton = 0;
  let firstInView = 0;
  const rendered = new Map<string, RenderedRow>();

  // Each step is computed once per change of what it depends on: rows per filters and language,
  // the ascending order once per rows and column (descending is its reverse), the text filter last.
  const actorsOf = memoLast((lang: Language, visible: ReadonlySet<string>, relations: ReturnType<typeof selectVisibleRelations>) =>
    actorRows(dataset, lang, visible, relations),
  );
  const relationsOf = memoLast((lang: Language, relations: ReturnType<typeof selectVisibleRelations>) => relationRows(dataset, lang, relations));
  const ascendingActors = memoLast((rows: readonly ActorRow[], column: Column, lang: Language) => sortRows(rows, { column, direction: 'ascending' }, lang));
  const ascendingRelations = memoLast((rows: readonly RelationRow[], column: Column, lang: Language) =>
    sortRows(rows, { column, direction: 'ascending' }, lang),
  );
  const directed = memoLast((rows: readonly Row[], direction: Direction) => (direction === 'ascending' ? rows : [...rows].reverse()));
  const filtered = memoLast((rows: readonly Row[], q: string) => filterRows(rows, q));

  function compute() {
    const order = orders[kind];
    const relations = selectVisibleRelations(dataset, state);
    let rows: readonly Row[];
    if (kind === 'actors') {
      const all = actorsOf(state.lang, selectVisibleActorIds(dataset, state), relations);
      total = dataset.actors.length;
      rows = ascendingActors(all, order.column, state.lang);
    } else {
      const all = relationsOf(state.lang, relations);
      total = dataset.relations.length;
      rows = ascendingRelations(all, order.column, state.lang);
    }
    shown = filtered(directed(rows, order.direction), query);
  }

  const columns = (): readonly Column[] => (kind === 'actors' ? ACTOR_COLUMNS : RELATION_COLUMNS);
  const t = (): Translate => translator(state.lang);

  function renderHead() {
    const tr = t();
    const order = orders[kind];
    const sortButtons = columns().map((column) => {
      const name = tr(`table.col.${column}` as MessageKey);
      const sorted = order.column === column;
      const arrow = el('span', { class: 'table-sort-arrow', 'aria-hidden': 'true' }, sorted ? (order.direction === 'ascending' ? '▲' : '▼') : '↕');
      const button = el(
        'button',
        { type: 'button', class: 'table-sort', 'data-column': column, title: tr('table.sortBy', { column: name }) },
        name,
        ' ',
        arrow,
      );
      return el(
        'th',
        { scope: 'col', class: `table-col-${column}${NUMERIC.has(column) ? ' table-numeric' : ''}`, 'aria-sort': sorted ? order.direction : undefined },
        button,
      );
    });
    replaceChildren(headRow, ...sortButtons);
    table.setAttribute('data-kind', kind);
    replaceChildren(colgroup, ...columns().map((column) => el('col', { class: `table-col-${column}` })));
    caption.textContent = tr(kind === 'actors' ? 'table.actorsCaption' : 'table.relationsCaption', {
      column: tr(`table.col.${order.column}` as MessageKey),
      direction: tr(order.direction === 'ascending' ? 'table.ascending' : 'table.descending'),
    });
  }

  function renderTools() {
    const tr = t();
    heading.textContent = tr('table.view');
    kindGroup.setAttribute('aria-label', tr('table.which'));
    actorsButton.textContent = tr('table.actors');
    relationsButton.textContent = tr('table.relations');
    actorsButton.setAttribute('aria-pressed', String(kind === 'actors'));
    relationsButton.setAttribute('aria-pressed', String(kind === 'relations'));
    filterLabel.textContent = tr('table.filter');
    filter.placeholder = tr('table.filterPlaceholder');
    hint.textContent = tr('table.hint');
    scroller.setAttribute('aria-label', tr('table.scrollRegion'));
    empty.textContent = tr('table.empty');
  }

  const selectedActor = () => (state.selection?.type === 'actor' ? state.selection.id : null);

  // A cell's text in a block of its own: cut to the row's height (a cell would grow with it).
  const text = () => el('span', { class: 'table-text' });
  const cell = (content: HTMLElement) => el('td', {}, content);

  function makeRow(row: Row): RenderedRow {
    const button = (id: string) => el('button', { type: 'button', class: 'select-link table-name', 'data-actor': id, tabindex: '-1' });
    if ('fromId' in row) {
      const from = button(row.fromId);
      const to = button(row.toId);
      const relation = text();
      const provenance = text();
      const tr = el('tr', { 'data-row': row.id }, el('th', { scope: 'row' }, from), cell(relation), el('td', {}, to), cell(provenance));
      return { tr, buttons: [from, to], cells: [relation, provenance], note: el('span') };
    }
    const name = button(row.id);
    const note = el('span', { class: 'visually-hidden' });
    const cells = [text(), text(), text(), el('td', { class: 'table-numeric' }), el('td', { class: 'table-numeric' })];
    const tr = el(
      'tr',
      { 'data-row': row.id, 'data-actor': row.id },
      el('th', { scope: 'row' }, name, note),
      ...cells.map((c) => (c.tagName === 'TD' ? c : cell(c))),
    );
    return { tr, buttons: [name], cells, note };
  }

  const setText = (node: HTMLElement, picked: PickedText | null) => {
    if (picked === null) {
      node.textContent = t()('table.noPlace');
      node.removeAttribute('lang');
    } else setPickedText(node, picked);
    // Cut with an ellipsis when the column is narrow: the whole text on hover.
    node.title = node.textContent ?? '';
  };

  function fill(r: RenderedRow, row: Row, index: number) {
    const selected = selectedActor();
    r.tr.setAttribute('aria-rowindex', String(index + 2));
    if ('fromId' in row) {
      const [from, to] = r.buttons as [HTMLButtonElement, HTMLButtonElement];
      const [relation, provenance] = r.cells as [HTMLElement, HTMLElement];
      setText(from, row.from);
      setText(to, row.to);
      setText(relation, row.relation);
      provenance.textContent = row.provenance;
      from.setAttribute('aria-pressed', String(row.fromId === selected));
      to.setAttribute('aria-pressed', String(row.toId === selected));
      if (row.fromId === selected || row.toId === selected) r.tr.setAttribute('data-lit', 'true');
      else r.tr.removeAttribute('data-lit');
      return;
    }
    const [name] = r.buttons as [HTMLButtonElement];
    const [kindCell, scaleCell, placeCell, tiesCell, sessionsCell] = r.cells as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    setText(name, row.name);
    setText(kindCell, row.kind);
    setText(scaleCell, row.scale);
    setText(placeCell, row.place);
    tiesCell.textContent = String(row.ties);
    sessionsCell.textContent = String(row.sessions);
    const isSelected = row.id === selected;
    name.setAttribute('aria-pressed', String(isSelected));
    if (isSelected) r.tr.setAttribute('aria-current', 'true');
    else r.tr.removeAttribute('aria-current');
    // A session, place or person selected: the actors it involves are lit, as in the graph.
    const lit = selected === null && state.selection !== null && selectSpotlight(dataset, state.selection)?.actors.has(row.id) === true;
    if (lit) r.tr.setAttribute('data-lit', 'true');
    else r.tr.removeAttribute('data-lit');
    r.note.textContent = lit ? `, ${t()('table.inSelection')}` : '';
  }

  /** The rows' height, as the stylesheet says (read again when the phone layout comes or goes). */
  let rowHeight = TABLE_ROW_HEIGHT;
  const measureRows = () => {
    const fromCss = parseFloat(getComputedStyle(root).getPropertyValue('--table-row-h'));
    rowHeight = fromCss > 0 ? fromCss : TABLE_ROW_HEIGHT;
  };
  measureRows();

  const visibleRows = () => (scroller.clientHeight > 0 ? Math.ceil(scroller.clientHeight / rowHeight) : FALLBACK_VISIBLE);
  const headHeight = () => headRow.offsetHeight || 0;

  function spacer(height: number): HTMLTableRowElement {
    const td = el('td', { colspan: columns().length });
    td.style.height = `${height}px`;
    return el('tr', { class: 'table-spacer', 'aria-hidden': 'true' }, td);
  }
  const topSpacer = spacer(0);
  const bottomSpacer = spacer(0);

  /** Puts the rows of the window in the DOM, and only those; rows already there are reused. */
  function renderBody() {
    const totalRows = shown.length;
    table.setAttribute('aria-rowcount', String(totalRows + 1));
    empty.hidden = totalRows > 0;
    count.textContent = t()(kind === 'actors' ? 'table.count.actors' : 'table.count.relations', { shown: totalRows, total });
    if (active >= totalRows) active = Math.max(0, totalRows - 1);
    const start = Math.max(0, Math.min(firstInView, totalRows - 1) - OVERSCAN);
    const end = Math.min(totalRows, firstInView + visibleRows() + OVERSCAN);
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && body.contains(focused);
    const wanted: RenderedRow[] = [];
    const keep = new Set<string>();
    for (let i = start; i < end; i++) {
      const row = shown[i];
      if (!row) continue;
      keep.add(row.id);
      let r = rendered.get(row.id);
      if (!r) {
        r = makeRow(row);
        rendered.set(row.id, r);
      }
      fill(r, row, i);
      r.buttons.forEach((b, k) => (b.tabIndex = i === active && k === Math.min(activeButton, r.buttons.length - 1) ? 0 : -1));
      wanted.push(r);
    }
    for (const [id, r] of rendered) {
      if (keep.has(id)) continue;
      r.tr.remove();
      rendered.delete(id);
    }
    // The active row out of the window: the first rendered row takes the tab stop.
    if ((active < start || active >= end) && wanted[0]?.buttons[0]) wanted[0].buttons[0].tabIndex = 0;
    (topSpacer.firstChild as HTMLElement).style.height = `${start * rowHeight}px`;
    (bottomSpacer.firstChild as HTMLElement).style.height = `${Math.max(0, totalRows - end) * rowHeight}px`;
    topSpacer.hidden = start === 0;
    bottomSpacer.hidden = end >= totalRows;
    // Rows in order, between the spacers; rows already in place are not moved, so focus stays.
    if (body.firstChild !== topSpacer) body.prepend(topSpacer);
    let cursor: ChildNode | null = topSpacer.nextSibling;
    for (const r of wanted) {
      if (cursor === r.tr) cursor = cursor.nextSibling;
      else body.insertBefore(r.tr, cursor);
    }
    if (body.lastChild !== bottomSpacer) body.append(bottomSpacer);
    if (hadFocus && !focused.isConnected) focusActive();
  }

  function focusActive() {
    const row = shown[active];
    const r = row ? rendered.get(row.id) : undefined;
    const button = r?.buttons[Math.min(activeButton, r.buttons.length - 1)];
    button?.focus();
    if (button) keepInSight(button);
  }

  /** A button scrolled sideways into sight (on a phone the table is wider than the screen),
   * clear of the name column held at the left edge. Focus alone leaves it half out. */
  function keepInSight(button: HTMLElement) {
    const frame = scroller.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    if (box.width === 0 || button.closest('th')) return;
    const held = headRow.firstElementChild?.getBoundingClientRect().right ?? frame.left;
    if (box.right > frame.right) scroller.scrollLeft += box.right - frame.right + 4;
    else if (box.left < held) scroller.scrollLeft -= held - box.left + 4;
  }

  /** Brings row `i` into view (centred when it was far), and focuses it when asked; `covered` px
   * at the bottom of the table (under the phone's sheet) do not count as in view. */
  function moveTo(i: number, focus: boolean, covered = 0) {
    if (shown.length === 0) return;
    active = Math.max(0, Math.min(shown.length - 1, i));
    const inView = visibleRows();
    const rowTop = headHeight() + active * rowHeight;
    const viewTop = scroller.scrollTop + headHeight();
    const viewBottom = scroller.scrollTop + (scroller.clientHeight || inView * rowHeight) - covered;
    if (rowTop < viewTop || rowTop + rowHeight > viewBottom) {
      const top = focus
        ? rowTop < viewTop
          ? active * rowHeight
          : active * rowHeight - (viewBottom - viewTop) + rowHeight
        : active * rowHeight - (viewBottom - viewTop) / 2;
      scroller.scrollTop = Math.max(0, top);
    }
    firstInView = Math.floor(scroller.scrollTop / rowHeight);
    if (scroller.clientHeight === 0) firstInView = Math.max(0, active - Math.floor(inView / 2));
    renderBody();
    if (focus) focusActive();
  }

  /** The selected actor's row (or a relation of it), brought into view without taking focus. */
  function revealSelection(covered = 0): HTMLTableRowElement | undefined {
    const id = selectedActor();
    if (id === null) return;
    const at = shown.findIndex((row) => ('fromId' in row ? row.fromId === id || row.toId === id : row.id === id));
    if (at < 0) return;
    activeButton = 'fromId' in (shown[at] as Row) && (shown[at] as RelationRow).toId === id ? 1 : 0;
    moveTo(at, false, covered);
    return rendered.get((shown[at] as Row).id)?.tr;
  }

  /** On a phone, once the details sheet is open over the table: the selected row is brought
   * above it (the table gets room below its last row to let the last rows come up too). */
  let coverFrame = 0;
  function revealAboveSheet() {
    if (!coveredBelow || typeof requestAnimationFrame !== 'function') return;
    if (coverFrame) cancelAnimationFrame(coverFrame);
    coverFrame = requestAnimationFrame(() => {
      coverFrame = 0;
      if (life.destroyed || scroller.clientHeight === 0) return;
      const covered = selectedActor() === null ? 0 : Math.min(coveredBelow(scroller), scroller.clientHeight - headHeight() - rowHeight);
      scroller.style.paddingBottom = covered > 0 ? `${covered}px` : '';
      const tr = covered > 0 ? revealSelection(covered) : undefined;
      if (!tr) return;
      // Measured, to the pixel: between the column headers and the sheet's top edge.
      const box = tr.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      const top = frame.top + headHeight();
      const bottom = frame.bottom - covered;
      if (box.bottom > bottom) scroller.scrollTop += box.bottom - bottom;
      else if (box.top < top) scroller.scrollTop -= top - box.top;
    });
  }

  function renderAll() {
    compute();
    renderTools();
    renderHead();
    renderBody();
  }

  // Events -----------------------------------------------------------------------------------

  let scrollFrame = 0;
  const onScroll = () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const next = Math.floor(scroller.scrollTop / rowHeight);
      if (next !== firstInView) {
        firstInView = next;
        renderBody();
      }
    });
  };
  const life = createLifecycle();
  life.on(scroller, 'scroll', onScroll, { passive: true });
  const phone = mediaQuery(PHONE_QUERY);
  if (phone)
    life.on(phone, 'change', () => {
      measureRows();
      firstInView = Math.floor(scroller.scrollTop / rowHeight);
      renderBody();
    });

  const rowIndexOf = (target: EventTarget | null): number => {
    const tr = target instanceof Element ? target.closest('tr[data-row]') : null;
    const id = tr?.getAttribute('data-row');
    return id ? shown.findIndex((row) => row.id === id) : -1;
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const sort = target?.closest('button[data-column]');
    if (sort) {
      const column = sort.getAttribute('data-column') as Column;
      const order = orders[kind];
      orders[kind] = { column, direction: order.column === column && order.direction === 'ascending' ? 'descending' : 'ascending' };
      renderAll();
      root.querySelector<HTMLButtonElement>(`button[data-column="${column}"]`)?.focus();
      return;
    }
    const kindButton = target?.closest('button[data-kind]');
    if (kindButton) {
      const next = kindButton.getAttribute('data-kind') === 'relations' ? 'relations' : 'actors';
      if (next === kind) return;
      kind = next;
      active = 0;
      activeButton = 0;
      firstInView = 0;
      scroller.scrollTop = 0;
      for (const r of rendered.values()) r.tr.remove();
      rendered.clear();
      renderAll();
      revealSelection();
      return;
    }
    // A name button, or anywhere on an actor's row.
    const actor = target?.closest('[data-actor]')?.getAttribute('data-actor');
    if (!actor || !body.contains(target)) return;
    const at = rowIndexOf(target);
    if (at >= 0) active = at;
    store.update(select({ type: 'actor', id: actor }));
  };
  life.on(root, 'click', onClick);

  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const button = event.target instanceof Element ? event.target.closest('button.table-name') : null;
    if (!button) return;
    const at = rowIndexOf(button);
    if (at >= 0) active = at;
    const r = shown[active] ? rendered.get((shown[active] as Row).id) : undefined;
    if (r && r.buttons.length > 1) {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        activeButton = event.key === 'ArrowRight' ? 1 : 0;
        renderBody();
        focusActive();
        return;
      }
    }
    const page = Math.max(1, visibleRows() - 2);
    const target = rowForKey(event.key, active, page, shown.length);
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target, true);
  };
  life.on(body, 'keydown', onKey);

  const onFocus = (event: FocusEvent) => {
    const at = rowIndexOf(event.target);
    if (at < 0) return;
    active = at;
    const r = rendered.get((shown[at] as Row).id);
    if (!r) return;
    activeButton = Math.max(0, r.buttons.indexOf(event.target as HTMLButtonElement));
    for (const other of rendered.values()) for (const b of other.buttons) b.tabIndex = b === event.target ? 0 : -1;
  };
  life.on(body, 'focusin', onFocus);

  const onInput = () => {
    query = filter.value;
    active = 0;
    firstInView = 0;
    scroller.scrollTop = 0;
    compute();
    renderBody();
  };
  life.on(filter, 'input', onInput);

  // Store --------------------------------------------------------------------------------------

  let last: ViewState | null = null;
  function update(next: ViewState) {
    const previous = last;
    state = next;
    last = next;
    if (previous && previous.lang === next.lang && previous.filters === next.filters && previous.selection === next.selection) return;
    if (!previous || previous.lang !== next.lang) renderAll();
    else {
      compute();
      renderBody();
    }
    // A selection made elsewhere (graph, map, search) is brought into the table's view; one made
    // here is already in view and keeps the focus where it is.
    if (!previous || previous.selection !== next.selection) {
      if (!root.contains(document.activeElement)) revealSelection();
      revealAboveSheet();
    }
  }

  life.add(store.subscribe(update));
  update(store.get());
  life.add(() => {
    if (scrollFrame) cancelAnimationFrame(scrollFrame);
    if (coverFrame) cancelAnimationFrame(coverFrame);
    root.remove();
  });
  return {
    update,
    /** Call when the table is shown after being hidden: it measures its rows again. */
    refresh() {
      measureRows();
      firstInView = Math.floor(scroller.scrollTop / rowHeight);
      renderBody();
      if (!root.contains(document.activeElement)) revealSelection();
      revealAboveSheet();
    },
    destroy: life.destroy,
  };
}

export type TableView = ReturnType<typeof createTableView>;
