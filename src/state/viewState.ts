// What every view reads: the selection, the language, the layout, the filters, the presentation.
import type { ActorKind, RelationKind, Scale } from '../data/schema';
import type { Language } from '../i18n/t';

export type SelectionType = 'actor' | 'session' | 'place' | 'person';
export interface Selection {
  readonly type: SelectionType;
  readonly id: string;
}

export type GraphLayout = 'rings' | 'free';
/** The view in front on a phone's tab layout (every view shows side by side on a wide screen). */
export type AppView = 'graph' | 'map' | 'programme' | 'table';
export const APP_VIEWS: readonly AppView[] = ['graph', 'map', 'programme', 'table'];
/** The map's views one click away. */
export type MapFrame = 'france' | 'europe' | 'world';
export const MAP_FRAMES: readonly MapFrame[] = ['france', 'europe', 'world'];
export type Theme = 'standard' | 'projector-dark' | 'projector-light';
/** The view shown on its own on a phone (one tab at a time); the desktop shows them side by side. */
export type ViewId = AppView;

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
  /** The view in front on a phone (tab layout); 'graph' by default. */
  readonly view: AppView;
  /** The map view one click away that the visitor chose (France, Europe, Monde), or null when the
   * map follows the selection or was moved by hand. */
  readonly mapFrame: MapFrame | null;
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
  mapFrame: null,
};
