// The import worker: reads and checks a file away from the page, saying how far it has got.
import { parseFile } from './parseFile';
import { ParseRequestSchema, type WorkerMessage } from './protocol';
import { replyOf } from './reply';

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ParseRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { name, contentType, bytes } = request.data;
  let last = 0;
  void parseFile(new Uint8Array(bytes), name, {
    contentType,
    onProgress: (done) => {
      if (done - last >= 0.02 || done === 1) {
        last = done;
        post({ type: 'progress', done });
      }
    },
  }).then(
    (result) =>
      post(
        result.ok
          ? { type: 'done', ok: true, ...replyOf(result), unresolvedPlaces: [...result.unresolvedPlaces] }
          : { type: 'done', ok: false, problems: [...result.problems] },
      ),
    (error: unknown) => post({ type: 'done', ok: false, problems: [{ file: name, code: 'unreadable', params: { reason: String(error) } }] }),
  );
});
