// The presentation as a list of steps, pure: the title (0), each session in programme order
// (1..n), then the whole network (n + 1). A dataset without a programme steps from its title to
// the whole network. A step drives the other views only through the store:
// it sets `step` and the selection that the graph spotlights and the map flies to.
import type { Dataset } from '../data/dataset';
import type { Session } from '../data/schema';
import { speakersOf } from '../data/select';
import { pickShortName, pickText, type TextLanguage } from '../data/text';
import { localize, translator, type Language } from '../i18n/t';
import type { Selection, ViewState } from '../state/viewState';
import type { Command } from './keys';

export type Step =
  | { readonly kind: 'title'; readonly index: number }
  | { readonly kind: 'session'; readonly index: number; readonly session: Session }
  | { readonly kind: 'network'; readonly index: number };

export function stepsOf(d: Dataset): Step[] {
  return [
    { kind: 'title', index: 0 },
    ...d.programme.map((session, i): Step => ({ kind: 'session', index: i + 1, session })),
    { kind: 'network', index: d.programme.length + 1 },
  ];
}

export const stepCount = (d: Dataset): number => d.programme.length + 2;
export const lastStep = (d: Dataset): number => d.programme.length + 1;

/** A step number brought into range (0 … last). */
export const clampStep = (d: Dataset, step: number): number => Math.max(0, Math.min(lastStep(d), Math.trunc(step)));

export function stepAt(d: Dataset, step: number): Step {
  const index = clampStep(d, step);
  const session = d.programme[index - 1];
  if (index === 0) return { kind: 'title', index };
  if (session) return { kind: 'session', index, session };
  return { kind: 'network', index };
}

/** What a step selects: its session, or nothing (title and whole network light everything). */
export function selectionOfStep(d: Dataset, step: number): Selection | null {
  const s = stepAt(d, step);
  return s.kind === 'session' ? { type: 'session', id: s.session.id } : null;
}

/** The step that shows a session, or null when the session is not in the programme. */
export function stepOfSession(d: Dataset, sessionId: string): number | null {
  const i = d.programme.findIndex((s) => s.id === sessionId);
  return i < 0 ? null : i + 1;
}

const sameSelection = (a: Selection | null, b: Selection | null) => a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);

/** Goes to a step (clamped): sets the step and its selection, and lifts a black screen. */
export const goToStep =
  (d: Dataset, step: number) =>
  (state: ViewState): ViewState => {
    const next = clampStep(d, step);
    const selection = selectionOfStep(d, next);
    if (state.step === next && !state.blackout && sameSelection(state.selection, selection)) return state;
    return { ...state, step: next, blackout: false, selection };
  };

export const nextStep =
  (d: Dataset) =>
  (state: ViewState): ViewState =>
    goToStep(d, (state.step ?? -1) + 1)(state);
export const previousStep =
  (d: Dataset) =>
  (state: ViewState): ViewState =>
    goToStep(d, (state.step ?? 1) - 1)(state);

/** Leaves the presentation; the selection of the last step shown stays. */
export const leavePresentation = (state: ViewState): ViewState => (state.step === null && !state.blackout ? state : { ...state, step: null, blackout: false });

export const toggleBlackout = (state: ViewState): ViewState => (state.step === null ? state : { ...state, blackout: !state.blackout });

export const setBlackout =
  (on: boolean) =>
  (state: ViewState): ViewState =>
    state.step === null || state.blackout === on ? state : { ...state, blackout: on };

export interface Caption {
  /** The section of a session; the app and date for the title; "the whole network". */
  readonly kicker: string;
  /**
   * "Session n of 7" for a session, empty otherwise: the one numbering the presenter sees, the
   * one the digit keys use (digit n jumps to session n).
   */
  readonly progress: string;
  readonly title: string;
  /** The title's language when it is not the page's (a dataset text in one language only). */
  readonly titleLang?: TextLanguage;
  /** Speaker line, or the tagline for the title and whole-network steps. */
  readonly detail: string;
}

const titleOf = (text: Parameters<typeof pickText>[0], lang: Language): Pick<Caption, 'title' | 'titleLang'> => {
  const picked = pickText(text, lang);
  return picked.fallback ? { title: picked.text, titleLang: picked.lang } : { title: picked.text };
};

/** Who speaks in a session: names with the actor they speak for, or the programme's note. */
export function speakerLine(d: Dataset, session: Session, lang: Language): string {
  const people = speakersOf(d, session).map((p) => {
    const actor = d.actorById.get(p.speaksFor);
    return actor ? `${p.name} (${pickShortName(actor.shortName, lang)?.text ?? localize(actor.name, lang)})` : p.name;
  });
  if (people.length > 0) return people.join(', ');
  return session.speakerNote ? localize(session.speakerNote, lang) : '';
}

/** The words a step puts on the screen. */
export function captionOf(d: Dataset, step: number, lang: Language): Caption {
  const t = translator(lang);
  const s = stepAt(d, step);
  if (s.kind === 'title') {
    return {
      kicker: !d.event.date || d.event.date === 'unknown' ? t('app.name') : `${t('app.name')} · ${d.event.date}`,
      progress: '',
      ...titleOf(d.event.title, lang),
      detail: t('app.tagline'),
    };
  }
  if (s.kind === 'network') {
    return {
      kicker: t('presenter.step.network'),
      progress: '',
      title: t('presenter.step.networkTitle', { actors: d.actors.length, relations: d.relations.length }),
      detail: t('app.tagline'),
    };
  }
  const section = d.sectionById.get(s.session.section);
  const speaker = speakerLine(d, s.session, lang);
  // A named speaker gets the "Speaker:" prefix; the programme's own note ("a member of …") reads alone.
  const who = s.session.speakers.length > 0 ? t('programme.speaker', { name: speaker }) : speaker;
  const tbc = s.session.status === 'to-be-confirmed' ? `(${t('programme.status.to-be-confirmed')})` : '';
  return {
    kicker: section ? localize(section.title, lang) : '',
    progress: t('presenter.step.session', { n: s.index, total: d.programme.length }),
    ...titleOf(s.session.title, lang),
    detail: [who, tbc].filter(Boolean).join(' '),
  };
}

/** Short name of a step, for the console's "next step" and its list of steps: a session goes by its number (its digit key), the title and the whole network by name. */
export function stepLabel(d: Dataset, step: number, lang: Language): string {
  const t = translator(lang);
  const s = stepAt(d, step);
  if (s.kind === 'title') return t('presenter.step.titleLabel');
  if (s.kind === 'network') return t('presenter.step.network');
  return `${s.index}. ${localize(s.session.title, lang)}`;
}

/**
 * The state change a command makes; null for commands that are not state (full screen). While
 * the screen is black, next and previous only bring the picture back, so a stray press of the
 * clicker never skips a session unseen.
 */
export function applyCommand(d: Dataset, command: Command): ((state: ViewState) => ViewState) | null {
  switch (command.type) {
    case 'next':
      return (s) => (s.blackout ? setBlackout(false)(s) : nextStep(d)(s));
    case 'previous':
      return (s) => (s.blackout ? setBlackout(false)(s) : previousStep(d)(s));
    case 'first':
      return goToStep(d, 0);
    case 'last':
      return goToStep(d, lastStep(d));
    case 'goto':
      return goToStep(d, command.step);
    case 'blackout':
      return toggleBlackout;
    case 'leave':
      return leavePresentation;
    case 'fullscreen':
    case 'views':
      return null;
  }
}
