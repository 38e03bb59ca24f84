import { describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { PROBLEMS_SHOWN, showProblems } from '../../src/ui/problems';

describe('the list of a dataset’s problems', () => {
  it('lists the first ones and counts the rest, so a huge list cannot swamp the page', () => {
    const problems = Array.from({ length: 5_000 }, (_, i) => ({ file: 'w.json', path: `actors[${i}].id`, message: 'is required (string)' }));
    showProblems(document.body, problems, 'fr');
    const alert = getByRole(document.body, 'alert');
    expect(alert.querySelectorAll('li')).toHaveLength(PROBLEMS_SHOWN);
    expect(alert.textContent).toContain(`Et ${5_000 - PROBLEMS_SHOWN} autres problèmes`);
    expect(getByRole(alert, 'link', { name: 'Ouvrir l’atelier « Du local au mondial »' })).toBeTruthy();
  });
});
