// Which presentation a window belongs to. Two things keep windows apart:
// - the dataset: the shipped workshop keeps the names it always had (`maillage-presenter`,
//   `maillage-notes`), so notes already typed stay readable; a dataset loaded with `?data=<url>`
//   gets its own channel and notes database, suffixed with a short hash of that URL, so its steps
//   and notes never mix with the shipped workshop's;
// - the presentation: an id made by the audience window (kept for the tab's life in
//   sessionStorage, so a reload stays linked) and handed to the console it opens in its URL
//   (`?mode=console&presentation=<id>`). Windows of another presentation ignore its steps.
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';
import { datasetUrlFrom } from '../data/remote';

export const SHIPPED_CHANNEL = 'maillage-presenter';
export const SHIPPED_NOTES_DB = 'maillage-notes';

export const PresentationIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{6,64}$/));

export interface DatasetScope {
  /** null for the shipped workshop; a short hash of the `?data=` URL otherwise. */
  readonly dataset: string | null;
  readonly channelName: string;
  readonly notesDb: string;
}

/** 32-bit FNV-1a, as 8 hex digits: short, stable, good enough to tell URLs apart. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The scope of the dataset a page shows, from its address. Pure. */
export function datasetScope(search: string, href: string): DatasetScope {
  const url = datasetUrlFrom(search, href);
  if (url === null || !(url instanceof URL)) return { dataset: null, channelName: SHIPPED_CHANNEL, notesDb: SHIPPED_NOTES_DB };
  const hash = shortHash(url.href);
  return { dataset: hash, channelName: `${SHIPPED_CHANNEL}-${hash}`, notesDb: `${SHIPPED_NOTES_DB}-${hash}` };
}

export const scopeOfLocation = (location: Pick<Location, 'search' | 'href'> = window.location): DatasetScope => datasetScope(location.search, location.href);

export const newPresentationId = (random: () => number = Math.random): string =>
  Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)] ?? 'x').join('');

/** The presentation a console belongs to, from its URL; null when none or malformed. */
export function presentationFromSearch(search: string): string | null {
  const parsed = PresentationIdSchema.safeParse(new URLSearchParams(search).get('presentation'));
  return parsed.success ? parsed.data : null;
}

const sessionKey = (scope: DatasetScope) => `maillage-presentation${scope.dataset ? `-${scope.dataset}` : ''}`;

/**
 * The audience window's presentation id: the one this tab already had (sessionStorage, checked
 * with zod), or a new one kept there. Without storage, a new id each load.
 */
export function audiencePresentationId(scope: DatasetScope, storage: Storage | null | undefined, make: () => string = newPresentationId): string {
  try {
    const kept = PresentationIdSchema.safeParse(storage?.getItem(sessionKey(scope)));
    if (kept.success) return kept.data;
  } catch {
    // storage refused: fall through to a fresh id
  }
  return renewPresentationId(scope, storage, make);
}

/** A fresh presentation id for this tab, kept for its reloads (a duplicated tab takes one). */
export function renewPresentationId(scope: DatasetScope, storage: Storage | null | undefined, make: () => string = newPresentationId): string {
  const id = make();
  try {
    storage?.setItem(sessionKey(scope), id);
  } catch {
    // not kept: a reload starts a new presentation, and the console must be opened again
  }
  return id;
}

export const sessionStorageOrNull = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
};
