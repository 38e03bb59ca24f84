// The Content-Security-Policy of the built site, written into index.html as a <meta http-equiv> by
// vite.config.ts (build only: the dev server needs its own websocket and inline helpers). The same
// policy is documented for servers in docs/security.md; `npm run csp` prints it.
//
// Origins beyond the site's own come only from the build's environment, never from the page:
//   MAILLAGE_BASEMAP_ORIGINS  online basemap origins a `?basemap=` style may load from
//   MAILLAGE_DATA_ORIGINS     other origins a `?data=` dataset may be fetched from
// (comma-separated https origins). Both are empty by default: nothing leaves the site.

const ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d+)?$/i;

export function originsFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter((s) => s.length > 0)
    .map((s) => {
      if (!ORIGIN.test(s)) throw new Error(`not an https origin: ${s}`);
      return s.toLowerCase();
    });
}

export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const basemap = originsFrom(env.MAILLAGE_BASEMAP_ORIGINS);
  const data = originsFrom(env.MAILLAGE_DATA_ORIGINS);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // MapLibre and the views set element.style through the CSSOM, which style-src does not govern.
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...basemap]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...basemap, ...data]],
    // MapLibre's worker is a file of the site; it may also spawn from a blob: URL.
    ['worker-src', ["'self'", 'blob:']],
    ['child-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
    ['manifest-src', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(contentSecurityPolicy(process.env));
}
