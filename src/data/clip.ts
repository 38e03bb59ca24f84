// Shortens what a message echoes back from input, so a 2 MB value or a 100 kB id gives a line a
// person can read, not a line the page chokes on.
export const ECHO_MAX = 120;
export const LINE_MAX = 600;

/** `text` cut to at most `max` characters, marked with an ellipsis and the length it had. */
export function clip(text: string, max: number = ECHO_MAX): string {
  if (text.length <= max) return text;
  const kept = text.slice(0, Math.max(1, max - 24));
  return `${kept}… (${text.length.toLocaleString('en')} characters)`;
}
