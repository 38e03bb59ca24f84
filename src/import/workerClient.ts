// The page's side of the import worker, without any reader: run one request in a fresh worker,
// check its answer with zod (protocol.ts) and index the dataset in slices. client.ts (files) and
// openKept.ts (datasets kept in this browser) use it.
import type { LoadResult } from '../data/load';
import { indexOwnedDataset, rowOwner, type Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { describeMessage, describeWhere } from './describe';
import type { ImportProblem } from './problem';
import { WorkerMessageSchema, type WorkerRequest } from './protocol';
import { readReply } from './readReply';
import { nextTask } from '../ui/nextTask';
import { markReplyReceived } from '../data/readyMark';
import type { UnresolvedPlace } from './types';

export type OpenOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly text: string; readonly unresolvedPlaces: readonly UnresolvedPlace[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export const schemaProblems = (problems: readonly { file: string; path: string; message: string }[]): ImportProblem[] =>
  problems.map((p) => ({ file: p.file, code: 'schema', params: { path: p.path, message: p.message } }));

/**
 * One message from the import worker, checked with zod: null for a progress report (passed on) or
 * a message that is not the protocol's, else the outcome. The dataset, read from the reply's JSON,
 * is nobody else's: it is indexed in place, a slice at a time.
 */
export function readWorkerMessage(name: string, data: unknown, onProgress: (done: number) => void = () => {}): Promise<OpenOutcome> | null {
  const message = WorkerMessageSchema.safeParse(data);
  const refuse = (issues: readonly { readonly path: PropertyKey[]; readonly message: string }[]): Promise<OpenOutcome> =>
    Promise.resolve({
      ok: false,
      problems: issues.map((issue): ImportProblem => ({ file: name, code: 'schema', params: { path: issue.path.join('.'), message: issue.message } })),
    });
  if (!message.success) {
    // A final answer that is not well formed is refused with what is wrong, not waited on forever.
    return (data as { type?: unknown } | null)?.type === 'done' ? refuse(message.error.issues) : null;
  }
  const m = message.data;
  if (m.type === 'progress') {
    onProgress(m.done);
    return null;
  }
  if (!m.ok) return Promise.resolve({ ok: false, problems: m.problems });
  markReplyReceived();
  const { text, parts, unresolvedPlaces } = m;
  // Each row interned and frozen as it is read: the copies of strings JSON.parse made die young.
  const owner = rowOwner();
  return readReply(text, parts, pause, owner.own).then((read) =>
    read.ok
      ? indexOwnedDataset(read.raw, pause, m.notes, owner).then(async (indexed): Promise<OpenOutcome> => {
          // The views are put together in a task after the indexing's, not in the same one.
          await pause();
          return { ok: true, dataset: indexed, text, unresolvedPlaces };
        })
      : refuse(read.issues),
  );
}

/** Gives the page back between parts of a reply: a task of its own for each, not held back in a
 * background tab. */
const pause = nextTask;

/** Runs one request in a fresh import worker and reads its answer. */
export async function inWorker(name: string, request: WorkerRequest, transfer: Transferable[], onProgress: (done: number) => void): Promise<OpenOutcome> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<OpenOutcome>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const outcome = readWorkerMessage(name, event.data, onProgress);
        if (outcome) resolve(outcome);
      });
      worker.addEventListener('error', (event) =>
        resolve({ ok: false, problems: [{ file: name, code: 'unreadable', params: { reason: event.message || 'worker error' } }] }),
      );
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
}

/** An outcome as the loader's result, for the page's problems screen (in English, as the loader's are). */
export function asLoadResult(outcome: OpenOutcome): LoadResult {
  if (outcome.ok) return { ok: true, dataset: outcome.dataset };
  const t = translator('en');
  return {
    ok: false,
    problems: outcome.problems.map((p) => ({ file: p.file, path: describeWhere(p, t), message: describeMessage(p, t) })),
  };
}
