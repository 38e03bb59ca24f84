// The one place where HTML is made from data: Markdown → HTML with marked, then DOMPurify, which
// removes scripts, event-handler attributes and javascript: links. Outside links open in a new tab
// with rel="noopener noreferrer". marked and DOMPurify are the well-kept standard pair for this.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const markdown = new Marked({ gfm: true, breaks: false, async: false });

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
}

/** Sanitised HTML of a Markdown text, as a fragment ready to append. */
export function renderMarkdown(text: string, { headingOffset = 0 }: MarkdownOptions = {}): DocumentFragment {
  ensureHook(DOMPurify);
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
      replacement.append(...heading.childNodes);
      heading.replaceWith(replacement);
    }
  }
  return fragment;
}
