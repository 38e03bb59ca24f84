// The programme's own text, as scanned, and its OCR corrections as data: each wrong → right with the
// lines where it occurs. Quotes in the dataset are looked up in the corrected, normalised text;
// when one is missing, the nearest passage and its edit distance say what went wrong. Pure.
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { built, lazySchema } from './lazySchema';

export const CorrectionSchema = lazySchema(() =>
  z.strictObject({
    /** The text as the OCR read it. */
    wrong: z.string().min(1, 'must not be empty'),
    /** What the programme says. */
    right: z.string(),
    /** 1-based lines of programme.txt where `wrong` occurs and is corrected (only there). */
    lines: z.array(z.number().int().positive()).min(1, 'say on which lines the error occurs'),
    note: z.string().optional(),
  }),
);
export const CorrectionsSchema = lazySchema(() => z.array(built(CorrectionSchema)));
export type Correction = z.infer<typeof CorrectionSchema>;

/** Applies each correction on the lines it names; says which corrections did not match there. */
export function applyCorrections(raw: string, corrections: readonly Correction[]): { text: string; unmatched: string[] } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const unmatched: string[] = [];
  corrections.forEach((c, i) => {
    for (const n of c.lines) {
      const line = lines[n - 1];
      if (line === undefined || !line.includes(c.wrong)) {
        unmatched.push(`[${i}] "${c.wrong}" is not on line ${n}`);
        continue;
      }
      lines[n - 1] = line.split(c.wrong).join(c.right);
    }
  });
  return { text: lines.join('\n'), unmatched };
}

/**
 * One spelling for comparison: typographic apostrophes and quotes made plain, "…" as "...",
 * words split by an end-of-line hyphen joined ("internation-\n\nal" → "international"), every
 * run of white space (line breaks included) made one space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/(\p{L})-[ \t]*\n\s*(\p{L})/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The programme as the dataset quotes it: corrected, then normalised. */
export const correctedProgramme = (raw: string, corrections: readonly Correction[]): string =>
  normalise(applyCorrections(raw, corrections).text);

/** A quote may leave words out with "[…]" (or "[...]"); its parts must appear in order. */
export const quoteParts = (quote: string): string[] =>
  quote
    .split(/\[(?:…|\.\.\.)\]/)
    .map((p) => normalise(p))
    .filter((p) => p !== '');

export type QuoteResult = { found: true } | { found: false; part: string; nearest: string; distance: number };

/**
 * The passage of `text` nearest to `needle`, and how far it is: a sliding window of the needle's
 * length finds where it is, then the passage is fitted to whole words (its start and end moved
 * word by word, its length free within half the needle's) so that it reads as the programme does.
 */
export function nearestPassage(text: string, needle: string): { passage: string; distance: number } {
  const n = needle.length;
  if (text.length <= n) return { passage: text, distance: distance(text, needle) };
  let best = { at: 0, d: Number.POSITIVE_INFINITY };
  for (let at = 0; at + n <= text.length; at++) {
    const d = distance(text.slice(at, at + n), needle);
    if (d < best.d) best = { at, d };
    if (d === 0) break;
  }
  const half = Math.ceil(n / 2);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = Math.max(0, best.at - half); i <= Math.min(text.length, best.at + n + half); i++) {
    if (i === 0 || (text[i - 1] === ' ' && text[i] !== ' ')) starts.push(i);
    if (i === text.length || (/[ .,;:!?»)]/.test(text[i] ?? '') && /[^ ]/.test(text[i - 1] ?? ' '))) ends.push(i);
  }
  let fit = { start: best.at, end: best.at + n, d: Number.POSITIVE_INFINITY };
  for (const start of starts) {
    for (const end of ends) {
      if (end - start < n - half || end - start > n + half) continue;
      const d = distance(text.slice(start, end), needle);
      if (d < fit.d) fit = { start, end, d };
    }
  }
  return { passage: text.slice(fit.start, fit.end), distance: Number.isFinite(fit.d) ? fit.d : best.d };
}

export function findQuote(text: string, quote: string): QuoteResult {
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = text.indexOf(part, from);
    if (at < 0) {
      const near = nearestPassage(text, part);
      return { found: false, part, nearest: near.passage, distance: near.distance };
    }
    from = at + part.length;
  }
  return { found: true };
}
