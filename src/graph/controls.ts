// The graph's toolbar: layout (rings / free), speakers and sessions toggles, fit and zoom. Real
// buttons, named through t(), pressed state in aria-pressed; they only call back into the view.
import type { Translate } from '../i18n/t';
import { el } from '../ui/dom';
import type { GraphLayout, ViewState } from '../state/viewState';
import { createLifecycle } from '../ui/lifecycle';

export interface ControlHandlers {
  layout(layout: GraphLayout): void;
  toggle(key: 'showPeople' | 'showSessions'): void;
  fit(): void;
  zoom(factor: number): void;
}

/** What the dataset has to show beside its actors: a network without a programme has neither. */
export interface ControlOptions {
  readonly hasPeople: boolean;
  readonly hasSessions: boolean;
}

export function createControls(handlers: ControlHandlers, options: ControlOptions = { hasPeople: true, hasSessions: true }) {
  const life = createLifecycle();
  const button = (onClick: () => void) => {
    const b = el('button', { type: 'button', class: 'graph-button' });
    life.on(b, 'click', onClick);
    return b;
  };
  const rings = button(() => handlers.layout('rings'));
  const free = button(() => handlers.layout('free'));
  const people = button(() => handlers.toggle('showPeople'));
  const sessions = button(() => handlers.toggle('showSessions'));
  const fit = button(() => handlers.fit());
  const zoomIn = button(() => handlers.zoom(1.4));
  const zoomOut = button(() => handlers.zoom(1 / 1.4));
  zoomIn.textContent = '+';
  zoomOut.textContent = '−';
  fit.textContent = '⌂';
  const layoutGroup = el('div', { class: 'graph-button-group', role: 'group' }, rings, free);
  const showGroup = el('div', { class: 'graph-button-group', role: 'group' }, people, sessions);
  people.hidden = !options.hasPeople;
  sessions.hidden = !options.hasSessions;
  showGroup.hidden = !options.hasPeople && !options.hasSessions;
  const root = el('div', { class: 'graph-toolbar', role: 'group' }, layoutGroup, showGroup);
  /** Zoom and fit sit in the drawing's bottom-right corner, as on a map (see ZOOM_CORNER). */
  const viewGroup = el('div', { class: 'graph-zoom', role: 'group' }, zoomIn, zoomOut, fit);

  function update(state: ViewState, t: Translate) {
    root.setAttribute('aria-label', t('graph.controls'));
    layoutGroup.setAttribute('aria-label', t('graph.layout'));
    rings.textContent = t('graph.layout.rings');
    rings.title = t('graph.layout.ringsLabel');
    free.textContent = t('graph.layout.free');
    free.title = t('graph.layout.freeLabel');
    rings.setAttribute('aria-pressed', String(state.layout === 'rings'));
    free.setAttribute('aria-pressed', String(state.layout === 'free'));
    people.textContent = t('graph.showPeople');
    people.title = t('graph.showPeopleLabel');
    people.setAttribute('aria-pressed', String(state.showPeople));
    sessions.textContent = t('graph.showSessions');
    sessions.title = t('graph.showSessionsLabel');
    sessions.setAttribute('aria-pressed', String(state.showSessions));
    showGroup.setAttribute('aria-label', t('graph.show'));
    viewGroup.setAttribute('aria-label', t('graph.view'));
    fit.setAttribute('aria-label', t('graph.fitLabel'));
    fit.title = t('graph.fitRelease');
    zoomIn.setAttribute('aria-label', t('graph.zoomIn'));
    zoomIn.title = t('graph.zoomIn');
    zoomOut.setAttribute('aria-label', t('graph.zoomOut'));
    zoomOut.title = t('graph.zoomOut');
  }

  life.add(() => {
    root.remove();
    viewGroup.remove();
  });

  return { root, zoom: viewGroup, update, destroy: life.destroy };
}
