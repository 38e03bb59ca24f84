import { describe, expect, it } from 'vitest';
import { pickText } from '../../src/data/text';

describe('pickText', () => {
  it('gives the text in the language asked for when there is one', () => {
    expect(pickText({ fr: 'Ville', en: 'Town' }, 'en')).toEqual({ text: 'Town', lang: 'en', fallback: false });
    expect(pickText({ fr: 'Ville', en: 'Town' }, 'fr')).toEqual({ text: 'Ville', lang: 'fr', fallback: false });
  });

  it('falls back to the other language and says which one', () => {
    expect(pickText({ fr: 'Ville' }, 'en')).toEqual({ text: 'Ville', lang: 'fr', fallback: true });
    expect(pickText({ en: 'Town' }, 'fr')).toEqual({ text: 'Town', lang: 'en', fallback: true });
  });
});
