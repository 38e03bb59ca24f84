// Answers, from a worker, whether WebGL 2 works here: it makes a context on an OffscreenCanvas and
// links a tiny shader program, then says { ok } and closes. The first WebGL context of a page
// starts the GPU process's GL, and the first shader compiled starts its shader compiler: with a
// software renderer (SwiftShader) that is 200–400 ms in which a check on the main thread froze
// the page. Done here, the page stays responsive, and the map's own context and shaders, made
// next, find both started.
import { probeWebGL2 } from './webglProbe';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.postMessage({ ok: typeof OffscreenCanvas === 'function' && probeWebGL2(new OffscreenCanvas(1, 1)) });
scope.close();
