// A Source cell: an address ("https://…", or "www.…" completed with https), plain words naming a
// source (kept as a note), or a broken address.

export type SourceCell = { readonly kind: 'url'; readonly href: string } | { readonly kind: 'text' } | { readonly kind: 'invalid' };

export function readSource(text: string): SourceCell {
  const t = text.trim();
  const candidate = /^www\./i.test(t) ? `https://${t}` : t;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate) || /^[a-z]+:\s/i.test(candidate)) return { kind: 'text' };
  try {
    const url = new URL(candidate);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(candidate)) {
      return { kind: 'url', href: url.href };
    }
  } catch {
    // a broken address, said below
  }
  return { kind: 'invalid' };
}
