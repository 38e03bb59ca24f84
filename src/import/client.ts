// Opens a file for the page: parsing goes to the import worker (the page keeps answering, with a
// progress bar); where no Worker exists (tests in jsdom) it runs here. The worker validates the
// dataset in full; its reply is checked with zod (protocol.ts) and indexed here in slices
// (workerClient.ts).
import { validateDataset } from '../data/load';
import { parseFile } from './parseFile';
import { noNotes } from './kept';
import type { ParseRequest } from './protocol';
import type { UnresolvedPlace } from './types';
import { inWorker, schemaProblems, type OpenOutcome } from './workerClient';

export { asLoadResult, readWorkerMessage, type OpenOutcome } from './workerClient';

export interface OpenInput {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  readonly contentType?: string;
}

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
  const request: ParseRequest = { type: 'parse', name: input.name, contentType: input.contentType ?? '', bytes: input.bytes };
  return inWorker(input.name, request, [input.bytes], onProgress);
}
