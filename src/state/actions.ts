// Pure state changes: (args) => (state) => next state. A change that changes nothing returns the
// same object, so the store does not notify.
import type { Language } from '../i18n/t';
import type { AppView, Filters, GraphLayout, MapFrame, Selection, Theme, ViewState } from './viewState';

export const sameSelection = (a: Selection | null, b: Selection | null): boolean => a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);

export const select =
  (selection: Selection | null) =>
  (state: ViewState): ViewState =>
    sameSelection(state.selection, selection) ? state : { ...state, selection };

export const setLanguage =
  (lang: Language) =>
  (state: ViewState): ViewState =>
    state.lang === lang ? state : { ...state, lang };

export const setLayout =
  (layout: GraphLayout) =>
  (state: ViewState): ViewState =>
    state.layout === layout ? state : { ...state, layout };

export const toggle =
  (key: 'showPeople' | 'showSessions', value?: boolean) =>
  (state: ViewState): ViewState => {
    const next = value ?? !state[key];
    return state[key] === next ? state : { ...state, [key]: next };
  };

export const setFilters =
  (change: (f: Filters) => Filters) =>
  (state: ViewState): ViewState => {
    const filters = change(state.filters);
    return filters === state.filters ? state : { ...state, filters };
  };

export const maximize =
  (view: 'graph' | 'map' | null) =>
  (state: ViewState): ViewState =>
    state.maximized === view ? state : { ...state, maximized: view };

export const setTheme =
  (theme: Theme) =>
  (state: ViewState): ViewState =>
    state.theme === theme ? state : { ...state, theme };

export const setView =
  (view: AppView) =>
  (state: ViewState): ViewState =>
    state.view === view ? state : { ...state, view };

export const setMapFrame =
  (mapFrame: MapFrame | null) =>
  (state: ViewState): ViewState =>
    state.mapFrame === mapFrame ? state : { ...state, mapFrame };
