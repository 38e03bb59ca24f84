// A large dataset the page fetched (`?data=`), checked in the import worker rather than on the page:
// parsing, checking and cross-checking 15,000 actors held the page for most of a second. The
// worker checks it as the page would (loadDataset), fetching the session notes beside it itself; the
// page then reads the checked dataset back and indexes it in slices (workerClient.ts). Its
// problems come back as the page's own loader would have said them.
import type { LoadResult } from '../data/load';
import { translator } from '../i18n/t';
import { describeMessage } from './describe';
import type { CheckRequest } from './protocol';
import { inWorker, type OpenOutcome } from './workerClient';

export async function checkInWorker(name: string, text: string, address: URL): Promise<LoadResult> {
  const request: CheckRequest = { type: 'check', name, text, address: address.href };
  return asCheckResult(await inWorker(name, request, [], () => {}));
}

/** The worker's outcome as the page's loader would have given it. */
export function asCheckResult(outcome: OpenOutcome): LoadResult {
  if (outcome.ok) return { ok: true, dataset: outcome.dataset };
  const t = translator('en');
  return {
    ok: false,
    problems: outcome.problems.map((p) =>
      p.code === 'schema'
        ? { file: p.file, path: String(p.params.path ?? ''), message: String(p.params.message ?? '') }
        : { file: p.file, path: '', message: describeMessage(p, t) },
    ),
  };
}
