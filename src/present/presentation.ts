// What the room sees while presenting: a caption with the step's title and speaker, large enough
// to read from the back, and a black screen. Both follow the store; neither needs a pointer.
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { setBlackout, captionOf } from './steps';
import { createLifecycle } from '../ui/lifecycle';

export function createPresentation(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  const kicker = el('p', { class: 'caption-kicker' });
  const title = el('p', { class: 'caption-title' });
  const detail = el('p', { class: 'caption-detail' });
  const progress = el('p', { class: 'caption-progress' });
  // Kicker and progress share the first line; the progress reads after it.
  const caption = el('section', { class: 'present-caption', 'aria-live': 'polite', tabindex: '-1', hidden: true }, kicker, progress, title, detail);
  const blackoutText = el('p', { class: 'visually-hidden' });
  const blackout = el('div', { class: 'present-blackout', hidden: true, role: 'status' }, blackoutText);
  container.append(caption, blackout);

  const onBlackoutClick = () => store.update(setBlackout(false));
  const life = createLifecycle();
  life.on(blackout, 'click', onBlackoutClick);

  let shown = '';
  function update(state: ViewState) {
    const t = translator(state.lang);
    const presenting = state.step !== null;
    caption.hidden = !presenting;
    blackout.hidden = !(presenting && state.blackout);
    blackoutText.textContent = blackout.hidden ? '' : t('presenter.blackoutHint');
    const root = document.documentElement;
    if (presenting) root.dataset.presenting = state.blackout ? 'blackout' : 'on';
    else delete root.dataset.presenting;
    if (state.step === null) return;
    const key = `${state.lang}:${state.step}`;
    if (key === shown) return;
    shown = key;
    const c = captionOf(dataset, state.step, state.lang);
    caption.setAttribute('aria-label', t('presenter.caption'));
    kicker.textContent = c.kicker;
    title.textContent = c.title;
    if (c.titleLang) title.lang = c.titleLang;
    else title.removeAttribute('lang');
    detail.textContent = c.detail;
    detail.hidden = c.detail === '';
    progress.textContent = c.progress;
  }

  life.add(store.subscribe(update));
  life.add(() => {
    caption.remove();
    blackout.remove();
    delete document.documentElement.dataset.presenting;
  });
  update(store.get());
  return {
    update,
    /** Moves focus to the caption, so a screen reader reads the step and no button keeps a focus ring on the projector. */
    focus() {
      if (!caption.hidden) caption.focus({ preventScroll: true });
    },
    /** Whether focus is in the caption (or nowhere), i.e. presentation keys are all the person uses. */
    hasFocus: () => caption.contains(document.activeElement) || document.activeElement === document.body || document.activeElement === null,
    destroy: life.destroy,
  };
}
