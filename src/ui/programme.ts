// The programme: the introduction and sections in order, each session a button that selects it.
// A dataset without a programme (a network from a spreadsheet) gets a sentence saying so.
import type { Dataset } from '../data/dataset';
import { speakersOf } from '../data/select';
import { translator } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { select } from '../state/actions';
import { el, replaceChildren } from './dom';
import { localized } from './localized';
import { createLifecycle } from './lifecycle';

export function createProgramme(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  const root = el('nav', { class: 'programme', 'aria-labelledby': 'programme-heading' });
  container.append(root);
  let rendered: { lang: string } | null = null;
  const buttons = new Map<string, HTMLButtonElement>();

  function render(state: ViewState) {
    const t = translator(state.lang);
    buttons.clear();
    const sections = dataset.sections.map((section) => {
      const sessions = dataset.programme.filter((s) => s.section === section.id);
      return el(
        'section',
        { class: 'programme-section' },
        el('h3', {}, localized(section.title, state.lang)),
        el(
          'ol',
          { class: 'sessions' },
          ...sessions.map((session) => {
            const speakers = speakersOf(dataset, session).map((p) => p.name);
            const speakerText =
              speakers.length > 0
                ? t('programme.speaker', { name: speakers.join(', ') })
                : session.speakerNote
                  ? localized(session.speakerNote, state.lang)
                  : '';
            const button = el(
              'button',
              { type: 'button', class: 'session-button', 'data-session': session.id },
              el('span', { class: 'session-title' }, localized(session.title, state.lang)),
              el(
                'span',
                { class: 'session-meta' },
                speakerText,
                session.status === 'to-be-confirmed' && el('span', { class: 'badge' }, t('programme.status.to-be-confirmed')),
              ),
            );
            button.addEventListener('click', () => store.update(select({ type: 'session', id: session.id })));
            buttons.set(session.id, button);
            return el('li', {}, button);
          }),
        ),
      );
    });
    const none = dataset.programme.length === 0 && el('p', { class: 'programme-none' }, t('programme.none'));
    replaceChildren(root, el('h2', { id: 'programme-heading' }, t('programme.title')), none, ...sections);
    rendered = { lang: state.lang };
  }

  function markSelection(state: ViewState) {
    for (const [id, button] of buttons) {
      const on = state.selection?.type === 'session' && state.selection.id === id;
      button.setAttribute('aria-pressed', String(on));
    }
  }

  function update(state: ViewState) {
    if (!rendered || rendered.lang !== state.lang) render(state);
    markSelection(state);
  }

  const life = createLifecycle();
  life.add(store.subscribe((state) => update(state)));
  life.add(() => root.remove());
  update(store.get());
  return { update, destroy: life.destroy };
}
