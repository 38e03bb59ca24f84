// Runs inside MapLibre's own worker (view.ts imports it there with importScriptInWorkers): the map's
// sources ask for `maillage-places://…` and `maillage-arcs://…`, and this makes the places, the
// arcs and their great circles where MapLibre then cuts them into tiles, so that no feature is made
// on the page or sent from it. The page registers the same protocols as a fallback (view.ts): if
// this script is not in the worker, MapLibre asks the page instead, and the features are the same.
import { ARC_PROTOCOL, arcsFromAddress } from './arcLines';
import { PLACE_PROTOCOL, placesFromAddress } from './placeAddress';
import { keptNumber, textAddress } from './keptAddress';

type Handler = (mapId: string, params: unknown, abort?: AbortController) => Promise<unknown>;
interface MapLibreWorkerScope {
  addProtocol?: (name: string, load: (request: { url: string }, abort: AbortController) => Promise<{ data: unknown }>) => void;
  makeRequest?: (request: { url: string; type?: string }, abort: AbortController) => Promise<{ data?: unknown }>;
  worker?: { actor?: { messageHandlers?: Record<string, Handler | undefined>; registerMessageHandler?: (type: string, handler: Handler) => void } };
}

const scope = self as unknown as MapLibreWorkerScope;
if (typeof scope.addProtocol !== 'function') throw new Error('Maillage: this script runs in MapLibre’s worker only.');
scope.addProtocol(ARC_PROTOCOL, async (request, abort) => ({ data: arcsFromAddress(await fullAddress(request.url, abort)) }));
scope.addProtocol(PLACE_PROTOCOL, async (request, abort) => ({ data: placesFromAddress(await fullAddress(request.url, abort)) }));

/** The long address a source's address stands for: itself, or the text a short one names
 * (keptAddress.ts), asked of the page through MapLibre's own request (`makeRequest`, which sends
 * an address of a protocol the worker does not know to the page). */
async function fullAddress(address: string, abort: AbortController | undefined): Promise<string> {
  const n = keptNumber(address);
  if (n === null) return address;
  if (typeof scope.makeRequest !== 'function') throw new Error('Maillage: MapLibre’s worker cannot ask the page for the map’s data.');
  const { data } = await scope.makeRequest({ url: textAddress(n), type: 'string' }, abort ?? new AbortController());
  if (typeof data !== 'string') throw new Error(`Maillage: the page did not send the text of ${address}.`);
  return data;
}

// MapLibre sends the data of a source loaded from an address back to the page when loaded (for
// its getData()), which the map never calls: at 15,000 actors the arcs coming back cost the page
// most of a second of reading them, and the embedded basemap's countries, kept there, 1.5 MB of
// the page's heap. The answer to a load from an address goes back without them. This uses
// MapLibre's worker internals ('LD' is its loadData message), so it is guarded: should they
// change, the arcs still load, and come back as before.
const LOAD_DATA = 'LD';
const actor = scope.worker?.actor;
const load = actor?.messageHandlers?.[LOAD_DATA];
if (actor && typeof load === 'function' && typeof actor.registerMessageHandler === 'function') {
  actor.registerMessageHandler(LOAD_DATA, async (mapId, params, abort) => {
    const answer = await load(mapId, params, abort);
    if (loadsAnAddress(params) && answer && typeof answer === 'object' && 'data' in answer) delete (answer as { data?: unknown }).data;
    return answer;
  });
}

/** A source's data read from an address (ours, or the basemap's file), not given as data. */
function loadsAnAddress(params: unknown): boolean {
  const url = (params as { request?: { url?: unknown } } | null)?.request?.url;
  return typeof url === 'string';
}
