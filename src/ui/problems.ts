// Shows data problems to a person, one a line, instead of a broken page.
import { formatProblem, type Problem } from '../data/problems';
import { translator, type Language } from '../i18n/t';
import { el, replaceChildren } from './dom';

export function showProblems(container: HTMLElement, problems: readonly Problem[], lang: Language): void {
  const t = translator(lang);
  replaceChildren(
    container,
    el(
      'section',
      { role: 'alert', class: 'data-problems' },
      el('h1', {}, t('app.dataError')),
      el('p', {}, t('app.dataErrorFor')),
      el('ul', { lang: 'en' }, ...problems.map((p) => el('li', {}, el('code', {}, formatProblem(p))))),
      el('p', {}, el('a', { href: './' }, t('app.openShipped'))),
    ),
  );
}
