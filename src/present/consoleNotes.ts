// The console's notes for one step: the programme's own notes for the session (sanitised
// Markdown), then the facilitator's notes on the session and on each actor it lights, saved as
// they are typed. Recovered (unreadable) stored text is shown read-only, never dropped.
import type { Dataset } from '../data/dataset';
import { localize, translator, type Language } from '../i18n/t';
import { selectSpotlight } from '../state/selectors';
import { el, replaceChildren } from '../ui/dom';
import { renderMarkdown } from '../ui/sanitize';
import { actorNote, NOTE_MAX_CHARS, sessionNote } from './noteKey';
import type { NoteConflict, NotesStore } from './notesStore';
import { selectionOfStep, stepAt } from './steps';

let instances = 0;

/** `status`, if given, goes under "Your notes" (saving, saved): where the person is looking. */
export function createConsoleNotes(container: HTMLElement, dataset: Dataset, notes: NotesStore, status?: HTMLElement) {
  const uid = `notes-${++instances}`;
  const root = el('section', { class: 'console-card console-notes' });
  const recovered = el('section', { class: 'console-card console-recovered' });
  container.append(root, recovered);
  const fields = new Map<string, HTMLTextAreaElement>();
  const warnings = new Map<string, HTMLElement>();
  let n = 0;
  let currentLang: Language = 'fr';

  function field(key: string, label: string): HTMLElement {
    const id = `${uid}-${++n}`;
    const area = el('textarea', { id, rows: 4, spellcheck: 'true', 'data-note': key, maxlength: NOTE_MAX_CHARS });
    const warning = el('div', { class: 'note-warning', role: 'status' });
    area.value = notes.get(key);
    area.addEventListener('input', () => {
      const fits = notes.set(key, area.value);
      const full = !fits || area.value.length >= NOTE_MAX_CHARS;
      if (full) {
        replaceChildren(warning, translator(currentLang)('presenter.notes.limit', { max: NOTE_MAX_CHARS.toLocaleString(currentLang) }));
        warning.dataset.limit = 'true';
      } else if (warning.dataset.limit) {
        replaceChildren(warning);
        delete warning.dataset.limit;
      }
    });
    area.addEventListener('change', () => void notes.flush());
    fields.set(key, area);
    warnings.set(key, warning);
    return el('div', { class: 'note-field' }, el('label', { for: id }, label), area, warning);
  }

  /** Another window changed notes being edited here: both texts are kept; offer to join them. */
  function showConflicts(conflicts: readonly NoteConflict[], lang: Language) {
    const t = translator(lang);
    for (const conflict of conflicts) {
      const area = fields.get(conflict.key);
      const warning = warnings.get(conflict.key);
      if (!area || !warning) continue;
      const keepBoth = el('button', { type: 'button' }, t('presenter.notes.keepBoth'));
      keepBoth.addEventListener('click', () => {
        const joined = area.value.trim() === '' ? conflict.theirs : `${area.value}\n\n${conflict.theirs}`;
        area.value = joined.slice(0, NOTE_MAX_CHARS);
        notes.set(conflict.key, area.value);
        replaceChildren(warning, t('presenter.notes.joined'));
        area.focus();
      });
      replaceChildren(warning, t('presenter.notes.conflict'), ' ', keepBoth);
    }
  }

  function render(step: number, lang: Language) {
    const t = translator(lang);
    currentLang = lang;
    fields.clear();
    warnings.clear();
    const s = stepAt(dataset, step);
    const lit = selectSpotlight(dataset, selectionOfStep(dataset, step));
    const actors = dataset.actors.filter((a) => !lit || lit.actors.has(a.id));
    const programmeNotes = el('div', { class: 'notes' });
    if (s.kind === 'session') programmeNotes.append(renderMarkdown(dataset.notesBySession.get(s.session.id) ?? ''));
    replaceChildren(
      root,
      s.kind === 'session' && el('h3', {}, t('presenter.programmeNotes')),
      s.kind === 'session' && programmeNotes,
      el('h3', {}, t('presenter.yourNotes')),
      status,
      s.kind === 'session'
        ? field(sessionNote(s.session.id), t('presenter.sessionNote', { title: localize(s.session.title, lang) }))
        : el('p', { class: 'muted' }, t('presenter.noSessionHere')),
      el('h4', {}, t('presenter.actorNotes')),
      ...actors.map((a) => field(actorNote(a.id), t('presenter.actorNote', { name: localize(a.name, lang) }))),
    );
    renderRecovered(lang);
  }

  function renderRecovered(lang: Language) {
    const t = translator(lang);
    const kept = [...notes.all()].filter(([key]) => key.startsWith('recovered:'));
    recovered.hidden = kept.length === 0;
    replaceChildren(
      recovered,
      el('h2', {}, t('presenter.notes.recoveredTitle')),
      ...kept.map(([key, text]) => {
        const id = `${uid}-${++n}`;
        const area = el('textarea', { id, rows: 4, readonly: true });
        area.value = text;
        return el('div', { class: 'note-field' }, el('label', { for: id }, t('presenter.notes.recoveredLabel', { key: key.slice('recovered:'.length) })), area);
      }),
    );
  }

  /** Notes changed from outside (another window, an import): refresh the fields not being typed in. */
  function refresh(keys: readonly string[], lang: Language) {
    for (const key of keys) {
      const area = fields.get(key);
      if (area && area !== document.activeElement) area.value = notes.get(key);
    }
    if (keys.some((k) => k.startsWith('recovered:'))) renderRecovered(lang);
  }

  return {
    render,
    refresh,
    showConflicts,
    /** Whether a note's field is being edited (it has the focus). */
    isEditing: (key: string) => {
      const area = fields.get(key);
      return area !== undefined && area === area.ownerDocument.activeElement;
    },
    destroy() {
      root.remove();
      recovered.remove();
    },
  };
}
