// marked, marked-footnote and DOMPurify (≈ 25 kB gzip) in a chunk of their own: only a session's
// note needs them, so the first paint does not wait for them. The app loads them once the page is
// idle (preloadMarkdown), so a note opened later renders at once; until then it renders when they come.
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

/** Loads the renderer when the browser is idle: after the first paint, before anyone opens a note. */
export function preloadMarkdown(): void {
  const load = () => void loadMarkdown().catch(() => (loading = null));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 4000 });
  else setTimeout(load, 200);
}
