// The map's settings from the page address, an edge like any other: parsed with zod, never trusted.
//   ?basemap=https://…/style.json   an online MapLibre style under the places (default: the embedded one)
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';

const BasemapUrl = lazySchema(() => z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }));

export interface MapSettings {
  /** An online style to draw the places on; null for the embedded basemap. */
  readonly basemap: string | null;
  /** The basemap parameter was given but is not an http(s) address: the embedded one is used. */
  readonly basemapRejected: boolean;
}

export function mapSettings(search: string): MapSettings {
  const params = new URLSearchParams(search);
  const given = params.get('basemap');
  const parsed = given === null || given === '' ? null : BasemapUrl.safeParse(given);
  return {
    basemap: parsed?.success ? parsed.data : null,
    basemapRejected: parsed !== null && !parsed.success,
  };
}
