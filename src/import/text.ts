// Small text helpers for imported files: a comparison key for names (case- and accent-insensitive)
// and slugs that make valid, unique ids from names.

/** Lower case, no accents, letters and digits only: "Échelle " → "echelle", "Code INSEE" → "codeinsee". */
export const nameKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** "Ville de Nanterre (92)" → "ville-de-nanterre-92"; never empty. */
export function slug(text: string, fallback = 'item'): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return s || fallback;
}

/** Hands out unique slugs: "lille", then "lille-2", "lille-3". */
export function createSlugger() {
  const used = new Set<string>();
  return (text: string, fallback?: string): string => {
    const base = slug(text, fallback);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
