// How wide a label will be, without a DOM: advance widths of DejaVu Sans Bold (the widest of the
// fonts our font stack resolves to on Linux), measured in Chromium at 1000px, in thousandths of an
// em. Other system fonts (Segoe UI, SF) are narrower, so the estimate errs on the safe side. The
// view and the label tests use this same function, so "no overlap" in a test means no overlap on screen.
const BOLD_WIDTHS: Readonly<Record<string, number>> = {
  ' ': 348,
  '!': 456,
  '"': 521,
  '#': 838,
  $: 696,
  '%': 1002,
  '&': 872,
  "'": 306,
  '(': 457,
  ')': 457,
  '*': 523,
  '+': 838,
  ',': 380,
  '-': 415,
  '.': 380,
  '/': 365,
  '0': 696,
  '1': 696,
  '2': 696,
  '3': 696,
  '4': 696,
  '5': 696,
  '6': 696,
  '7': 696,
  '8': 696,
  '9': 696,
  ':': 400,
  ';': 400,
  '<': 838,
  '=': 838,
  '>': 838,
  '?': 580,
  '@': 1000,
  A: 774,
  B: 762,
  C: 734,
  D: 830,
  E: 683,
  F: 683,
  G: 821,
  H: 837,
  I: 372,
  J: 372,
  K: 775,
  L: 637,
  M: 995,
  N: 837,
  O: 850,
  P: 733,
  Q: 850,
  R: 770,
  S: 720,
  T: 682,
  U: 812,
  V: 774,
  W: 1103,
  X: 771,
  Y: 724,
  Z: 725,
  '[': 457,
  '\\': 365,
  ']': 457,
  '^': 838,
  _: 500,
  '`': 500,
  a: 675,
  b: 716,
  c: 593,
  d: 716,
  e: 678,
  f: 435,
  g: 716,
  h: 712,
  i: 343,
  j: 343,
  k: 665,
  l: 343,
  m: 1042,
  n: 712,
  o: 687,
  p: 716,
  q: 716,
  r: 493,
  s: 595,
  t: 478,
  u: 712,
  v: 652,
  w: 924,
  x: 645,
  y: 652,
  z: 582,
  '{': 712,
  '|': 365,
  '}': 712,
  '~': 838,
  à: 675,
  â: 675,
  ä: 675,
  ç: 593,
  é: 678,
  è: 678,
  ê: 678,
  ë: 678,
  î: 343,
  ï: 343,
  ô: 687,
  ö: 687,
  ù: 712,
  û: 712,
  ü: 712,
  ÿ: 652,
  œ: 1094,
  æ: 1048,
  À: 774,
  Â: 774,
  Ç: 734,
  É: 683,
  È: 683,
  Ê: 683,
  Ë: 683,
  Î: 372,
  Ï: 372,
  Ô: 850,
  Ö: 850,
  Ù: 812,
  Û: 812,
  Ü: 812,
  Œ: 1167,
  Æ: 1085,
  '’': 380,
  '·': 380,
  '…': 1000,
  '–': 500,
  '—': 1000,
  '«': 646,
  '»': 646,
};

/** Width of a character we have no measure for: wider than most, to stay on the safe side. */
const FALLBACK = 800;
/** Safety margin for kerning and hinting differences between machines. */
const MARGIN = 1.04;

/** BOLD_WIDTHS by UTF-16 code unit, for the characters below TABLE_SIZE (0 for none): a lookup by
 * index instead of by string, and no string iterator, for the thousands of labels a large graph
 * measures. */
const TABLE_SIZE = 0x2100;
const WIDTH_AT = new Uint16Array(TABLE_SIZE);
for (const [char, width] of Object.entries(BOLD_WIDTHS)) {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < TABLE_SIZE) WIDTH_AT[code] = width;
}

/** Width of the character whose code unit is at `i` of `text`; a surrogate pair counts once. */
function unitsAt(text: string, i: number, code: number): number {
  const known = code < TABLE_SIZE ? WIDTH_AT[code]! : 0;
  if (known > 0) return known;
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
    const before = text.charCodeAt(i - 1);
    if (before >= 0xd800 && before <= 0xdbff) return 0; // the second half of a pair: counted with the first
  }
  return code >= TABLE_SIZE ? (BOLD_WIDTHS[String.fromCharCode(code)] ?? FALLBACK) : FALLBACK;
}

/** Width of `text` in thousandths of an em of the label font. */
export function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += unitsAt(text, i, text.charCodeAt(i));
  return units;
}

/** Width in px of `units` thousandths of an em at `fontSize`. */
const unitsToPx = (units: number, fontSize: number): number => Math.ceil((units / 1000) * fontSize * MARGIN);

/** Estimated width in px of `text` set in the label font (weight 600) at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return unitsToPx(textUnits(text), fontSize);
}

/** Distance between the baselines of two lines of a label. */
export const lineHeight = (fontSize: number): number => Math.round(fontSize * 1.15 * 10) / 10;

/** Estimated height in px of `lines` lines of label text (the box Chromium reports for SVG text). */
export const estimateTextHeight = (fontSize: number, lines = 1): number => Math.ceil(fontSize * 1.25 + (lines - 1) * lineHeight(fontSize));

/** splitLabel's running widths, kept from one label to the next. */
let scratch = new Float64Array(256);

/** A long label on two lines, broken at the space that makes the longer line shortest; words are
 * never cut. Short labels, and labels with no space, stay on one line. */
export function splitLabel(text: string, fontSize: number, maxWidth = fontSize * 9): string[] {
  // Units before each code unit of the text, so that each break is weighed without measuring again.
  if (scratch.length <= text.length) scratch = new Float64Array(2 * text.length + 1);
  const before = scratch;
  before[0] = 0;
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i]! + unitsAt(text, i, text.charCodeAt(i));
  const total = before[text.length]!;
  if (unitsToPx(total, fontSize) <= maxWidth) return [text];
  let best: string[] = [text];
  let bestWidth = unitsToPx(total, fontSize);
  let bestAt = -1;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const width = Math.max(unitsToPx(before[i]!, fontSize), unitsToPx(total - before[i + 1]!, fontSize));
    if (width < bestWidth) {
      bestAt = i;
      bestWidth = width;
    }
  }
  if (bestAt > 0) best = [text.slice(0, bestAt), text.slice(bestAt + 1)];
  return best;
}
