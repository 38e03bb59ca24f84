// marked, marked-footnote and DOMPurify (≈ 25 kB gzip) in a chunk of their own: only a session's
// note needs them, so the first load does not wait for them. The app loads them at the first press
// or key (preloadMarkdown), so a note opened by that click renders as soon as they come.
import type { renderMarkdown as RenderMarkdown } from './sanitize';

export type Render = typeof RenderMarkdown;

let loaded: Render | null = null;
let loading: Promise<Render> | null = null;

/** The Markdown renderer, once loaded; null before. */
export const markdownRenderer = (): Render | null => loaded;

/** Loads the renderer (once) and gives it. */
export function loadMarkdown(): Promise<Render> {
  loading ??= import('./sanitize').then((module) => (loaded = module.renderMarkdown));
  return loading;
}

/** Loads the renderer at the first sign of someone using the page (a press, a key): before a
 * click on a session has opened its note, and never during the first load, whose work it would lengthen. */
export function preloadMarkdown(target: EventTarget = window): () => void {
  const load = () => {
    stop();
    void loadMarkdown().catch(() => (loading = null));
  };
  const stop = () => {
    target.removeEventListener('pointerdown', load, true);
    target.removeEventListener('keydown', load, true);
  };
  target.addEventListener('pointerdown', load, { capture: true, passive: true });
  target.addEventListener('keydown', load, { capture: true, passive: true });
  return stop;
}
