// Whether this browser can draw the map: MapLibre 6 needs WebGL 2.
import { probeWebGL2 } from './webglProbe';

/** The check on the main thread: a context (let go at once) and a tiny shader program. */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    return probeWebGL2(doc.createElement('canvas'));
  } catch {
    return false;
  }
}

/** What the check needs of a Worker (a test passes a fake). */
export interface ProbeWorker {
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

const probeWorker = (): ProbeWorker | null =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./webgl.worker.ts', import.meta.url), { type: 'module' });

/**
 * The check, made in a worker so that the page does not freeze while the GPU's GL starts (see
 * webgl.worker.ts). Only the worker's yes is taken: a no may mean only that this browser has no
 * WebGL in workers (OffscreenCanvas), so then, or when the worker cannot run, the page checks
 * itself.
 */
export function webGL2Available(makeWorker: () => ProbeWorker | null = probeWorker, inPage: () => boolean = hasWebGL2): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: ProbeWorker | null = null;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      resolve(inPage());
      return;
    }
    const w = worker;
    let answered = false;
    const answer = (yes: boolean) => {
      if (answered) return;
      answered = true;
      w.terminate();
      resolve(yes || inPage());
    };
    w.addEventListener('message', (event) => {
      const data = (event as MessageEvent<unknown>).data;
      answer(typeof data === 'object' && data !== null && 'ok' in data && data.ok === true);
    });
    w.addEventListener('error', () => answer(false));
  });
}
