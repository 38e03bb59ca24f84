// How much a file may hold. Past these the page says so rather than struggling.
export const MAX_BYTES = 64 * 1024 * 1024;
export const MAX_ROWS = 200_000;

export const formatMegabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** A file's size for people: "840 ko" / "840 kB", "12,5 Mo" / "12.5 MB". */
export function formatSize(bytes: number, lang: 'fr' | 'en'): string {
  const mb = bytes >= 1024 * 1024;
  const value = mb ? Math.round((bytes / (1024 * 1024)) * 10) / 10 : Math.max(1, Math.round(bytes / 1024));
  const unit = lang === 'fr' ? (mb ? 'Mo' : 'ko') : mb ? 'MB' : 'kB';
  return `${value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')} ${unit}`;
}
