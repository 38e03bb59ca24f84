// What the import worker answers, apart from the worker itself so that it is tested in Node: a
// file to read (parse), a dataset kept in this browser to check again (load), or a large one the
// page fetched, with its notes, to check (check). Either way the
// dataset is validated here, in full, and goes back as JSON text the page indexes in slices.
import { parseFile } from './parseFile';
import { loadKeptText } from './kept';
import { parseJsonText, validateDataset, type LoadResult } from '../data/load';
import type { ImportProblem } from './problem';
import type { CheckRequest, WorkerMessage, WorkerRequest } from './protocol';
import { replyOf } from './reply';
import { notesBeside } from '../data/remote';

/** A dataset fetched by the page, checked as the page's loader would (loadDataset), its JSON parsed
 * once: for the notes it names, fetched beside its address (http or https only; the page checked
 * that it is this site's or one it was built to allow), then for the check itself. */
async function checkFetched(request: CheckRequest, fetcher: typeof fetch): Promise<{ result: LoadResult; notes: Map<string, string> }> {
  const json = parseJsonText(request.name, request.text);
  if (!json.ok) return { result: { ok: false, problems: [json.problem] }, notes: new Map() };
  const address = httpAddress(request.address);
  const notes = address ? await notesBeside(json.value, address, fetcher) : new Map<string, string>();
  return { result: validateDataset(json.value, { file: request.name, readNote: (path) => notes.get(path) }), notes };
}

function httpAddress(address: string): URL | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export async function answerRequest(request: WorkerRequest, post: (message: WorkerMessage) => void, fetcher: typeof fetch = fetch): Promise<void> {
  const { name } = request;
  const unreadable = (error: unknown) => post({ type: 'done', ok: false, problems: [{ file: name, code: 'unreadable', params: { reason: String(error) } }] });
  if (request.type === 'load' || request.type === 'check') {
    try {
      const { result, notes } =
        request.type === 'check' ? await checkFetched(request, fetcher) : { result: loadKeptText(request.text, name), notes: new Map<string, string>() };
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
