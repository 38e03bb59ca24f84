// The import worker: reads and checks a file, or checks again a dataset kept in this browser, away
// from the page, saying how far it has got (answer.ts).
import { answerRequest } from './answer';
import { WorkerRequestSchema, type WorkerMessage } from './protocol';

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  if (!request.success) return;
  void answerRequest(request.data, post);
});
