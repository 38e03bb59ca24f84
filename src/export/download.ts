// Hands a file to the browser's downloads: a Blob behind a temporary <a download>.
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the address is freed a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: lower-case words joined by hyphens, accents dropped. */
export function fileStem(title: string, fallback = 'maillage'): string {
  const stem = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return stem || fallback;
}
