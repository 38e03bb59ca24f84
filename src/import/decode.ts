// Bytes of a text file → text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
// Windows-1252, which is what French Excel writes for "CSV (séparateur : point-virgule)".

export interface Decoded {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
}

// Windows-1252's 0x80–0x9F block (’ “ ” – — œ € …). Browsers decode it per the WHATWG table; some
// Node builds hand these bytes back as C1 control characters, so they are mapped here too.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    // TextDecoder strips a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}
