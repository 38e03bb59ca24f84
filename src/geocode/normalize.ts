// How place names are compared: case, accents, hyphens, apostrophes and spacing do not matter, and
// "St"/"Ste" are Saint/Sainte ("Savigny le Temple" finds Savigny-le-Temple, "St-Denis" Saint-Denis).
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}
