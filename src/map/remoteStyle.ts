// An online basemap (?basemap=<style URL>): fetched and checked here, before the map starts, so
// that when it cannot be had (offline, a typo, not a style) the map starts on the embedded
// basemap at once and says so, instead of failing half-way. The response is an edge: zod checks
// the shape MapLibre needs to start; MapLibre's own validator checks the rest.
import { z } from 'zod';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

const StyleShape = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.looseObject({ type: z.string() })),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});
const Style = z.custom<StyleSpecification>((value) => StyleShape.safeParse(value).success, 'not a MapLibre style (version 8)');

export type RemoteStyleResult = { readonly ok: true; readonly style: StyleSpecification } | { readonly ok: false; readonly reason: string };

export async function fetchRemoteStyle(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 8000): Promise<RemoteStyleResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const parsed = Style.safeParse(await response.json());
    return parsed.success ? { ok: true, style: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid style' };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
