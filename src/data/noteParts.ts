// A session note has two parts, so that a reader never takes context for the workshop's words:
//   ## Programme   — only the programme's words (checked against the programme text by check-data)
//   ## Contexte    — (or "## Context") what others say, every sentence with a footnote [^label]
// and the footnote definitions `[^label]: Author, "Title", https://a.precise/page`.
// This module splits a note into those parts and finds the sentences that lack a footnote. Pure.

export interface NoteParts {
  /** Markdown of the programme part, without its heading; '' when absent. */
  readonly programme: string;
  /** Markdown of the context part (footnote definitions included), without its heading; '' when absent. */
  readonly context: string;
  /** True when the note uses the two headings; false for a free note (shown as it is). */
  readonly structured: boolean;
  /** Text outside both parts (other than blank lines), which a structured note must not have. */
  readonly outside: string;
}

export const PROGRAMME_HEADING = /^##\s+programme\s*$/i;
export const CONTEXT_HEADING = /^##\s+(contexte|context)\s*$/i;

export function splitNote(markdown: string): NoteParts {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const parts: Record<'outside' | 'programme' | 'context', string[]> = { outside: [], programme: [], context: [] };
  let current: keyof typeof parts = 'outside';
  let structured = false;
  for (const line of lines) {
    if (PROGRAMME_HEADING.test(line.trim())) {
      current = 'programme';
      structured = true;
    } else if (CONTEXT_HEADING.test(line.trim())) {
      current = 'context';
      structured = true;
    } else parts[current].push(line);
  }
  const join = (xs: string[]) => xs.join('\n').trim();
  return { programme: join(parts.programme), context: join(parts.context), structured, outside: join(parts.outside) };
}

/** English note beside the French one: sessions/01-x.md → sessions/01-x.en.md. */
export const englishNotePath = (notePath: string): string => notePath.replace(/\.md$/, '.en.md');

const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const FOOTNOTE_REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;

export interface FootnoteDefinition {
  readonly label: string;
  readonly text: string;
}

export interface ContextAnalysis {
  /** Sentences of the context's text that carry no footnote. */
  readonly unsourced: readonly string[];
  /** Footnote labels used in the text with no definition. */
  readonly undefinedLabels: readonly string[];
  readonly definitions: readonly FootnoteDefinition[];
}

/** Splits a block of prose into sentences; a footnote right after the full stop belongs to its sentence. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?…](?:\[\^[^\]\s]+\])*)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** Blocks of prose: paragraphs and list items, with Markdown markers removed. Headings are skipped. */
function proseBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim().replace(/^(?:>\s?)+/, '').trim();
    if (line === '' || /^#{1,6}\s/.test(line) || /^(-{3,}|\*{3,})$/.test(line)) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? '');
    } else current.push(line);
  }
  flush();
  return blocks;
}

export function analyseContext(context: string): ContextAnalysis {
  const definitions: FootnoteDefinition[] = [];
  const body: string[] = [];
  let inDefinition = false;
  for (const line of context.split('\n')) {
    const def = FOOTNOTE_DEFINITION.exec(line.trim());
    if (def) {
      definitions.push({ label: def[1] ?? '', text: def[2] ?? '' });
      inDefinition = true;
    } else if (inDefinition && /^\s{2,}\S/.test(line)) {
      const last = definitions.pop();
      if (last) definitions.push({ label: last.label, text: `${last.text} ${line.trim()}` });
    } else {
      inDefinition = false;
      body.push(line);
    }
  }
  const text = body.join('\n');
  const unsourced = proseBlocks(text)
    .flatMap(sentences)
    .filter((s) => !/\[\^[^\]\s]+\]/.test(s));
  const defined = new Set(definitions.map((d) => d.label));
  const undefinedLabels = [...new Set([...text.matchAll(FOOTNOTE_REFERENCE)].map((m) => m[1] ?? ''))].filter((l) => !defined.has(l));
  return { unsourced, undefinedLabels, definitions };
}

/** The paragraphs of a programme part, as plain text (blockquote markers and emphasis removed). */
export function programmePassages(programme: string): string[] {
  return proseBlocks(programme).map((p) => p.replace(/[*_`]/g, '').replace(/^[«"“]\s*|\s*[»"”]$/g, '').trim()).filter((p) => p !== '');
}

/** The http(s) addresses in a text. */
export const urlsIn = (text: string): string[] => [...text.matchAll(/https?:\/\/[^\s<>)\]]+/g)].map((m) => m[0].replace(/[.,;]+$/, ''));
