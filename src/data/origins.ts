// Which origins a dataset named in the address (`?data=`) may come from: the site's own, plus those
// the site was built to allow (MAILLAGE_DATA_ORIGINS at build time, see scripts/csp.ts). The page's
// address can never widen this list.
declare const __MAILLAGE_DATA_ORIGINS__: readonly string[] | undefined;

export const BUILD_DATA_ORIGINS: readonly string[] =
  typeof __MAILLAGE_DATA_ORIGINS__ === 'undefined' ? [] : __MAILLAGE_DATA_ORIGINS__;

/** The origin a dataset is shown as coming from, or null when it is the site's own. */
export function foreignOrigin(url: URL, pageHref: string): string | null {
  return url.origin === new URL(pageHref).origin ? null : url.origin;
}
