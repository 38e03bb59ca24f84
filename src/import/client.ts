// Opens a file for the page: parsing goes to the import worker (the page keeps answering, with a
// progress bar); where no Worker exists (tests in jsdom) it runs here. The worker validates the
// dataset in full; its reply is checked with zod (protocol.ts) and indexed here in slices.
import { parseJsonText, validateDataset } from '../data/load';
import { indexOwnedDataset, type Dataset } from '../data/dataset';
import { parseFile } from './parseFile';
import { noNotes } from './kept';
import type { ImportProblem } from './problem';
import { WorkerDatasetSchema, WorkerMessageSchema, type ParseRequest } from './protocol';
import type { UnresolvedPlace } from './types';

export type OpenOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly text: string; readonly unresolvedPlaces: readonly UnresolvedPlace[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface OpenInput {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly contentType?: string;
}

const schemaProblems = (problems: readonly { file: string; path: string; message: string }[]): ImportProblem[] =>
  problems.map((p) => ({ file: p.file, code: 'schema', params: { path: p.path, message: p.message } }));

function finish(name: string, raw: unknown, unresolvedPlaces: readonly UnresolvedPlace[]): OpenOutcome {
  const result = validateDataset(raw, { file: name, readNote: noNotes });
  if (!result.ok) return { ok: false, problems: schemaProblems(result.problems) };
  return { ok: true, dataset: result.dataset, text: JSON.stringify(raw), unresolvedPlaces };
}

/**
 * One message from the import worker, checked with zod: null for a progress report (passed on) or
 * a message that is not the protocol's, else the outcome. The dataset, read from the reply's JSON,
 * is nobody else's: it is indexed in place, a slice at a time.
 */
export function readWorkerMessage(name: string, data: unknown, onProgress: (done: number) => void = () => {}): Promise<OpenOutcome> | null {
  const message = WorkerMessageSchema.safeParse(data);
  const refuse = (issues: readonly { path: PropertyKey[]; message: string }[]): Promise<OpenOutcome> =>
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
  const json = parseJsonText(name, m.text);
  if (!json.ok) return refuse([{ path: [], message: json.problem.message }]);
  const dataset = WorkerDatasetSchema.safeParse(json.value);
  if (!dataset.success) return refuse(dataset.error.issues);
  const { text, unresolvedPlaces } = m;
  return indexOwnedDataset(dataset.data).then((indexed) => ({ ok: true, dataset: indexed, text, unresolvedPlaces }));
}

export async function openBytes(input: OpenInput, onProgress: (done: number) => void = () => {}): Promise<OpenOutcome> {
  if (typeof Worker === 'undefined') {
    const result = await parseFile(new Uint8Array(input.bytes), input.name, { contentType: input.contentType, onProgress });
    return result.ok ? finish(input.name, result.raw, result.unresolvedPlaces) : { ok: false, problems: result.problems };
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<OpenOutcome>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const outcome = readWorkerMessage(input.name, event.data, onProgress);
        if (outcome) resolve(outcome);
      });
      worker.addEventListener('error', (event) =>
        resolve({ ok: false, problems: [{ file: input.name, code: 'unreadable', params: { reason: event.message || 'worker error' } }] }),
      );
      const request: ParseRequest = { type: 'parse', name: input.name, contentType: input.contentType ?? '', bytes: input.bytes };
      worker.postMessage(request, [input.bytes]);
    });
  } finally {
    worker.terminate();
  }
}
