// The page's side of keptAddress.ts: the long addresses, kept as Blobs (whose bytes are not in the
// page's JavaScript heap), by number, the last few of each protocol, and read back when MapLibre's
// worker asks for one. A map loads the latest; a few earlier ones are kept for loads still on
// their way.
import { keptAddress, keptNumber, textNumber } from './keptAddress';

/** Texts kept per protocol: the one in use, and earlier ones a load may still ask for. */
const KEPT_PER_PROTOCOL = 4;

const texts = new Map<number, Blob>();
const byProtocol = new Map<string, number[]>();
let made = 0;

/** Keeps a long address and returns the short one that names it. */
export function keep(address: string): string {
  const protocol = address.slice(0, Math.max(0, address.indexOf('://')));
  const n = ++made;
  texts.set(n, new Blob([address], { type: 'text/plain' }));
  const numbers = byProtocol.get(protocol) ?? [];
  numbers.push(n);
  while (numbers.length > KEPT_PER_PROTOCOL) texts.delete(numbers.shift() ?? 0);
  byProtocol.set(protocol, numbers);
  return keptAddress(protocol, n);
}

/** The long address a short one names (an address not kept is returned as it is); throws when it
 * is no longer kept. */
export async function fullAddress(address: string): Promise<string> {
  const n = keptNumber(address);
  return n === null ? address : keptText(n);
}

/** The text asked for by a `maillage-text://n` address. */
export const textFor = (address: string): Promise<string> => keptText(textNumber(address) ?? -1);

async function keptText(n: number): Promise<string> {
  const blob = texts.get(n);
  if (!blob) throw new Error(`Map: the places or arcs numbered ${n} are no longer kept.`);
  return blob.text();
}
