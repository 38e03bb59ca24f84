// Turns zod issues and JSON syntax errors into problems a person can act on:
// `file: path.to.field — what is wrong`, with "did you mean" where a near name exists.
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { clip, ECHO_MAX, LINE_MAX } from './clip';

export interface Problem {
  readonly file: string;
  /** Dotted path with array indices, e.g. `actors[3].place`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** One line per problem; each part is clipped, so no input can make the line unreadably long. */
export const formatProblem = (p: Problem): string => {
  const file = clip(p.file, ECHO_MAX);
  const path = clip(p.path, ECHO_MAX * 2);
  const message = clip(p.message, LINE_MAX);
  return path ? `${file}: ${path} — ${message}` : `${file}: ${message}`;
};

export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');

/** The nearest candidate to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  // A typo is short: comparing a huge value with every candidate would only burn time.
  if (candidates.length === 0 || word.length > 200) return undefined;
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

export const didYouMean = (word: string, candidates: readonly string[]): string => {
  const s = suggest(word, candidates);
  return s ? `; did you mean "${s}"?` : '';
};

/** Where the JSON parser stopped, as 1-based line and column. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}

export function jsonSyntaxProblem(file: string, text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const reported = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  let where = '';
  if (reported) where = `line ${reported[1]}, column ${reported[2]}`;
  else if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    where = `line ${line}, column ${column}`;
  }
  const detail = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
  return { file, path: '', message: `invalid JSON${where ? ` at ${where}` : ''}: ${detail}` };
}

type AnySchema = z.core.$ZodType;

/** The object keys a schema accepts at a path of the data, to suggest a key for a misspelt one. */
export function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema[] = [schema];
  for (const key of path) {
    current = current.flatMap((s) => step(s, key));
  }
  return [...new Set(current.flatMap((s) => objectKeys(s)))];
}

function unwrap(s: AnySchema): AnySchema[] {
  if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
    return unwrap(s.def.innerType);
  }
  if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) {
    return (s.options as AnySchema[]).flatMap(unwrap);
  }
  return [s];
}

function step(s: AnySchema, key: PropertyKey): AnySchema[] {
  return unwrap(s).flatMap((u) => {
    if (u instanceof z.ZodArray && typeof key === 'number') return [u.element as AnySchema];
    if (u instanceof z.ZodObject && typeof key === 'string') {
      const child = (u.shape as Record<string, AnySchema>)[key];
      return child ? [child] : [];
    }
    return [];
  });
}

function objectKeys(s: AnySchema): string[] {
  return unwrap(s).flatMap((u) => (u instanceof z.ZodObject ? Object.keys(u.shape) : []));
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A value as JSON, clipped; one nested too deeply to write out (JSON.stringify runs out of stack)
 * is named instead, so that a hostile file gets its problem list, not an exception (issue 14). */
function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  try {
    return clip(JSON.stringify(v) ?? String(v));
  } catch {
    return `${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v} nested too deeply to show`;
  }
}

/** One problem per zod issue, in words. */
export function zodProblems(file: string, schema: AnySchema, data: unknown, error: z.ZodError): Problem[] {
  const out: Problem[] = [];
  // A misspelt key also makes the real key "missing": say the misspelling once, not both.
  const suggested = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const hint = suggest(key, known);
      if (hint) suggested.add(formatPath([...issue.path, hint]));
    }
  }
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const hint = suggest(key, known);
        out.push({
          file,
          path: formatPath([...issue.path, key]),
          message: hint ? `unknown key: did you mean \`${hint}\`?` : `unknown key (known keys: ${known.join(', ')})`,
        });
      }
      continue;
    }
    const got = valueAt(data, issue.path);
    if (got === undefined && suggested.has(formatPath(issue.path))) continue;
    let message = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = issue.values.map(String);
      message = `${show(got)} is not one of: ${values.join(', ')}${typeof got === 'string' ? didYouMean(got, values) : ''}`;
    } else if (issue.code === 'invalid_type' && got === undefined) {
      message = `is required (${issue.expected})`;
    } else if (issue.code === 'invalid_type') {
      message = `expected ${issue.expected}, got ${show(got)}`;
    } else if (issue.code === 'too_big' || issue.code === 'too_small') {
      message = `${issue.message} (got ${show(got)})`;
    }
    out.push({ file, path: formatPath(issue.path), message });
  }
  return out;
}
