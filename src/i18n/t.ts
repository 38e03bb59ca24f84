// Translation: one function per language, and localised data text with a French fallback.
import { en } from './en';
import { fr, type MessageKey } from './fr';
import type { Localized } from '../data/schema';
import { pickText } from '../data/text';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const tables: Record<Language, Record<MessageKey, string>> = { fr, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Language): Translate {
  const table = tables[lang];
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** Data text in the chosen language, else in the other one, as a plain string (for attributes,
 * search and canvas text). In the DOM, use src/data/text.ts pickText and mark a fallback's lang. */
export const localize = (text: Localized, lang: Language): string => pickText(text, lang).text;
