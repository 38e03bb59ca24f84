// Opens a file for the page: parsing goes to the import worker (the page keeps answering, with a
// progress bar); where no Worker exists (tests in jsdom) it runs here. Either way the dataset is
// validated by the loader on this side before anything is shown.
import { validateDataset } from '../data/load';
import type { Dataset } from '../data/dataset';
import { parseFile } from './parseFile';
import { noNotes } from './kept';
import type { ImportProblem } from './problem';
import { WorkerMessageSchema, type ParseRequest } from './protocol';
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

export async function openBytes(input: OpenInput, onProgress: (done: number) => void = () => {}): Promise<OpenOutcome> {
  if (typeof Worker === 'undefined') {
    const result = await parseFile(new Uint8Array(input.bytes), input.name, { contentType: input.contentType, onProgress });
    return result.ok ? finish(input.name, result.raw, result.unresolvedPlaces) : { ok: false, problems: result.problems };
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<OpenOutcome>((resolve) => {
      worker.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = WorkerMessageSchema.safeParse(event.data);
        if (!message.success) return;
        const m = message.data;
        if (m.type === 'progress') onProgress(m.done);
        else if (m.ok) resolve(finish(input.name, m.raw, m.unresolvedPlaces));
        else resolve({ ok: false, problems: m.problems });
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
