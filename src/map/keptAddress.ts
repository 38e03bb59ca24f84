// The places' and arcs' addresses (placeAddress.ts, arcLines.ts) are long: at 15,000 actors the arcs'
// is half a megabyte of text. Held as a source's data, MapLibre's style and the map kept it in the
// page's heap for as long as the map lived. Instead the source is given a short address that names
// it, `maillage-arcs://kept/7`; the text itself is kept out of the page's heap (keptTexts.ts, in a
// Blob) and MapLibre's worker fetches it when it loads the source (overlayProtocol.worker.ts),
// through `maillage-text://7`, which the page answers. A style made again, or a source loaded
// again, fetches it again. No DOM, no MapLibre: this module runs inside MapLibre's worker too.

/** The protocol by which MapLibre's worker asks the page for a kept address's text. */
export const TEXT_PROTOCOL = 'maillage-text';

const KEPT = /^(maillage-arcs|maillage-places):\/\/kept\/(\d{1,15})$/;

/** The short address naming text number `n`, kept for a protocol (the arcs' or the places'). */
export const keptAddress = (protocol: string, n: number): string => `${protocol}://kept/${n}`;

/** The number a short address names, or null for any other address (a long one, given whole). */
export function keptNumber(address: string): number | null {
  const match = KEPT.exec(address);
  return match ? Number(match[2]) : null;
}

/** The address by which the worker asks the page for text number `n`. */
export const textAddress = (n: number): string => `${TEXT_PROTOCOL}://${n}`;

/** The number in a text address, or null. */
export function textNumber(address: string): number | null {
  const match = /^maillage-text:\/\/(\d{1,15})$/.exec(address);
  return match ? Number(match[1]) : null;
}
