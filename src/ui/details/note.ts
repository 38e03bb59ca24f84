// A session's note, in two parts a reader cannot confuse: what the workshop programme says (its
// own words, set as a quotation) and context from other sources (each sentence footnoted, with a
// numbered reference list). Picks the note in the current language, or shows the French one
// marked lang="fr" with a visible "(in French)".
import type { Dataset } from '../../data/dataset';
import { CONTEXT_HEADING, PROGRAMME_HEADING, splitNote } from '../../data/noteParts';
import { noteOf } from '../../data/select';
import { el } from '../dom';
import { renderMarkdown } from '../sanitize';
import type { DetailsContext } from './parts';

/** `level` is the heading level of the parts' headings (the note's own headings go below it). */
export function noteView(ctx: DetailsContext, d: Dataset, sessionId: string, level: 4 | 5 = 4): HTMLElement {
  const { t } = ctx;
  const note = noteOf(d, sessionId, ctx.lang);
  const heading = (text: string) => el(level === 4 ? 'h4' : 'h5', {}, text);
  const markdown = (text: string) =>
    renderMarkdown(text, {
      headingOffset: level,
      referencesLabel: t('notes.references'),
      backReferenceLabel: t('notes.backToText'),
      mediaLabel: ({ kind, alt, host }) => {
        const what = kind === 'image' || kind === 'video' || kind === 'audio' ? t(`notes.media.${kind}`) : kind;
        return alt ? t('notes.mediaLinkAlt', { what, alt, host }) : t('notes.mediaLink', { what, host });
      },
    });
  const root = el('div', { class: 'notes', lang: note.lang });
  if (note.fallback) root.append(el('p', { class: 'muted note-language', lang: ctx.lang }, t('notes.inFrench')));
  const parts = splitNote(note.text);
  // One rendering (one sanitising pass) for the whole note; its two part headings then split it.
  const rendered = markdown(note.text);
  if (!parts.structured) {
    root.append(rendered);
    return root;
  }
  const programme = el('section', { class: 'note-part note-programme', 'aria-label': t('notes.programmePart') });
  programme.append(heading(note.lang === 'en' ? t('notes.programmePartTranslated') : t('notes.programmePart')));
  const context = el('section', { class: 'note-part note-context', 'aria-label': t('notes.contextPart') });
  context.append(heading(t('notes.contextPart')), el('p', { class: 'muted' }, t('notes.contextHint')));
  const partOf = (node: Node): HTMLElement | null => {
    if (!(node instanceof HTMLElement) || !/^H[1-6]$/.test(node.tagName)) return null;
    const text = `## ${node.textContent?.trim() ?? ''}`;
    return PROGRAMME_HEADING.test(text) ? programme : CONTEXT_HEADING.test(text) ? context : null;
  };
  let into: HTMLElement | null = null;
  for (const node of [...rendered.childNodes]) {
    const part = partOf(node);
    if (part) into = part;
    else if (node instanceof HTMLElement && node.classList.contains('footnotes')) context.append(node);
    else if (into) into.append(node);
    else root.append(node); // text before the parts (check-data refuses it) is still shown, not lost
  }
  root.append(programme);
  if (parts.context !== '') root.append(context);
  return root;
}
