// A session's note, in two parts a reader cannot confuse: what the workshop programme says (its
// own words, set as a quotation) and context from other sources (each sentence footnoted, with a
// numbered reference list). Picks the note in the current language, or shows the French one
// marked lang="fr" with a visible "(in French)".
import type { Dataset } from '../../data/dataset';
import { CONTEXT_HEADING, PROGRAMME_HEADING, splitNote } from '../../data/noteParts';
import { noteOf } from '../../data/select';
import { el } from '../dom';
import { loadMarkdown, markdownRenderer, type Render } from '../markdown';
import type { DetailsContext } from './parts';

/** `level` is the heading level of the parts' headings (the note's own headings go below it). */
export function noteView(ctx: DetailsContext, d: Dataset, sessionId: string, level: 4 | 5 = 4): HTMLElement {
  const { t } = ctx;
  const note = noteOf(d, sessionId, ctx.lang);
  const heading = (text: string) => el(level === 4 ? 'h4' : 'h5', {}, text);
  const root = el('div', { class: 'notes', lang: note.lang });
  if (note.fallback) root.append(el('p', { class: 'muted note-language', lang: ctx.lang }, t('notes.inFrench')));
  const split = splitNote(note.text);
  const parts: NoteParts = {
    heading,
    programmeLabel: note.lang === 'en' ? t('notes.programmePartTranslated') : t('notes.programmePart'),
    t,
    hasContext: split.context !== '',
  };
  const fill = (renderMarkdown: Render) => {
    // One rendering (one sanitising pass) for the whole note; its two part headings then split it.
    const rendered = renderMarkdown(note.text, {
      headingOffset: level,
      referencesLabel: t('notes.references'),
      backReferenceLabel: t('notes.backToText'),
      mediaLabel: ({ kind, alt, host }) => {
        const what = kind === 'image' || kind === 'video' || kind === 'audio' ? t(`notes.media.${kind}`) : kind;
        return alt ? t('notes.mediaLinkAlt', { what, alt, host }) : t('notes.mediaLink', { what, host });
      },
    });
    fillNote(root, rendered, split.structured, parts);
  };
  const render = markdownRenderer();
  if (render) fill(render);
  else {
    // The renderer's chunk is still on its way (it loads once the page is idle): the note comes with it.
    root.setAttribute('aria-busy', 'true');
    void loadMarkdown().then((r) => {
      root.removeAttribute('aria-busy');
      fill(r);
    });
  }
  return root;
}

interface NoteParts {
  readonly heading: (text: string) => HTMLElement;
  readonly programmeLabel: string;
  readonly t: DetailsContext['t'];
  readonly hasContext: boolean;
}

/** Puts the rendered note into root, in its two parts when it has them. */
function fillNote(root: HTMLElement, rendered: DocumentFragment, structured: boolean, { heading, programmeLabel, t, hasContext }: NoteParts): void {
  if (!structured) {
    root.append(rendered);
    return;
  }
  const programme = el('section', { class: 'note-part note-programme', 'aria-label': t('notes.programmePart') });
  programme.append(heading(programmeLabel));
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
  if (hasContext) root.append(context);
}
