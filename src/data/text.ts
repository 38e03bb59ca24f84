// Data text in one language or both. A text missing in the language shown falls back to the one the
// dataset gives, and says so (`fallback`, `lang`) so the DOM can mark it with its `lang` attribute:
// a screen reader then reads a French name in French inside an English page.
import type { Localized } from './schema';

export type TextLanguage = 'fr' | 'en';

export interface PickedText {
  readonly text: string;
  /** The language the text is written in. */
  readonly lang: TextLanguage;
  /** True when the text is not in the language asked for. */
  readonly fallback: boolean;
}

const other = (lang: TextLanguage): TextLanguage => (lang === 'fr' ? 'en' : 'fr');

/** The text in `lang`, else in the other language (a Localized always has one of them). */
export function pickText(text: Localized, lang: TextLanguage): PickedText {
  const wanted = text[lang];
  if (wanted !== undefined && wanted !== '') return { text: wanted, lang, fallback: false };
  const fallbackLang = other(lang);
  return { text: text[fallbackLang] ?? '', lang: fallbackLang, fallback: true };
}

/** An actor's short label in `lang`: a plain string is the same in both languages (an acronym),
 * a Localized one is picked like any text. Undefined when the actor has none. */
export function pickShortName(short: string | Localized | undefined, lang: TextLanguage): PickedText | undefined {
  if (short === undefined) return undefined;
  if (typeof short === 'string') return { text: short, lang, fallback: false };
  return pickText(short, lang);
}
