// Runs inside MapLibre's own worker (view.ts imports it there with importScriptInWorkers): the map's
// arcs source asks for `maillage-arcs://…`, and this makes the arcs and their great circles where
// MapLibre then cuts them into tiles, so that no line of them is made on the page or sent from it.
// The page registers the same protocol as a fallback (view.ts): if this script is not in the
// worker, MapLibre asks the page instead, and the arcs are the same.
import { ARC_PROTOCOL, arcsFromAddress } from './arcLines';

interface MapLibreWorkerScope {
  addProtocol?: (name: string, load: (request: { url: string }) => Promise<{ data: unknown }>) => void;
}

const scope = self as unknown as MapLibreWorkerScope;
if (typeof scope.addProtocol !== 'function') throw new Error('Maillage: this script runs in MapLibre’s worker only.');
scope.addProtocol(ARC_PROTOCOL, (request) => Promise.resolve({ data: arcsFromAddress(request.url) }));
