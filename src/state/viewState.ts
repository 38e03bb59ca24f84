// What every view reads: the selection, the language, the layout and the display toggles.
import type { Language } from '../i18n/t';

export type SelectionType = 'actor' | 'session' | 'place' | 'person';
export interface Selection {
  readonly type: SelectionType;
  readonly id: string;
}

export type GraphLayout = 'rings' | 'free';

export interface ViewState {
  readonly lang: Language;
  readonly selection: Selection | null;
  readonly layout: GraphLayout;
  readonly showPeople: boolean;
  readonly showSessions: boolean;
}

export const initialViewState: ViewState = {
  lang: 'fr',
  selection: null,
  layout: 'rings',
  showPeople: false,
  showSessions: false,
};
