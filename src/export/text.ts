// Plain words for exported files: a localised text in the wanted language, or the other one when
// it is missing, and a relation's provenance as spreadsheet columns. Pure, no DOM.
import type { Localized, Provenance } from '../data/schema';
import { pickText } from '../data/text';

export type ExportLanguage = 'fr' | 'en';

/** The text in `lang`, else in the other language; '' when there is none. */
export const textIn = (text: Localized | undefined, lang: ExportLanguage): string => (text ? pickText(text, lang).text : '');

/** Provenance as flat columns: its type, an address, a quote, a note (the same in every format). */
export interface ProvenanceColumns {
  readonly type: string;
  readonly url: string;
  readonly quote: string;
  readonly note: string;
}

/**
 * Provenance in a spreadsheet's two columns, as the importer reads them back: Source holds an
 * address (source) or words naming where a claim comes from (the note of an unsourced or document
 * link); Citation holds the quoted words (programme, document) or the note of a sourced link.
 */
export function sourceAndCitation(provenance: Provenance, lang: ExportLanguage = 'fr'): { source: string; citation: string } {
  const p = provenanceColumns(provenance, lang);
  switch (p.type) {
    case 'source':
      return { source: p.url, citation: p.note };
    case 'programme':
      return { source: '', citation: p.quote };
    case 'document':
      return { source: p.note, citation: p.quote };
    default:
      return { source: p.note, citation: '' };
  }
}

export function provenanceColumns(provenance: Provenance, lang: ExportLanguage = 'fr'): ProvenanceColumns {
  const p: { type: string; url?: string; quote?: string; note?: Localized } = provenance;
  return { type: p.type, url: p.url ?? '', quote: p.quote ?? '', note: textIn(p.note, lang) };
}
