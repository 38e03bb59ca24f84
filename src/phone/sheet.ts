// The phone's bottom sheet: the selection's details over the current view, at half height so that
// what was tapped stays visible above it. Its handle drags it to full height or down to close;
// a tap on the handle toggles the height; the close button, a swipe down and Escape close it
// (closing clears the selection). Focus moves into it when it opens and goes back where it was.
import { translator } from '../i18n/t';
import { select } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createLifecycle } from '../ui/lifecycle';

export type SheetSize = 'half' | 'full';

/** What a vertical drag of `dy` px (down is positive) on the handle does to a sheet of `size`. */
export function dragOutcome(size: SheetSize, dy: number, height: number): SheetSize | 'close' {
  const threshold = Math.max(48, height * 0.15);
  if (dy <= -threshold) return 'full';
  if (dy >= threshold) return size === 'full' && dy < height * 0.5 ? 'half' : 'close';
  return size;
}

export interface SheetOptions {
  readonly store: Store<ViewState>;
  /** Whether the sheet is in use (the phone layout); elsewhere it stays closed. */
  readonly active: () => boolean;
  /** Where focus goes when the sheet closes and the element it came from is gone. */
  readonly fallbackFocus?: () => HTMLElement | null;
}

export function createSheet(container: HTMLElement, { store, active, fallbackFocus }: SheetOptions) {
  const handle = el('button', { type: 'button', class: 'sheet-handle' }, el('span', { class: 'sheet-grip', 'aria-hidden': 'true' }));
  const close = el('button', { type: 'button', class: 'sheet-close' }, '×');
  const body = el('div', { class: 'sheet-body' });
  const root = el(
    'section',
    { class: 'sheet', role: 'dialog', 'data-sheet': '', 'data-size': 'half', tabindex: '-1', hidden: true },
    el('div', { class: 'sheet-head' }, handle, close),
    body,
  );
  container.append(root);

  let size: SheetSize = 'half';
  let open = false;
  let opener: HTMLElement | null = null;

  function setSize(next: SheetSize) {
    size = next;
    root.dataset.size = next;
    label(store.get());
  }

  function label(state: ViewState) {
    const t = translator(state.lang);
    root.setAttribute('aria-label', t('phone.sheet'));
    close.setAttribute('aria-label', t('phone.sheet.close'));
    handle.setAttribute('aria-label', size === 'full' ? t('phone.sheet.shrink') : t('phone.sheet.expand'));
  }

  function show(next: boolean) {
    if (next === open) return;
    open = next;
    root.hidden = !next;
    if (next) {
      setSize('half');
      const focused = document.activeElement;
      opener = focused instanceof HTMLElement && focused !== document.body ? focused : null;
      root.focus({ preventScroll: true });
    } else {
      const hadFocus = root.contains(document.activeElement) || document.activeElement === document.body;
      // Back where it came from, unless that is gone or hidden meanwhile (another tab is shown).
      const visible = (node: HTMLElement) => node.isConnected && (typeof node.checkVisibility !== 'function' || node.checkVisibility());
      const back = opener && visible(opener) ? opener : (fallbackFocus?.() ?? null);
      opener = null;
      if (hadFocus) back?.focus({ preventScroll: true });
    }
  }

  function update(state: ViewState) {
    label(state);
    show(active() && state.selection !== null);
  }

  const dismiss = () => store.update(select(null));
  const onHandle = () => setSize(size === 'full' ? 'half' : 'full');

  // Dragging by the head (handle and close button row). A drag that hardly moves is a tap.
  let drag: { id: number; y: number; height: number; moved: boolean } | null = null;
  const head = root.firstElementChild as HTMLElement;
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, y: e.clientY, height: root.getBoundingClientRect().height, moved: false };
    head.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dy = e.clientY - drag.y;
    if (Math.abs(dy) > 6) drag.moved = true;
    if (!drag.moved) return;
    root.style.height = `${Math.max(40, Math.min(window.innerHeight, drag.height - dy))}px`;
  };
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const { y, height, moved } = drag;
    drag = null;
    root.style.height = '';
    if (!moved) return;
    // A drag is not a tap: the click that may follow on the handle must not toggle the size too.
    suppressClick = true;
    setTimeout(() => (suppressClick = false), 0);
    const outcome = dragOutcome(size, e.clientY - y, height);
    if (outcome === 'close') dismiss();
    else setSize(outcome);
  };
  const onCancel = () => {
    drag = null;
    root.style.height = '';
  };
  let suppressClick = false;
  const onHandleClick = () => {
    if (!suppressClick) onHandle();
  };
  const life = createLifecycle();
  life.on(head, 'pointerdown', onDown);
  life.on(head, 'pointermove', onMove);
  life.on(head, 'pointerup', onUp);
  life.on(head, 'pointercancel', onCancel);
  life.on(handle, 'click', onHandleClick);
  life.on(close, 'click', dismiss);

  life.add(store.subscribe(update));
  update(store.get());
  life.add(() => root.remove());
  return {
    update: () => update(store.get()),
    /** Where the details go while the sheet is in use. */
    body,
    element: root,
    /** How many px at the bottom of `element` the open sheet covers. */
    coveredBelow(element: Element): number {
      if (!open) return 0;
      return Math.max(0, element.getBoundingClientRect().bottom - root.getBoundingClientRect().top);
    },
    destroy: life.destroy,
  };
}
