// The presenter's buttons in the header: start/stop the presentation, open the console in a
// second window, full screen. Each is a real button with visible text (nothing hover-only).
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { fullscreenSupported, isFullscreen, toggleFullscreen } from './fullscreen';
import { goToStep, leavePresentation } from './steps';
import { createLifecycle } from '../ui/lifecycle';

/**
 * The console's address: this page, with `mode=console` and the presentation it joins (other
 * parameters, `data` among them, and the hash kept).
 */
export function consoleUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'>, presentation: string): string {
  const params = new URLSearchParams(location.search);
  params.set('mode', 'console');
  params.set('presentation', presentation);
  return `${location.pathname}?${params.toString()}${location.hash}`;
}

export const isConsoleMode = (search: string): boolean => new URLSearchParams(search).get('mode') === 'console';

export interface ControlsOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly win?: Window;
  /** The presentation the console joins (the audience window's, see scope.ts). */
  readonly presentation: () => string;
  /** After the Présenter button starts the presentation. */
  readonly onStarted?: () => void;
  /** The console window the Console button opened (the one to pair with, pairing.ts). */
  readonly onConsoleOpened?: (console: Window) => void;
}

export function createControls(container: HTMLElement, { dataset, store, win = window, presentation, onStarted, onConsoleOpened }: ControlsOptions) {
  const present = el('button', { type: 'button', class: 'present-toggle' });
  const openConsole = el('button', { type: 'button', class: 'present-console' });
  const fullscreen = el('button', { type: 'button', class: 'present-fullscreen', hidden: !fullscreenSupported(win.document) });
  const blocked = el('p', { class: 'present-blocked', role: 'status' });
  const root = el('div', { class: 'present-controls' }, present, openConsole, fullscreen, blocked);
  container.append(root);

  const onPresent = () => {
    const starting = store.get().step === null;
    store.update(starting ? goToStep(dataset, 0) : leavePresentation);
    if (starting) onStarted?.();
  };
  const onConsole = () => {
    const url = consoleUrl(win.location, presentation());
    const opened = win.open(url, 'maillage-console', 'popup,width=1200,height=800');
    const t = translator(store.get().lang);
    if (opened) {
      onConsoleOpened?.(opened);
      replaceChildren(blocked);
      return;
    }
    replaceChildren(blocked, t('presenter.consoleBlocked'), ' ', el('a', { href: url, target: 'maillage-console' }, t('presenter.consoleLink')));
  };
  const onFullscreen = () => void toggleFullscreen(win.document).then(() => update(store.get()));
  const onFullscreenChange = () => update(store.get());
  const life = createLifecycle();
  life.on(present, 'click', onPresent);
  life.on(openConsole, 'click', onConsole);
  life.on(fullscreen, 'click', onFullscreen);
  life.on(win.document, 'fullscreenchange', onFullscreenChange);

  function update(state: ViewState) {
    const t = translator(state.lang);
    const presenting = state.step !== null;
    present.textContent = presenting ? t('presenter.stop') : t('presenter.start');
    present.setAttribute('aria-pressed', String(presenting));
    openConsole.textContent = t('presenter.console');
    openConsole.setAttribute('aria-label', t('presenter.consoleLabel'));
    fullscreen.textContent = t('presenter.fullscreen');
    fullscreen.setAttribute('aria-label', t('presenter.fullscreenLabel'));
    fullscreen.setAttribute('aria-pressed', String(isFullscreen(win.document)));
  }

  life.add(store.subscribe(update));
  life.add(() => root.remove());
  update(store.get());
  return {
    update,
    toggleFullscreen: onFullscreen,
    focus: () => present.focus(),
    destroy: life.destroy,
  };
}
