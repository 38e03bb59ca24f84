// The presenter console (`?mode=console`, opened from the audience window): the current step and
// its notes, the next step, the elapsed time, and the controls. It drives the audience window,
// and follows it, through the presenter channel; its keys are the audience's keys.
import './present.css';
import type { Dataset } from '../data/dataset';
import { translator, type Language } from '../i18n/t';
import { setLanguage } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { createPresenterChannel, type ChannelPort } from './channel';
import { channelAuth, keepKey, keptKey, requestPairing } from './pairing';
import { createStopwatch, formatElapsed, type Now } from './clock';
import { createConsoleNotes } from './consoleNotes';
import { createPresentationKeys } from './keyboard';
import { createNotesFile } from './notesFile';
import { openNotesStore, type NotesStore } from './notesStore';
import { newPresentationId, presentationFromSearch, scopeOfLocation, sessionStorageOrNull, type DatasetScope } from './scope';
import { captionOf, goToStep, lastStep, leavePresentation, nextStep, previousStep, stepCount, stepLabel, toggleBlackout } from './steps';
import { createLifecycle } from '../ui/lifecycle';

export interface ConsoleOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly notes?: Promise<NotesStore>;
  readonly now?: Now;
  /** Milliseconds between two readings of the clock on screen. */
  readonly tick?: number;
  readonly port?: ChannelPort | null;
  /** Which dataset this is (channel and notes database); from the page's address by default. */
  readonly scope?: DatasetScope;
  /**
   * The presentation this console follows: `?presentation=` in its address, put there by the
   * room's Console button. null: not linked to any (a notice says so).
   */
  readonly presentation?: string | null;
  /**
   * The presentation's pairing key (pairing.ts). By default: the one this tab kept, else asked of
   * the window that opened this console; null: not paired (a notice says so).
   */
  readonly pairingKey?: string | null;
}

/** This console's key: kept in this tab since it was paired, or asked of the window that opened it. */
async function pairedKey(win: Window, presentation: string): Promise<string | null> {
  const storage = sessionStorageOrNull();
  const kept = keptKey(storage, presentation);
  if (kept) return kept;
  const key = await requestPairing(win, presentation);
  if (key) keepKey(storage, presentation, key);
  return key;
}

export function mountConsole(
  container: HTMLElement,
  {
    dataset,
    store,
    notes: givenNotes,
    now = Date.now,
    tick = 1000,
    port,
    scope = scopeOfLocation(),
    presentation = presentationFromSearch(window.location.search),
    pairingKey,
  }: ConsoleOptions,
) {
  const lang = () => store.get().lang;
  const button = (cls: string) => el('button', { type: 'button', class: cls });
  const title = el('h1', {});
  const langButton = button('lang-switch');
  const total = el('span', { class: 'clock-total' });
  const onStep = el('span', { class: 'clock-step' });
  const clock = el('p', { class: 'console-clock', role: 'timer' }, total, onStep);
  const reset = button('clock-reset');
  const prev = button('console-prev');
  const next = button('console-next');
  const black = button('console-blackout');
  const toggle = button('console-toggle');
  const controls = el('div', { class: 'console-controls', role: 'group' }, prev, next, black, toggle);
  const keysHint = el('p', { class: 'console-keys' });
  const ignored = el('p', { class: 'console-ignored', role: 'status' });
  const notices = el('div', { class: 'console-notices' });
  const currentHeading = el('h2', { id: 'console-current' });
  const stepOf = el('p', { class: 'console-step-of' });
  const kicker = el('p', { class: 'caption-kicker' });
  const stepTitle = el('p', { class: 'console-step-title' });
  const detail = el('p', { class: 'console-step-detail' });
  const current = el(
    'section',
    { class: 'console-card console-current', 'aria-labelledby': 'console-current' },
    currentHeading,
    stepOf,
    kicker,
    stepTitle,
    detail,
  );
  const nextHeading = el('h2', { id: 'console-next' });
  const nextText = el('p', { class: 'console-next-text' });
  const upNext = el('section', { class: 'console-card', 'aria-labelledby': 'console-next' }, nextHeading, nextText);
  const listHeading = el('h2', { id: 'console-steps' });
  const list = el('ol', { class: 'console-steps' });
  const allSteps = el('nav', { class: 'console-card', 'aria-labelledby': 'console-steps' }, listHeading, list);
  const main = el('div', { class: 'console-main' }, current);
  const side = el('div', { class: 'console-side' }, upNext, allSteps);
  const root = el(
    'div',
    { class: 'console' },
    el('header', { class: 'console-header' }, title, clock, reset, langButton),
    controls,
    keysHint,
    notices,
    el('div', { class: 'console-body' }, main, side),
    ignored,
  );
  replaceChildren(container, root);

  const stopwatch = createStopwatch(now);
  const showClock = () => {
    const t = translator(lang());
    const read = stopwatch.read();
    total.textContent = `${t('presenter.elapsed')} ${formatElapsed(read.total)}`;
    onStep.textContent = `${t('presenter.onStep')} ${formatElapsed(read.onStep)}`;
  };
  const timer = setInterval(showClock, tick);
  const life = createLifecycle();
  life.add(() => clearInterval(timer));

  const on = (b: HTMLElement, f: () => void) => b.addEventListener('click', f);
  on(prev, () => store.update(store.get().step === null ? goToStep(dataset, 0) : previousStep(dataset)));
  on(next, () => store.update(nextStep(dataset)));
  on(black, () => store.update(toggleBlackout));
  on(toggle, () => store.update(store.get().step === null ? goToStep(dataset, 0) : leavePresentation));
  on(reset, () => {
    stopwatch.reset();
    showClock();
  });
  on(langButton, () => store.update(setLanguage(lang() === 'fr' ? 'en' : 'fr')));

  let notesView: ReturnType<typeof createConsoleNotes> | null = null;
  let notesFile: ReturnType<typeof createNotesFile> | null = null;
  let notesStore: NotesStore | null = null;
  // In the notes card once the notes are open (consoleNotes.ts), so it leaves no gap of its own.
  const saveStatus = el('p', { class: 'console-save', role: 'status' });
  main.append(saveStatus);

  const channel = createPresenterChannel({
    dataset,
    store,
    channelName: scope.channelName,
    ...(port !== undefined && { port }),
    role: 'console',
    // Not linked: an id of its own, so it drives and follows no room's screen.
    presentation: presentation ?? newPresentationId(),
    authFor: async (id) => {
      if (presentation === null) return null;
      const key = pairingKey !== undefined ? pairingKey : await pairedKey(window, id);
      if (key === null) {
        notice(translator(lang())('presenter.channel.unpaired'));
        return null;
      }
      return channelAuth(key);
    },
    onNotes: (keys) => void notesStore?.reload(keys, (key) => notesView?.isEditing(key) ?? false),
    onRejected: (count) => (ignored.textContent = translator(lang())('presenter.channel.ignored', { count })),
  });
  const keys = createPresentationKeys({ dataset, store });

  function notice(text: string) {
    notices.append(el('p', { class: 'notice', role: 'alert' }, text));
  }
  let saveFailed = false;
  const notes =
    givenNotes ??
    openNotesStore({
      dbName: scope.notesDb,
      onError: () => {
        if (saveFailed || !notesStore) return; // before it is open, "not persistent" says it
        saveFailed = true;
        notice(translator(lang())('presenter.notes.saveFailed'));
      },
    });
  const onTyping = (e: Event) => {
    if (!(e.target as HTMLElement | null)?.dataset?.note) return;
    // Notes that cannot be kept keep saying so while the person types.
    saveStatus.textContent = translator(lang())(notesStore && !notesStore.persistent ? 'presenter.notes.notPersistent' : 'presenter.notes.saving');
  };
  life.on(main, 'input', onTyping);

  let rendered = { step: -2, lang: '' as Language | '' };
  function update(state: ViewState, previous?: ViewState) {
    const t = translator(state.lang);
    document.documentElement.lang = state.lang;
    document.title = `${t('presenter.consoleTitle')} — ${t('app.name')}`;
    title.textContent = t('presenter.consoleTitle');
    langButton.textContent = t('app.switchLanguage');
    langButton.setAttribute('aria-label', t('app.switchLanguageLabel'));
    reset.textContent = t('presenter.resetClock');
    keysHint.textContent = t('presenter.keysHint');
    controls.setAttribute('aria-label', t('presenter.controls'));
    prev.textContent = `← ${t('presenter.previous')}`;
    next.textContent = `${t('presenter.next')} →`;
    black.textContent = t('presenter.blackout');
    black.setAttribute('aria-pressed', String(state.blackout));
    toggle.textContent = state.step === null ? t('presenter.start') : t('presenter.stop');
    toggle.setAttribute('aria-pressed', String(state.step !== null));
    const presenting = state.step !== null;
    prev.disabled = presenting && state.step === 0;
    next.disabled = presenting && state.step === lastStep(dataset);
    black.disabled = !presenting;
    currentHeading.textContent = t('presenter.current');
    nextHeading.textContent = t('presenter.upNext');
    listHeading.textContent = t('presenter.steps');
    if (previous && previous.step !== state.step) stopwatch.stepChanged();
    showClock();

    const step = state.step ?? 0;
    const c = captionOf(dataset, step, state.lang);
    // One numbering: sessions by their number (their digit key); title and network by name.
    stepOf.textContent = presenting ? '' : t('presenter.notPresenting');
    stepOf.hidden = presenting;
    kicker.textContent = [c.progress, c.kicker].filter(Boolean).join(' · ');
    stepTitle.textContent = c.title;
    if (c.titleLang) stepTitle.lang = c.titleLang;
    else stepTitle.removeAttribute('lang');
    detail.textContent = c.detail;
    const following = presenting ? step + 1 : 0;
    nextText.textContent = following > lastStep(dataset) ? t('presenter.end') : stepLabel(dataset, following, state.lang);

    if (rendered.lang !== state.lang) {
      replaceChildren(
        list,
        ...Array.from({ length: stepCount(dataset) }, (_, i) => {
          const b = el('button', { type: 'button', class: 'console-step', 'data-step': i }, stepLabel(dataset, i, state.lang));
          b.addEventListener('click', () => store.update(goToStep(dataset, i)));
          return el('li', {}, b);
        }),
      );
    }
    list.querySelectorAll<HTMLButtonElement>('button[data-step]').forEach((b) => {
      if (presenting && b.dataset.step === String(step)) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    if (notesView && (rendered.step !== step || rendered.lang !== state.lang)) notesView.render(step, state.lang);
    if (rendered.lang !== state.lang) notesFile?.update(state.lang);
    rendered = { step, lang: state.lang };
  }

  const unsubscribe = store.subscribe(update);
  update(store.get());
  if (!channel.connected) notice(translator(lang())('presenter.channel.none'));
  else if (presentation === null) notice(translator(lang())('presenter.channel.unlinked'));

  saveStatus.textContent = translator(lang())('presenter.notes.loading');
  let unsubscribeNotes = () => {};
  const ready = notes.then((n) => {
    if (life.destroyed) return;
    notesStore = n;
    const t = translator(lang());
    saveStatus.textContent = n.persistent ? '' : t('presenter.notes.notPersistent');
    if (n.damaged.length > 0) notice(t('presenter.notes.damaged', { count: n.damaged.length }));
    notesView = createConsoleNotes(main, dataset, n, saveStatus);
    notesFile = createNotesFile(side, { dataset, notes: n, getLang: lang });
    const unsubscribeSaves = n.subscribe((keys, origin) => {
      if (origin === 'saved') {
        saveStatus.textContent = translator(lang())('presenter.notes.saved');
        channel.announceNotes(keys);
      } else notesView?.refresh(keys, lang());
    });
    const unsubscribeConflicts = n.onConflict((conflicts) => notesView?.showConflicts(conflicts, lang()));
    unsubscribeNotes = () => {
      unsubscribeSaves();
      unsubscribeConflicts();
    };
    notesView.render(store.get().step ?? 0, lang());
  });

  life.add(() => {
    unsubscribe();
    unsubscribeNotes();
    keys.destroy();
    channel.destroy();
    notesView?.destroy();
    notesFile?.destroy();
    notesStore?.destroy();
    root.remove();
  });

  return {
    update,
    ready,
    channel,
    destroy: life.destroy,
  };
}
