// Data text in the DOM: in the language shown, or, when the dataset gives only the other language,
// in that one and marked with its `lang` so that screen readers switch voice (no silent mix).
import type { Localized } from '../data/schema';
import { pickText, type PickedText, type TextLanguage } from '../data/text';
import type { Translate } from '../i18n/t';
import { el, type Child } from './dom';

/** A text node, or a `<span lang>` when the text is a fallback. */
export function pickedNode(picked: PickedText): Child {
  if (!picked.fallback) return picked.text;
  const span = document.createElement('span');
  span.lang = picked.lang;
  span.textContent = picked.text;
  return span;
}

/** A visible "(in French)" / "(en anglais)" after a text shown in the other language, in the
 * page's language; null when the text is in the page's language. */
export function languageNote(picked: PickedText, t: Translate): Child {
  if (!picked.fallback) return null;
  return el('span', { class: 'muted text-language' }, ' ', t(picked.lang === 'fr' ? 'notes.inFrench' : 'text.inEnglish'));
}

/** The text of `text` in `lang`, as a child for `el()`. */
export const localized = (text: Localized, lang: TextLanguage): Child => pickedNode(pickText(text, lang));

/** Sets an element's text, and its `lang` when the text is a fallback (removed otherwise). */
export function setPickedText(element: HTMLElement, picked: PickedText): void {
  element.textContent = picked.text;
  if (picked.fallback) element.lang = picked.lang;
  else element.removeAttribute('lang');
}

/** Sets an element's text from a Localized. */
export const setLocalizedText = (element: HTMLElement, text: Localized, lang: TextLanguage): void => setPickedText(element, pickText(text, lang));
