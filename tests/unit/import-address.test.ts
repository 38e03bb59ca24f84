import { describe, expect, it } from 'vitest';
import { datasetUrlFrom } from '../../src/data/remote';
import { WorkerRequestSchema } from '../../src/import/protocol';

describe('a dataset address the page accepts is one the worker accepts', () => {
  it.each([
    ['a long ASCII path', `données/${'a'.repeat(1900)}.json`],
    ['non-ASCII name (percent-encoded ×6)', `data/${'é'.repeat(400)}.json`],
  ])('%s', (_, raw) => {
    const url = datasetUrlFrom(`?data=${encodeURIComponent(raw)}`, 'https://maillage.example/app/index.html');
    if (url === null || 'error' in url) throw new Error(`refused by the page: ${JSON.stringify(url)}`);
    const request = { type: 'check', name: url.pathname.split('/').pop(), text: '{}', address: url.href };
    // worker.ts drops a request that fails this, and inWorker then waits forever.
    expect(WorkerRequestSchema.safeParse(request).success).toBe(true);
  });
});
