// A User Timing mark (visible in the browser's performance tools) for the moment a dataset is
// parsed and checked and its views start: what "first drawing after the data is parsed" counts
// from (`npm run bench`).
export const DATASET_READY_MARK = 'maillage:dataset-ready';

export function markDatasetReady(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(DATASET_READY_MARK);
}

/** The moment the import worker's reply reaches the page: from it to DATASET_READY_MARK is the
 * page's reading and indexing of a large dataset (a trace shows both marks). */
export const REPLY_RECEIVED_MARK = 'maillage:reply-received';

export function markReplyReceived(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(REPLY_RECEIVED_MARK);
}
