// Plain words for exported files: a localised text in the wanted language, or the other one when
// it is missing, and a relation's provenance as spreadsheet columns. Pure, no DOM.
import type { Localized, Provenance } from '../data/schema';

export type ExportLanguage = 'fr' | 'en';

/** The text in `lang`, else in the other language. // pickText (src/data/text.ts) once it lands. */
export function textIn(text: Localized | undefined, lang: ExportLanguage): string {
  if (!text) return '';
  const first = lang === 'fr' ? text.fr : text.en;
  const other = lang === 'fr' ? text.en : text.fr;
  return (first ?? '').trim() !== '' ? (first ?? '') : (other ?? '');
}

/** Provenance as flat columns: its type, an address, a quote, a note (the same in every format). */
export interface ProvenanceColumns {
  readonly type: string;
  readonly url: string;
  readonly quote: string;
  readonly note: string;
}

export function provenanceColumns(provenance: Provenance, lang: ExportLanguage = 'fr'): ProvenanceColumns {
  const p: { type: string; url?: string; quote?: string; note?: Localized } = provenance;
  return { type: p.type, url: p.url ?? '', quote: p.quote ?? '', note: textIn(p.note, lang) };
}
