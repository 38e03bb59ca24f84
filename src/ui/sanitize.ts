// The one place where HTML is made from data: Markdown → HTML with marked, then DOMPurify, which
// removes scripts, event-handler attributes and javascript: links. marked and DOMPurify are the
// well-kept standard pair for this; footnotes ([^1] … [^1]: source) become a numbered reference
// list through marked-footnote, the maintained GFM-footnote extension for marked. Notes get their
// own allow-list on top of DOMPurify's:
// - HTML only (no SVG or MathML, whose elements and links follow other rules);
// - no style or id of their own, and no class but the footnotes' own two, so a note cannot reuse
//   the app's CSS or its element ids (ids and in-note links such as footnotes are renamed
//   "user-content-…", as GitHub does);
// - outside links open in a new tab with rel="noopener noreferrer"; any other link is dropped;
// - nothing is fetched from another site: a remote image or medium becomes a link naming its
//   host, followed only if the reader clicks it.
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import DOMPurify, { type Config } from 'dompurify';

let renders = 0;

const USER_PREFIX = 'user-content-';
/** The only classes a note keeps: those marked-footnote gives its reference list. */
const NOTE_CLASSES = new Set(['footnotes', 'references-heading']);
const MEDIA = new Set(['img', 'video', 'audio', 'source', 'track', 'picture']);

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'srcset', 'poster', 'background', 'formaction', 'ping'],
  // Ids (and names) are kept only under a prefix of their own.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

/** Is this address on the page's own site (relative, or the same origin)? */
function isSameSite(src: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return true;
  try {
    return typeof window !== 'undefined' && new URL(src, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

function hostOf(src: string): string {
  try {
    return new URL(src, typeof window === 'undefined' ? 'http://localhost/' : window.location.href).host;
  } catch {
    return '?';
  }
}

let hooked = false;
function ensureHooks(purify: typeof DOMPurify) {
  if (hooked) return;
  hooked = true;
  purify.addHook('afterSanitizeAttributes', (node) => {
    const classes = node.getAttribute('class');
    if (classes !== null) {
      const kept = classes.split(/\s+/).filter((c) => NOTE_CLASSES.has(c));
      if (kept.length > 0) node.setAttribute('class', kept.join(' '));
      else node.removeAttribute('class');
    }
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a') {
      const href = node.getAttribute('href') ?? '';
      if (/^https?:\/\//i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else if (href.startsWith('#') && href.length > 1) {
        // In-note anchors follow their targets' renamed ids.
        if (!href.startsWith(`#${USER_PREFIX}`)) node.setAttribute('href', `#${USER_PREFIX}${href.slice(1)}`);
        node.removeAttribute('target');
      } else {
        node.removeAttribute('href');
        node.removeAttribute('target');
      }
    }
  });
}

/** Remote images and media become links that name their host; nothing is requested until a click. */
export interface HeldMedia {
  /** "image", "video", "audio", or the element's name. */
  readonly kind: string;
  /** Its alt (or title) text; empty when none. */
  readonly alt: string;
  readonly host: string;
}

const defaultMediaLabel = ({ kind, alt, host }: HeldMedia) => `[${kind}${alt ? ` « ${alt} »` : ''} — ${host}]`;

function holdRemoteMedia(root: DocumentFragment, label: (media: HeldMedia) => string): void {
  const media = [...root.querySelectorAll('*')]
    .filter((element) => MEDIA.has(element.nodeName.toLowerCase()))
    .map((element) => ({ element, kind: (/^(source|track)$/i.test(element.nodeName) ? element.parentElement?.nodeName : element.nodeName) ?? 'media' }));
  for (const { element, kind } of media) {
    const tag = element.nodeName.toLowerCase();
    const src = element.getAttribute('src');
    if (tag === 'img' && src !== null && isSameSite(src)) continue;
    if ((tag === 'video' || tag === 'audio') && src !== null && isSameSite(src) && !element.querySelector('source,track')) continue;
    const doc = element.ownerDocument;
    if (src && /^https?:\/\//i.test(src)) {
      const link = doc.createElement('a');
      link.setAttribute('href', src);
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
      const alt = element.getAttribute('alt') ?? element.getAttribute('title') ?? '';
      const what = kind.toLowerCase() === 'img' ? 'image' : kind.toLowerCase();
      link.textContent = label({ kind: what, alt, host: hostOf(src) });
      element.replaceWith(link);
    } else {
      element.replaceWith(...element.childNodes);
    }
  }
}

export interface MarkdownOptions {
  /** Added to every heading level so notes fit the page outline (# → h4 with 3); capped at h6. */
  readonly headingOffset?: number;
  /** Heading of the footnotes' reference list (visible); "Footnotes" when not given. */
  readonly referencesLabel?: string;
  /** Name of a footnote's link back to its text; `{0}` is the footnote's number. */
  readonly backReferenceLabel?: string;
  /** The words of the link that stands for a remote image or medium, in the page's language
   * (quotation marks included); "[image « alt » — host]" when not given. */
  readonly mediaLabel?: (media: HeldMedia) => string;
}

/** Sanitised HTML of a Markdown text, as a fragment ready to append. */
export function renderMarkdown(
  text: string,
  { headingOffset = 0, referencesLabel, backReferenceLabel, mediaLabel = defaultMediaLabel }: MarkdownOptions = {},
): DocumentFragment {
  ensureHooks(DOMPurify);
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
  const fragment = DOMPurify.sanitize(html, CONFIG) as unknown as DocumentFragment;
  holdRemoteMedia(fragment, mediaLabel);
  // A control's name starts with what it shows (WCAG 2.5.3), e.g. a footnote's "↩" back-link.
  for (const labelled of fragment.querySelectorAll('[aria-label]')) {
    const shown = (labelled.textContent ?? '').replace(/\s+/g, ' ').trim();
    const label = labelled.getAttribute('aria-label') ?? '';
    if (shown !== '' && !label.includes(shown)) labelled.setAttribute('aria-label', `${shown} ${label.replace(/^↩\s*/, '')}`);
  }
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
