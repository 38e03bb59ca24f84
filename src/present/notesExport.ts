// Facilitator notes ⇄ one Markdown file, pure. Each note is a `## <label> {#<key>}` section; the
// label is for people and ignored on import, the key (an id) is what import trusts, so the file
// reads well and comes back exactly. A line of a note that could pass for such a heading is
// escaped with one more leading backslash, and unescaped on import.
import type { Dataset } from '../data/dataset';
import { localize, translator, type Language, type MessageKey } from '../i18n/t';
import { MAX_IMPORTED_NOTES, NOTE_MAX_CHARS, NoteKeySchema, parseNoteKey } from './noteKey';

export const NOTES_MARKER = '<!-- maillage-notes v1 -->';
export const MAX_NOTES_FILE = 2_000_000;

const HEADING_LIKE = /^\\*## .*\{#/;
const HEADING = /^## (.*?)\s*\{#([^{}\s]*)\}\s*$/;
const ESCAPED = /^\\+## .*\{#/;
const MARKER = /^<!--\s*maillage-notes\s+v(\d+)\s*-->\s*$/;

export type Notes = ReadonlyMap<string, string>;

/** Outer blank lines are not part of a note (a file cannot keep them apart from the layout). */
export const normalizeNote = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/(?:\n[ \t]*)+$/, '')
    .replace(/^[ \t]+$/, '');

const escapeBody = (text: string) =>
  text
    .split('\n')
    .map((line) => (HEADING_LIKE.test(line) ? `\\${line}` : line))
    .join('\n');

/** Order: sessions in programme order, actors in data order, then anything else, then recovered. */
function orderedKeys(d: Dataset, notes: Notes): string[] {
  const rank = new Map<string, number>();
  d.programme.forEach((s, i) => rank.set(`session:${s.id}`, i));
  d.actors.forEach((a, i) => rank.set(`actor:${a.id}`, 1000 + i));
  const rankOf = (k: string) => rank.get(k) ?? (k.startsWith('recovered:') ? 1e7 : 1e6);
  return [...notes.keys()].sort((a, b) => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function headingLabel(d: Dataset, key: string, lang: Language): string {
  const t = translator(lang);
  const parsed = parseNoteKey(key);
  if (parsed?.kind === 'session') {
    const i = d.programme.findIndex((s) => s.id === parsed.id);
    const s = d.programme[i];
    return s ? t('presenter.notesFile.session', { n: i + 1, title: localize(s.title, lang) }) : t('presenter.notesFile.unknown', { id: parsed.id });
  }
  if (parsed?.kind === 'actor') {
    const a = d.actorById.get(parsed.id);
    return a ? t('presenter.notesFile.actor', { name: localize(a.name, lang) }) : t('presenter.notesFile.unknown', { id: parsed.id });
  }
  return t('presenter.notesFile.recovered');
}

export function exportNotes(d: Dataset, notes: Notes, lang: Language): string {
  const t = translator(lang);
  const parts = [NOTES_MARKER, `# ${t('presenter.notesFile.title', { event: localize(d.event.title, lang) })}`];
  for (const key of orderedKeys(d, notes)) {
    const text = normalizeNote(notes.get(key) ?? '');
    if (!text || !NoteKeySchema.safeParse(key).success) continue;
    const label = headingLabel(d, key, lang).replace(/[{}\n]/g, ' ');
    parts.push(`## ${label} {#${key}}`, escapeBody(text));
  }
  return `${parts.join('\n\n')}\n`;
}

export interface NotesProblem {
  /** 1-based line in the file, or null for the file as a whole. */
  readonly line: number | null;
  /** An error stops the import; a warning is said and the note imported all the same. */
  readonly severity: 'error' | 'warning';
  readonly message: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ImportResult =
  | { readonly ok: true; readonly notes: Map<string, string>; readonly warnings: readonly NotesProblem[] }
  | { readonly ok: false; readonly problems: readonly NotesProblem[] };

const err = (line: number | null, message: MessageKey, params?: Record<string, string | number>): NotesProblem => ({
  line,
  severity: 'error',
  message,
  ...(params && { params }),
});

export function importNotes(d: Dataset, fileText: string): ImportResult {
  if (fileText.length > MAX_NOTES_FILE) return { ok: false, problems: [err(null, 'presenter.import.tooLarge', { max: '2 MB' })] };
  if (fileText.includes('\u0000')) return { ok: false, problems: [err(null, 'presenter.import.notText')] };
  const lines = fileText
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const problems: NotesProblem[] = [];
  const notes = new Map<string, string>();
  const firstLine = new Map<string, number>();
  let current: { key: string; line: number; body: string[] } | null = null;
  let preamble = true;

  const close = () => {
    if (!current) return;
    const text = normalizeNote(current.body.join('\n'));
    if (text.length > NOTE_MAX_CHARS)
      problems.push(err(current.line, 'presenter.import.noteTooLong', { key: current.key, max: NOTE_MAX_CHARS.toLocaleString('fr') }));
    else if (text) notes.set(current.key, text);
    current = null;
  };

  let headings = 0;
  for (const [i, line] of lines.entries()) {
    const n = i + 1;
    const heading = HEADING.exec(line);
    if (heading || (HEADING_LIKE.test(line) && !ESCAPED.test(line))) {
      // A file with thousands of notes is not a workshop's: refuse it at once, in one line.
      if (++headings > MAX_IMPORTED_NOTES) {
        return { ok: false, problems: [err(null, 'presenter.import.tooMany', { max: MAX_IMPORTED_NOTES.toLocaleString('fr') })] };
      }
      close();
      preamble = false;
      const key = heading?.[2];
      if (key === undefined) {
        problems.push(err(n, 'presenter.import.badHeading'));
        continue;
      }
      if (!NoteKeySchema.safeParse(key).success) {
        problems.push(err(n, 'presenter.import.badKey', { key }));
        continue;
      }
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        problems.push(err(n, 'presenter.import.duplicate', { key, first: seen }));
        continue;
      }
      firstLine.set(key, n);
      const parsed = parseNoteKey(key);
      if (parsed?.kind === 'session' && !d.sessionById.has(parsed.id))
        problems.push({ line: n, severity: 'warning', message: 'presenter.import.unknownSession', params: { id: parsed.id } });
      if (parsed?.kind === 'actor' && !d.actorById.has(parsed.id))
        problems.push({ line: n, severity: 'warning', message: 'presenter.import.unknownActor', params: { id: parsed.id } });
      current = { key, line: n, body: [] };
      continue;
    }
    if (current) {
      (current as { body: string[] }).body.push(ESCAPED.test(line) ? line.slice(1) : line);
      continue;
    }
    if (!preamble || line.trim() === '') continue;
    const marker = MARKER.exec(line.trim());
    if (marker) {
      if (marker[1] !== '1') problems.push(err(n, 'presenter.import.version', { version: marker[1] ?? '?' }));
      continue;
    }
    if (/^# /.test(line)) continue;
    problems.push(err(n, 'presenter.import.outside', { text: line.trim().slice(0, 40) }));
  }
  close();

  if (firstLine.size === 0 && problems.length === 0) problems.push(err(null, 'presenter.import.noNotes'));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, notes, warnings: problems };
}

/** A problem in words, in the visitor's language. */
export function describeProblem(p: NotesProblem, lang: Language): string {
  const t = translator(lang);
  const text = t(p.message, p.params);
  return p.line === null ? text : t('presenter.import.atLine', { line: p.line, text });
}
