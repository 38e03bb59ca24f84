// What the import worker answers, apart from the worker itself so that it is tested in Node: a
// file to read (parse), a dataset kept in this browser to check again (load), or a large one the
// page fetched, with its notes, to check (check). Either way the
// dataset is validated here, in full, and goes back as JSON text the page indexes in slices.
import { parseFile } from './parseFile';
import { loadKeptText } from './kept';
import { loadDataset, parseJsonText } from '../data/load';
import type { ImportProblem } from './problem';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { replyOf } from './reply';
import { notesBeside } from '../data/remote';

/** The notes a dataset checked from its address names, fetched beside that address (http or https
 * only; the page checked that it is this site's or one it was built to allow). */
async function notesOf(text: string, address: string, fetcher: typeof fetch): Promise<Map<string, string>> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return new Map();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return new Map();
  const json = parseJsonText(url.pathname, text);
  return json.ok ? notesBeside(json.value, url, fetcher) : new Map();
}

export async function answerRequest(request: WorkerRequest, post: (message: WorkerMessage) => void, fetcher: typeof fetch = fetch): Promise<void> {
  const { name } = request;
  const unreadable = (error: unknown) => post({ type: 'done', ok: false, problems: [{ file: name, code: 'unreadable', params: { reason: String(error) } }] });
  if (request.type === 'load' || request.type === 'check') {
    try {
      const notes = request.type === 'check' ? await notesOf(request.text, request.address, fetcher) : new Map<string, string>();
      const result =
        request.type === 'check' ? loadDataset(request.text, { file: name, readNote: (path) => notes.get(path) }) : loadKeptText(request.text, name);
      post(
        result.ok
          ? { type: 'done', ok: true, ...replyOf(result), unresolvedPlaces: [], ...(request.type === 'check' && { notes: Object.fromEntries(notes) }) }
          : {
              type: 'done',
              ok: false,
              problems: result.problems.map((p): ImportProblem => ({ file: p.file, code: 'schema', params: { path: p.path, message: p.message } })),
            },
      );
    } catch (error) {
      unreadable(error);
    }
    return;
  }
  let last = 0;
  await parseFile(new Uint8Array(request.bytes), name, {
    contentType: request.contentType,
    onProgress: (done) => {
      if (done - last >= 0.02 || done === 1) {
        last = done;
        post({ type: 'progress', done });
      }
    },
  }).then(
    (result) =>
      post(
        result.ok
          ? { type: 'done', ok: true, ...replyOf(result), unresolvedPlaces: [...result.unresolvedPlaces] }
          : { type: 'done', ok: false, problems: [...result.problems] },
      ),
    unreadable,
  );
}
