// The phone's "Menu" button: the header keeps the title, search and language; everything else the
// header's tools hold (open data, my data, export, what other features add) moves into a list the
// button opens. The presenter's controls are not offered on a phone (styles.css hides them).
// Back on a wider screen, every moved control goes back where it was.
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createLifecycle } from '../ui/lifecycle';

/** Controls that stay in the phone's header, or that a phone does not show at all. */
const STAYS = '.search, .lang-switch, .menu-button, .header-menu, .present-controls, .theme-switch';

export function createHeaderMenu(tools: HTMLElement, store: Store<ViewState>) {
  const button = el('button', { type: 'button', class: 'menu-button', 'aria-expanded': 'false', 'aria-controls': 'header-menu' });
  const panel = el('div', { class: 'header-menu', id: 'header-menu', role: 'group', hidden: true });
  tools.append(button, panel);
  /** Each moved control and where it came from. */
  let moved: { node: Element; next: Node | null }[] = [];
  let active = false;

  function collect() {
    for (const node of [...tools.children]) {
      if (node.matches(STAYS)) continue;
      moved.push({ node, next: node.nextSibling });
      panel.append(node);
    }
  }

  function setOpen(open: boolean, focusButton = false) {
    if (open) collect();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (focusButton) button.focus();
  }

  /** On a phone: the controls go into the menu; elsewhere, back into the header. */
  function setActive(next: boolean) {
    if (next === active) return;
    active = next;
    if (next) collect();
    else {
      setOpen(false);
      for (const { node, next: before } of moved.reverse()) tools.insertBefore(node, before && before.parentNode === tools ? before : button);
      moved = [];
    }
  }

  const onClick = () => setOpen(panel.hidden);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel.hidden || e.defaultPrevented) return;
    // An open export list inside the menu closes first (it marks the event as used).
    e.preventDefault();
    setOpen(false, true);
  };
  const onOutside = (e: Event) => {
    if (!panel.hidden && !panel.contains(e.target as Node) && !button.contains(e.target as Node)) setOpen(false);
  };
  const life = createLifecycle();
  life.on(button, 'click', onClick);
  life.on(panel, 'keydown', onKey);
  life.on(button, 'keydown', onKey);
  life.on(document, 'pointerdown', onOutside);

  function update(state: ViewState) {
    const t = translator(state.lang);
    button.textContent = t('phone.menu');
    panel.setAttribute('aria-label', t('phone.menuLabel'));
  }
  life.add(store.subscribe(update));
  update(store.get());
  life.add(() => {
    setActive(false);
    button.remove();
    panel.remove();
  });
  return {
    setActive,
    destroy: life.destroy,
  };
}
