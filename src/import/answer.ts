// What the import worker answers, apart from the worker itself so that it is tested in Node: a
// file to read (parse), a dataset kept in this browser to check again (load), or a large one the
// page fetched, with its notes, to check (check). Either way the
// dataset is validated here, in full, and goes back as JSON text the page indexes in slices.
import { parseFile } from './parseFile';
import { loadKeptText } from './kept';
import { loadDataset } from '../data/load';
import type { ImportProblem } from './problem';
import type { WorkerMessage, WorkerRequest } from './protocol';
import { replyOf } from './reply';

export async function answerRequest(request: WorkerRequest, post: (message: WorkerMessage) => void): Promise<void> {
  const { name } = request;
  const unreadable = (error: unknown) => post({ type: 'done', ok: false, problems: [{ file: name, code: 'unreadable', params: { reason: String(error) } }] });
  if (request.type === 'load' || request.type === 'check') {
    try {
      const result =
        request.type === 'check' ? loadDataset(request.text, { file: name, readNote: (path) => request.notes[path] }) : loadKeptText(request.text, name);
      post(
        result.ok
          ? { type: 'done', ok: true, ...replyOf(result), unresolvedPlaces: [] }
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
