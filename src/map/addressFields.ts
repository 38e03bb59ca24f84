// Pure: reading the fields of the map's addresses (placeAddress.ts, arcLines.ts), each checked: a
// field that is not what it should be throws a clear error naming the address and the row.
// No DOM, no MapLibre: runs inside MapLibre's worker too.

export function addressFields(what: string) {
  const bad = (where: string): never => {
    throw new Error(`Maillage: the ${what}' address is malformed (${where}).`);
  };
  /** A finite number. */
  const finite = (text: string | undefined, where: string): number => {
    const x = text === undefined || text === '' ? NaN : Number(text);
    return Number.isFinite(x) ? x : bad(where);
  };
  /** A whole number from 0 to below `below`. */
  const whole = (text: string | undefined, where: string, below = Number.MAX_SAFE_INTEGER): number => {
    const x = finite(text, where);
    return Number.isInteger(x) && x >= 0 && x < below ? x : bad(where);
  };
  /** Percent-encoded text. */
  const decoded = (text: string | undefined, where: string): string => {
    try {
      return decodeURIComponent(text ?? bad(where));
    } catch {
      return bad(where);
    }
  };
  return { bad, finite, whole, decoded };
}

/** Text percent-encoded for an address. A lone UTF-16 surrogate (half an emoji, cut by some tool)
 * cannot be encoded: it becomes U+FFFD, as a browser shows it. */
export const encodedText = (text: string): string => encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
