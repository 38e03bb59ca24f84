// The display theme: standard, or a projector theme (dark or light) with high-contrast text, large
// labels and thick strokes, exposed as CSS custom properties (see present.css) that the graph and
// the map can read. Starting a presentation in the standard theme switches to a projector theme,
// and leaving it switches back, unless the person chose a theme meanwhile.
import { translator } from '../i18n/t';
import { setTheme } from '../state/actions';
import type { Store } from '../state/store';
import type { Theme, ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { createLifecycle } from '../ui/lifecycle';

export const THEMES: readonly Theme[] = ['standard', 'projector-dark', 'projector-light'];

let instances = 0;

export function createThemeSwitch(container: HTMLElement, store: Store<ViewState>) {
  const id = `theme-select-${++instances}`;
  const label = el('label', { for: id });
  const select = el('select', { id, class: 'theme-select' });
  const options = THEMES.map((theme) => el('option', { value: theme }));
  select.append(...options);
  const root = el('div', { class: 'theme-switch' }, label, select);
  container.append(root);

  /** The theme to go back to when the presentation ends, when it was switched automatically. */
  let restore: Theme | null = null;
  let lastProjector: Theme = 'projector-dark';

  const onChange = () => {
    const theme = THEMES.find((x) => x === select.value);
    if (!theme) return;
    restore = null;
    store.update(setTheme(theme));
  };
  const life = createLifecycle();
  life.on(select, 'change', onChange);

  function update(state: ViewState, previous?: ViewState) {
    const t = translator(state.lang);
    label.textContent = t('presenter.theme');
    THEMES.forEach((theme, i) => {
      const option = options[i];
      if (option) option.textContent = t(`presenter.theme.${theme}`);
    });
    select.value = state.theme;
    if (state.theme !== 'standard') lastProjector = state.theme;
    const started = state.step !== null && (previous === undefined || previous.step === null);
    const ended = state.step === null && previous !== undefined && previous.step !== null;
    // The store applies an update made here once every listener has seen this change.
    if (started && state.theme === 'standard') {
      restore = 'standard';
      store.update(setTheme(lastProjector));
    } else if (ended && restore) {
      const back = restore;
      restore = null;
      store.update(setTheme(back));
    }
  }

  life.add(store.subscribe(update));
  life.add(() => root.remove());
  update(store.get());
  return { update, destroy: life.destroy };
}
