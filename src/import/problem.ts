// What can be wrong in an opened file, with where it is: file, sheet, line and column. Messages
// are i18n keys (`import.problem.<code>`) so the page says them in the reader's language.

export const PROBLEM_CODES = [
  'notANumber',
  'latitudeRange',
  'longitudeRange',
  'missingCoordinate',
  'missingName',
  'duplicateName',
  'unknownActor',
  'selfRelation',
  'duplicateRelation',
  'missingEnd',
  'badUrl',
  'nearValue',
  'noColumns',
  'noRows',
  'tooBig',
  'tooManyRows',
  'unreadable',
  'unknownFormat',
  'emptyFile',
  'schema',
  'unknownList',
  'notYesNo',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based line (CSV) or row (sheet) as the spreadsheet shows it; the header is line 1. */
  readonly line?: number;
  /** The column's header as written in the file. */
  readonly column?: string;
  readonly code: ProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** A near name the person may have meant. */
  readonly suggestion?: string;
}
