// An import problem in words, in the reader's language:
// `partenaires.csv, ligne 14, colonne « Latitude » : « 48.9.1 » n'est pas un nombre`.
import type { MessageKey, Translate } from '../i18n/t';
import type { ImportProblem } from './problem';

/** Where in the file: sheet, line, column (without the file's name). */
export function describeWhere(p: ImportProblem, t: Translate): string {
  return [
    p.sheet !== undefined && t('import.where.sheet', { sheet: p.sheet }),
    p.line !== undefined && t('import.where.line', { line: p.line }),
    p.column !== undefined && t('import.where.column', { column: p.column }),
  ]
    .filter((x): x is string => typeof x === 'string')
    .join(', ');
}

export const describeMessage = (p: ImportProblem, t: Translate): string =>
  t(`import.problem.${p.code}` as MessageKey, p.params) + (p.suggestion ? t('import.didYouMean', { suggestion: p.suggestion }) : '');

export function describeProblem(p: ImportProblem, t: Translate): string {
  const where = [p.file, describeWhere(p, t)].filter((x) => x !== '').join(', ');
  return t('import.problem.at', { where, message: describeMessage(p, t) });
}
