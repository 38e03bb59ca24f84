// The layout's Web Worker: d3-force off the main thread. All its logic is in layoutHandler.ts.
import { createLayoutHandler } from './layoutHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createLayoutHandler({ post: (reply, transfer) => scope.postMessage(reply, transfer) });
scope.addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
