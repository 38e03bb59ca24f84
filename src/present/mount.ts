// Projector and presenter mode for the audience window: the header's presenter controls and
// theme, the caption and black screen, the presentation keys, and the channel that keeps a
// presenter console (console.ts, `?mode=console`) in step.
import './present.css';
import './views.css';
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { createPresenterChannel, type ChannelPort } from './channel';
import { createControls } from './controls';
import { createPresentationKeys } from './keyboard';
import { createPresentation } from './presentation';
import { audiencePresentationId, renewPresentationId, scopeOfLocation, sessionStorageOrNull, type DatasetScope } from './scope';
import { createThemeSwitch } from './theme';
import { createViewChoice } from './viewChoice';

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
  const controls = createControls(tools, { dataset, store, presentation: () => channel.presentation(), onStarted: () => presentation.focus() });
  // Leaving with Esc (or from the console) while focus was in the caption: back to the button.
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.step === null && previous.step !== null && presentation.hasFocus()) controls.focus();
  });
  const keys = createPresentationKeys({ dataset, store, onFullscreen: controls.toggleFullscreen, onSwapViews: views.swap });
  const channel = createPresenterChannel({
    dataset,
    store,
    channelName: scope.channelName,
    ...(port !== undefined && { port }),
    role: 'audience',
    presentation: audiencePresentationId(scope, storage),
    onTwin: () => renewPresentationId(scope, storage),
  });
  let destroyed = false;
  return {
    update() {},
    channel,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      channel.destroy();
      keys.destroy();
      views.destroy();
      presentation.destroy();
      controls.destroy();
      theme.destroy();
    },
  };
}
