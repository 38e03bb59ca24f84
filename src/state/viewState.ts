// What every view reads: the selection, the language, the layout, the filters, the presentation.
import type { ActorKind, RelationKind, Scale } from '../data/schema';
import type { Language } from '../i18n/t';

export type SelectionType = 'actor' | 'session' | 'place' | 'person';
export interface Selection {
  readonly type: SelectionType;
  readonly id: string;
}

export type GraphLayout = 'rings' | 'free';
export type Theme = 'standard' | 'projector-dark' | 'projector-light';
/** The view shown on its own on a phone (one tab at a time); the desktop shows them side by side. */
export type ViewId = 'graph' | 'map' | 'programme' | 'table';

export interface Filters {
  readonly hiddenKinds: readonly ActorKind[];
  readonly hiddenScales: readonly Scale[];
  /** Theme ids; empty means every theme. An actor shows when a session presenting it has one. */
  readonly themes: readonly string[];
  readonly hiddenRelationKinds: readonly RelationKind[];
  readonly hideUnsourced: boolean;
}

export interface ViewState {
  readonly lang: Language;
  readonly selection: Selection | null;
  readonly layout: GraphLayout;
  readonly showPeople: boolean;
  readonly showSessions: boolean;
  readonly filters: Filters;
  /** A view that takes the full screen, or null for the side-by-side layout. */
  readonly maximized: 'graph' | 'map' | null;
  /** Presentation step (0 = title), or null when not presenting. */
  readonly step: number | null;
  readonly blackout: boolean;
  readonly theme: Theme;
  /** The view on screen where only one fits (a phone's tabs). */
  readonly view: ViewId;
}

export const noFilters: Filters = {
  hiddenKinds: [],
  hiddenScales: [],
  themes: [],
  hiddenRelationKinds: [],
  hideUnsourced: false,
};

export const initialViewState: ViewState = {
  lang: 'fr',
  selection: null,
  layout: 'rings',
  showPeople: false,
  showSessions: false,
  filters: noFilters,
  maximized: null,
  step: null,
  blackout: false,
  theme: 'standard',
  view: 'graph',
};
