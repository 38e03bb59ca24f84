// Projector and presenter mode for the audience window: the header's presenter controls and
// theme, the caption and black screen, the presentation keys, and the channel that keeps a
// presenter console (console.ts, `?mode=console`) in step.
import './present.css';
import './views.css';
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { createPresenterChannel, type ChannelPort } from './channel';
import { answerPairing, audienceKey, channelAuth } from './pairing';
import { createControls } from './controls';
import { createPresentationKeys } from './keyboard';
import { createPresentation } from './presentation';
import { audiencePresentationId, renewPresentationId, scopeOfLocation, sessionStorageOrNull, type DatasetScope } from './scope';
import { createThemeSwitch } from './theme';
import { createViewChoice } from './viewChoice';
import { createLifecycle } from '../ui/lifecycle';

export interface PresenterOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** The header's toolbar, where the presenter's buttons go. */
  readonly tools: HTMLElement;
  /** Where the caption and the black screen go: after the views in #app (the body if none). */
  readonly stage?: HTMLElement;
  /** For tests: the channel to the console (a BroadcastChannel by default; null for none). */
  readonly port?: ChannelPort | null;
  /** Which dataset this is (channel name); from the page's address by default. */
  readonly scope?: DatasetScope;
  /** Keeps the presentation id across reloads of this tab; sessionStorage by default. */
  readonly storage?: Storage | null;
}

export function mountPresenter({
  dataset,
  store,
  tools,
  stage = document.getElementById('app') ?? document.body,
  port,
  scope = scopeOfLocation(),
  storage = sessionStorageOrNull(),
}: PresenterOptions) {
  const theme = createThemeSwitch(tools, store);
  const presentation = createPresentation(stage, dataset, store);
  const views = createViewChoice(store);
  // The console windows this one opened: the only ones given the presentation's key.
  const consoles: Window[] = [];
  const controls = createControls(tools, {
    dataset,
    store,
    presentation: () => channel.presentation(),
    onStarted: () => presentation.focus(),
    onConsoleOpened: (w) => void (consoles.includes(w) || consoles.push(w)),
  });
  // Leaving with Esc (or from the console) while focus was in the caption: back to the button.
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.step === null && previous.step !== null && presentation.hasFocus()) controls.focus();
  });
  const presentationKeys = createPresentationKeys({ dataset, store, onFullscreen: controls.toggleFullscreen, onSwapViews: views.swap });
  const keys = new Map<string, string>();
  const keyOf = (id: string): string => {
    const key = keys.get(id) ?? audienceKey(storage, id);
    keys.set(id, key);
    return key;
  };
  const channel = createPresenterChannel({
    dataset,
    store,
    channelName: scope.channelName,
    ...(port !== undefined && { port }),
    role: 'audience',
    presentation: audiencePresentationId(scope, storage),
    authFor: (id) => channelAuth(keyOf(id)),
    onTwin: () => renewPresentationId(scope, storage),
  });
  const pairing = answerPairing(window, { presentation: () => channel.presentation(), key: () => keyOf(channel.presentation()), opened: () => consoles });
  const life = createLifecycle();
  life.add(() => {
    unsubscribe();
    channel.destroy();
    presentationKeys.destroy();
    pairing.destroy();
    views.destroy();
    presentation.destroy();
    controls.destroy();
    theme.destroy();
  });
  return {
    update() {},
    channel,
    /** The key a console of this presentation needs (what the Console button hands over). */
    pairingKey: () => keyOf(channel.presentation()),
    destroy: life.destroy,
  };
}
