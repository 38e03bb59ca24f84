// The one place where HTML is made from data: Markdown → HTML with marked, then DOMPurify, which
// removes scripts, event-handler attributes and javascript: links. Outside links open in a new tab
// with rel="noopener noreferrer". marked and DOMPurify are the well-kept standard pair for this;
// footnotes ([^1] … [^1]: source) become a numbered reference list through marked-footnote, the
// maintained GFM-footnote extension for marked.
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import DOMPurify from 'dompurify';

let renders = 0;

let hooked = false;
function ensureHook(purify: typeof DOMPurify) {
  if (hooked) return;
  hooked = true;
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (/^https?:\/\//i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (!href.startsWith('#')) {
      node.removeAttribute('href');
    }
  });
}

export interface MarkdownOptions {
  /** Added to every heading level so notes fit the page outline (# → h4 with 3); capped at h6. */
  readonly headingOffset?: number;
  /** Heading of the footnotes' reference list (visible); "Footnotes" when not given. */
  readonly referencesLabel?: string;
  /** Name of a footnote's link back to its text; `{0}` is the footnote's number. */
  readonly backReferenceLabel?: string;
}

/** Sanitised HTML of a Markdown text, as a fragment ready to append. */
export function renderMarkdown(text: string, { headingOffset = 0, referencesLabel, backReferenceLabel }: MarkdownOptions = {}): DocumentFragment {
  ensureHook(DOMPurify);
  // Each rendering gets its own footnote ids, so two notes on one page never share an anchor.
  const markdown = new Marked({ gfm: true, breaks: false, async: false }).use(
    markedFootnote({
      prefixId: `fn${++renders}-`,
      description: referencesLabel ?? 'Footnotes',
      headingClass: 'references-heading',
      backRefLabel: backReferenceLabel ?? 'Back to reference {0}',
    }),
  );
  const html = markdown.parse(text) as string;
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
  if (headingOffset > 0) {
    for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Math.min(6, Number(heading.tagName[1]) + headingOffset);
      const replacement = heading.ownerDocument.createElement(`h${level}`);
      for (const attr of [...heading.attributes]) replacement.setAttribute(attr.name, attr.value);
      replacement.append(...heading.childNodes);
      heading.replaceWith(replacement);
    }
  }
  return fragment;
}
