// The import worker: reads and checks a file, or checks again a dataset kept in this browser, away
// from the page, saying how far it has got (answer.ts).
import { answerRequest } from './answer';
import { WorkerRequestSchema, type WorkerMessage } from './protocol';

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  // A request not of the protocol is answered, not dropped: the page would wait for ever.
  if (!request.success) {
    const name = (event.data as { name?: unknown } | null)?.name;
    return post({
      type: 'done',
      ok: false,
      problems: [
        {
          file: typeof name === 'string' && name ? name.slice(0, 200) : 'request',
          code: 'unreadable',
          params: { reason: request.error.issues[0]?.message ?? 'not a request' },
        },
      ],
    });
  }
  void answerRequest(request.data, post);
});
