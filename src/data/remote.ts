// Loads another dataset of the same shape from a URL (`?data=path/to/workshop.json`): the JSON,
// then each session's note beside it. The URL is an edge (zod); the text goes through loadDataset.
import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { loadDataset, parseJsonText, type LoadResult } from './load';
import { NOTE_PATH } from './schema';
import { BUILD_DATA_ORIGINS } from './origins';
import { fetchLimited, type FetchLimits } from './fetchLimited';
import { englishNotePath } from './noteParts';
import { detectFormat } from '../import/format';

const DataUrl = lazySchema(() => z.string().trim().min(1).max(2000));
const NOTE_MAX_BYTES = 1024 * 1024;

/**
 * The dataset URL named in a page query, resolved against the page, or null when none is set.
 * Only the page's own origin is accepted, plus the origins the site was built to allow: a crafted
 * link cannot make this site show someone else's data under its name.
 */
export function datasetUrlFrom(
  search: string,
  base: string,
  allowedOrigins: readonly string[] = BUILD_DATA_ORIGINS,
): URL | null | { error: string } {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null) return null;
  const parsed = DataUrl.safeParse(raw);
  if (!parsed.success) return { error: 'data: empty or too long' };
  try {
    const url = new URL(parsed.data, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `data: ${url.protocol} is not allowed` };
    if (url.origin !== new URL(base).origin && !allowedOrigins.includes(url.origin)) {
      return { error: `data: ${url.origin} is not this site; only datasets of this site can be opened from a link` };
    }
    return url;
  } catch {
    return { error: `data: "${parsed.data}" is not a URL` };
  }
}

/** Opens a spreadsheet, GEXF or other non-JSON file (the import reader, in its worker). */
export type OpenOther = (input: { name: string; bytes: ArrayBuffer; contentType: string }) => Promise<LoadResult>;

/** Checks a dataset's JSON text elsewhere than on the page (the import worker: checkRemote.ts), as
 * loadDataset would, with the session notes it names fetched beside `address` (notesBeside). */
export type CheckElsewhere = (text: string, file: string, address: URL) => Promise<LoadResult>;

/** From this many characters of JSON, a dataset is checked by `checkElsewhere` when there is one:
 * about 2,500 actors. A smaller one is checked here at once, without starting a worker. */
export const CHECK_ELSEWHERE_FROM = 1_000_000;

/** The session notes a dataset's JSON names (each with its optional English version beside it),
 * fetched beside the dataset's address; a note that cannot be fetched is left out (the loader
 * then says it is missing). */
export async function notesBeside(json: unknown, address: URL, fetcher: typeof fetch, limits: Partial<FetchLimits> = {}): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  const refs = z
    .object({ sessions: z.array(z.object({ notes: z.string().optional() }).loose()).optional() })
    .loose()
    .safeParse(json);
  const paths = refs.success ? [...new Set((refs.data.sessions ?? []).flatMap((s) => (s.notes ? [s.notes, englishNotePath(s.notes)] : [])))] : [];
  await Promise.all(
    paths
      .filter((p) => NOTE_PATH.test(p) || NOTE_PATH.test(p.replace(/\.en\.md$/, '.md')))
      .map(async (p) => {
        const note = await fetchLimited(new URL(p, address), fetcher, { ...limits, maxBytes: NOTE_MAX_BYTES });
        if (note.ok) notes.set(p, note.text);
      }),
  );
  return notes;
}

export async function fetchDataset(
  url: URL,
  fetcher: typeof fetch = fetch,
  openOther?: OpenOther,
  limits: Partial<FetchLimits> = {},
  checkElsewhere?: CheckElsewhere,
): Promise<LoadResult> {
  const file = url.pathname.split('/').pop() || url.href;
  const fetched = await fetchLimited(url, fetcher, limits);
  if (!fetched.ok) return { ok: false, problems: [{ file, path: '', message: fetched.message }] };
  // Every format the app opens works from an address too: detected by extension, then content type.
  if (openOther && detectFormat(file, fetched.bytes, fetched.contentType) !== 'json') {
    const bytes = fetched.bytes.slice().buffer as ArrayBuffer;
    return openOther({ name: file, bytes, contentType: fetched.contentType });
  }
  const text = fetched.text;
  // A large dataset is not even parsed here: the checker reads it, and its notes, off the page.
  if (checkElsewhere && text.length >= CHECK_ELSEWHERE_FROM) return checkElsewhere(text, file, url);
  const json = parseJsonText(file, text);
  const notes = json.ok ? await notesBeside(json.value, url, fetcher, limits) : new Map<string, string>();
  return loadDataset(text, { file, readNote: (p) => notes.get(p) });
}
