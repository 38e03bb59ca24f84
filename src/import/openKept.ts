// A dataset kept in this browser ("My data") opened again: validated in the import worker, as a
// file is, and indexed on the page in slices, so that a big one holds no long task. Where no
// Worker exists (jsdom), it is checked here. Light: no file reader comes with it.
import { loadKeptText } from './kept';
import type { LoadKeptRequest } from './protocol';
import { inWorker, schemaProblems, type OpenOutcome } from './workerClient';

export { asLoadResult } from './workerClient';

export async function openKeptText(name: string, text: string): Promise<OpenOutcome> {
  if (typeof Worker === 'undefined') {
    const result = loadKeptText(text, name);
    return result.ok ? { ok: true, dataset: result.dataset, text, unresolvedPlaces: [] } : { ok: false, problems: schemaProblems(result.problems) };
  }
  const request: LoadKeptRequest = { type: 'load', name, text };
  return inWorker(name, request, [], () => {});
}
