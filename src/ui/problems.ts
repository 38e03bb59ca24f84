// Shows data problems to a person, one a line, instead of a broken page.
import { formatProblem, type Problem } from '../data/problems';
import { translator, type Language } from '../i18n/t';
import { el, replaceChildren } from './dom';

/** Problems listed in the page at most; the rest are counted (npm run check-data prints them all). */
export const PROBLEMS_SHOWN = 200;

export function showProblems(container: HTMLElement, problems: readonly Problem[], lang: Language): void {
  const t = translator(lang);
  replaceChildren(
    container,
    el(
      'section',
      { role: 'alert', class: 'data-problems' },
      el('h1', {}, t('app.dataError')),
      el('p', {}, t('app.dataErrorFor')),
      el('ul', { lang: 'en' }, ...problems.slice(0, PROBLEMS_SHOWN).map((p) => el('li', {}, el('code', {}, formatProblem(p))))),
      problems.length > PROBLEMS_SHOWN && el('p', {}, t('app.moreProblems', { count: problems.length - PROBLEMS_SHOWN })),
      el('p', {}, el('a', { href: './' }, t('app.openShipped'))),
    ),
  );
}
