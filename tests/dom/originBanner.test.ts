import { describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { createOriginBanner } from '../../src/ui/originBanner';
import type { Language } from '../../src/i18n/t';

describe('the banner over data from elsewhere', () => {
  it('names the origin, in the page’s language, and offers no way to dismiss it', () => {
    let lang: Language = 'fr';
    const banner = createOriginBanner(document.body, { origin: 'https://data.example' }, () => lang);
    const note = getByRole(document.body, 'note');
    expect(note.textContent).toContain('Données venues de https://data.example');
    expect(note.querySelector('button')).toBeNull();
    lang = 'en';
    banner.update();
    expect(note.textContent).toContain('Data from https://data.example: it is not published by this site');
    banner.destroy();
    banner.destroy();
    expect(document.body.querySelector('[role="note"]')).toBeNull();
  });
});
