// The editor's checks that check-data runs on top of validation: every claim can be traced.
// - a `programme` quote (and a description's `descriptionQuote`, and a note's programme part) is
//   found in the corrected programme text;
// - a source address points to a page, not a site's home page;
// - an actor's description that is not the programme's words has a source;
// - a note's context sentences each carry a footnote to a precise page;
// - coordinates are sourced or marked approximate.
// Pure: the caller reads the files.
import { analyseContext, englishNotePath, programmePassages, splitNote, urlsIn } from './noteParts';
import { findQuote } from './programmeText';
import type { Problem } from './problems';
import type { Provenance, RawDataset } from './schema';

const clip = (s: string, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** True when an address names no page: a bare domain or a site's front page. */
export function isHomePage(url: string): boolean {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/+$/, '');
    return u.search === '' && u.hash === '' && (path === '' || /^\/index\.(html?|php|aspx?)$/i.test(path));
  } catch {
    return false;
  }
}

export interface EditorialInput {
  readonly file: string;
  readonly data: RawDataset;
  /** Note texts by path ("sessions/01-x.md", and "sessions/01-x.en.md" when present). */
  readonly notes: ReadonlyMap<string, string>;
  /** The corrected, normalised programme; null when the dataset ships no programme text. */
  readonly programme: string | null;
}

export interface EditorialResult {
  readonly problems: Problem[];
  /** How many quotes were looked up in the programme (0 when there is no programme text). */
  readonly quotesChecked: number;
}

export function checkEditorial({ file, data, notes, programme }: EditorialInput): EditorialResult {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ file, path, message });
  let quotesChecked = 0;

  const quote = (path: string, text: string) => {
    if (programme === null) return;
    quotesChecked++;
    const r = findQuote(programme, text);
    if (!r.found) report(path, `not in the programme; nearest: "${clip(r.nearest)}" (distance ${r.distance})`);
  };
  const address = (path: string, url: string) => {
    if (isHomePage(url)) report(path, `"${url}" is a site's home page: point to the page that states the fact, or mark it unsourced`);
  };
  const provenance = (path: string, p: Provenance) => {
    if (p.type === 'programme') quote(`${path}.quote`, p.quote);
    else if (p.type === 'source') address(`${path}.url`, p.url);
  };

  data.actors.forEach((a, i) => {
    a.sources.forEach((u, j) => address(`actors[${i}].sources[${j}]`, u));
    if (a.descriptionQuote !== undefined) quote(`actors[${i}].descriptionQuote`, a.descriptionQuote);
    else if (a.sources.length === 0) {
      report(
        `actors[${i}].description`,
        `goes beyond the programme with no source: add a source, or a descriptionQuote if it only restates the programme`,
      );
    }
  });
  data.people.forEach((p, i) => p.affiliations.forEach((af, j) => provenance(`people[${i}].affiliations[${j}].provenance`, af.provenance)));
  data.relations.forEach((r, i) => provenance(`relations[${i}].provenance`, r.provenance));
  data.places.forEach((pl, i) => {
    if (pl.source !== undefined) address(`places[${i}].source`, pl.source);
    else if (pl.precision === 'sourced') report(`places[${i}].precision`, 'coordinates have no source: add one, or mark them "approximate"');
  });

  data.sessions.forEach((s, i) => {
    if (s.notes === undefined) return;
    const paths = [s.notes, englishNotePath(s.notes)];
    paths.forEach((path, k) => {
      const text = notes.get(path);
      if (text === undefined) return;
      const where = `sessions[${i}].notes (${path})`;
      const parts = splitNote(text);
      if (!parts.structured) return;
      if (parts.outside !== '') report(where, `text outside the "## Programme" and "## Contexte" parts: "${clip(parts.outside, 60)}"`);
      // The French note quotes the programme; the English one translates it.
      if (k === 0) programmePassages(parts.programme).forEach((passage) => quote(`${where} programme part`, passage));
      const context = analyseContext(parts.context);
      for (const sentence of context.unsourced) report(`${where} context`, `sentence without a footnote: "${clip(sentence, 70)}"`);
      for (const label of context.undefinedLabels) report(`${where} context`, `footnote [^${label}] has no definition`);
      for (const def of context.definitions) {
        const urls = urlsIn(def.text);
        if (urls.length === 0) report(`${where} context`, `footnote [^${def.label}] names no address`);
        urls.forEach((u) => address(`${where} footnote [^${def.label}]`, u));
      }
    });
  });
  return { problems, quotesChecked };
}
