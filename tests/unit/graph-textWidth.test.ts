import { describe, expect, it } from 'vitest';
import { estimateTextWidth, splitLabel, textUnits } from '../../src/graph/textWidth';

// The measures a label's place on screen depends on: the same whatever the characters (accents,
// typographic quotes, letters of other scripts, emoji, which count as one character each).
const samples = [
  '',
  'Lille',
  'Cités Unies France',
  'Conseil départemental de la Seine-Saint-Denis',
  'Œuvre « solidarité » — l’été…',
  'Communauté d’agglomération Grand Paris Sud Seine-Essonne-Sénart',
  '協力 ネットワーク',
  'Réseau 🌍 mondial 🤝 des villes',
  'a\uD83Db', // a lone half of a pair
  'ÀÉÎÕÜ ÇŒÆ àéîõü çœæ',
];

describe('the width of a label', () => {
  it('adds the widths of its characters, a pair of UTF-16 halves counting as one', () => {
    expect(textUnits('Lille')).toBe(textUnits('Li') + textUnits('lle'));
    expect(textUnits('🌍')).toBe(textUnits('\u4E00'));
    expect(textUnits('a\uD83Db')).toBe(textUnits('a') + textUnits('\u4E00') + textUnits('b'));
    expect(textUnits('W')).toBeGreaterThan(textUnits('i'));
    for (const text of samples) expect(estimateTextWidth(text, 12)).toBe(Math.ceil((textUnits(text) / 1000) * 12 * 1.04));
  });

  it('breaks a long label at the space that makes its longer line shortest, never in a word', () => {
    for (const text of samples) {
      const lines = splitLabel(text, 12);
      expect(lines.join(' ')).toBe(text);
      if (lines.length === 1) continue;
      const longest = Math.max(...lines.map((l) => estimateTextWidth(l, 12)));
      // No other space gives a shorter longer line.
      for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
        const other = Math.max(estimateTextWidth(text.slice(0, i), 12), estimateTextWidth(text.slice(i + 1), 12));
        expect(other).toBeGreaterThanOrEqual(longest);
      }
    }
    expect(splitLabel('Conseil départemental de la Seine-Saint-Denis', 12)).toEqual(['Conseil départemental', 'de la Seine-Saint-Denis']);
    expect(splitLabel('Lille', 12)).toEqual(['Lille']);
    expect(splitLabel('Seine-Saint-Denis-et-encore-plus-long-sans-espace', 12)).toHaveLength(1);
  });
});
