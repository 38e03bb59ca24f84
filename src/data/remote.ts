// Loads another dataset of the same shape from a URL (`?data=path/to/workshop.json`): the JSON,
// then each session's note beside it. The URL is an edge (zod); the text goes through loadDataset.
import { z } from 'zod';
import { loadDataset, parseJsonText, type LoadResult } from './load';
import { NOTE_PATH } from './schema';
import { detectFormat } from '../import/format';

const DataUrl = z.string().trim().min(1).max(2000);

/** The dataset URL named in a page query, resolved against the page, or null when none is set. */
export function datasetUrlFrom(search: string, base: string): URL | null | { error: string } {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null) return null;
  const parsed = DataUrl.safeParse(raw);
  if (!parsed.success) return { error: 'data: empty or too long' };
  try {
    const url = new URL(parsed.data, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `data: ${url.protocol} is not allowed` };
    return url;
  } catch {
    return { error: `data: "${parsed.data}" is not a URL` };
  }
}

/** Opens a spreadsheet, GEXF or other non-JSON file (the import reader, in its worker). */
export type OpenOther = (input: { name: string; bytes: ArrayBuffer; contentType: string }) => Promise<LoadResult>;

export async function fetchDataset(url: URL, fetcher: typeof fetch = fetch, openOther?: OpenOther): Promise<LoadResult> {
  const file = url.pathname.split('/').pop() || url.href;
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) return { ok: false, problems: [{ file, path: '', message: `could not be loaded (HTTP ${response.status})` }] };
    // Every format the app opens works from an address too: detected by extension, then content type.
    const bytes = await response.arrayBuffer();
    const contentType = response.headers.get('content-type') ?? '';
    if (openOther && detectFormat(file, new Uint8Array(bytes), contentType) !== 'json') return openOther({ name: file, bytes, contentType });
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    return { ok: false, problems: [{ file, path: '', message: `could not be loaded (${String(error)})` }] };
  }
  const json = parseJsonText(file, text);
  const notes = new Map<string, string>();
  if (json.ok) {
    const refs = z
      .object({ sessions: z.array(z.object({ notes: z.string().optional() }).loose()).optional() })
      .loose()
      .safeParse(json.value);
    const paths = refs.success ? [...new Set((refs.data.sessions ?? []).flatMap((s) => (s.notes ? [s.notes] : [])))] : [];
    await Promise.all(
      paths
        .filter((p) => NOTE_PATH.test(p))
        .map(async (p) => {
          try {
            const r = await fetcher(new URL(p, url));
            if (r.ok) notes.set(p, await r.text());
          } catch {
            // reported below as a missing note
          }
        }),
    );
  }
  return loadDataset(text, { file, readNote: (p) => notes.get(p) });
}
