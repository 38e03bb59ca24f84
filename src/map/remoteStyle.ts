// An online basemap (?basemap=<style URL>): fetched and checked here, before the map starts, so
// that when it cannot be had (offline, a typo, not a style, absurdly large) the map starts on the
// embedded basemap at once and says so, instead of failing half-way or loading forever. The
// response is an edge: zod checks the shape MapLibre needs to start, within generous caps (see
// STYLE_LIMITS and docs/map.md); MapLibre's own validator checks the rest.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Generous caps for an online style: real basemaps (OpenFreeMap, MapTiler, Protomaps) use
 * fewer than 300 layers, 5 sources and a few hundred kilobytes; anything past these is refused
 * rather than left to freeze the page. */
export const STYLE_LIMITS = {
  /** Size of the style file, in characters. */
  bytes: 5_000_000,
  layers: 1_000,
  sources: 50,
  /** A layer or source id, a type. */
  idLength: 200,
  /** An address (sprite, glyphs, a source's url or one of its tiles). */
  urlLength: 2_000,
  /** Tile addresses per source. */
  tiles: 16,
  /** A source's attribution, as plain text. */
  attributionLength: 500,
} as const;

const Id = lazySchema(() => z.string().max(STYLE_LIMITS.idLength, `an id or type longer than ${STYLE_LIMITS.idLength} characters`));
const Url = lazySchema(() => z.string().max(STYLE_LIMITS.urlLength, `an address longer than ${STYLE_LIMITS.urlLength} characters`));

const Source = lazySchema(() =>
  z.looseObject({
    type: built(Id),
    url: built(Url).optional(),
    tiles: z.array(built(Url)).max(STYLE_LIMITS.tiles, `a source with more than ${STYLE_LIMITS.tiles} tile addresses`).optional(),
    attribution: z.string().max(20_000, 'an attribution longer than 20,000 characters').optional(),
  }),
);

const StyleShape = lazySchema(() =>
  z.looseObject({
    version: z.literal(8, 'not a MapLibre style (version 8)'),
    name: z.string().max(STYLE_LIMITS.urlLength, 'a name too long').optional(),
    sprite: z.union([built(Url), z.array(z.looseObject({ id: built(Id), url: built(Url) })).max(STYLE_LIMITS.tiles, 'too many sprites')]).optional(),
    glyphs: built(Url).optional(),
    sources: z
      .record(built(Id), built(Source))
      .refine((sources) => Object.keys(sources).length <= STYLE_LIMITS.sources, `more than ${STYLE_LIMITS.sources} sources`),
    layers: z
      .array(z.looseObject({ id: built(Id), type: built(Id), source: built(Id).optional(), 'source-layer': built(Id).optional() }))
      .max(STYLE_LIMITS.layers, `more than ${STYLE_LIMITS.layers} layers`),
  }),
);

/** Why an online style was not used: 'tooLarge' past a cap, 'invalid' not a style, 'unreachable'
 * for the network, an error status or the timeout. */
export type RemoteStyleProblem = 'tooLarge' | 'invalid' | 'unreachable';
export type RemoteStyleResult =
  { readonly ok: true; readonly style: StyleSpecification } | { readonly ok: false; readonly problem: RemoteStyleProblem; readonly reason: string };

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®' };

/** A source's attribution reduced to plain text, then escaped, since MapLibre writes attributions
 * as HTML: tags (and what scripts and styles hold) are dropped, entities decoded, spaces collapsed,
 * the length capped. Whatever the input, the result holds no tag, so no link, image or script. */
export function plainAttribution(html: string): string {
  const text = html
    .slice(0, 20_000)
    .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<\/?[a-z!?/][^>]*(>|$)/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
  const capped = text.length > STYLE_LIMITS.attributionLength ? `${text.slice(0, STYLE_LIMITS.attributionLength - 1)}…` : text;
  return capped.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The style with every source's attribution made plain text. */
function withPlainAttributions(style: StyleSpecification): StyleSpecification {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) =>
      'attribution' in source && typeof source.attribution === 'string' ? [id, { ...source, attribution: plainAttribution(source.attribution) }] : [id, source],
    ),
  );
  return { ...style, sources } as StyleSpecification;
}

/** Checks a parsed style file: the style to use, or why not. */
export function checkRemoteStyle(value: unknown): RemoteStyleResult {
  const parsed = StyleShape.safeParse(value);
  if (parsed.success) return { ok: true, style: withPlainAttributions(parsed.data as unknown as StyleSpecification) };
  const issue = parsed.error.issues[0];
  const tooLarge = parsed.error.issues.some((i) => i.code === 'too_big' || (i.code === 'custom' && /^more than/.test(i.message)));
  return { ok: false, problem: tooLarge ? 'tooLarge' : 'invalid', reason: issue?.message ?? 'invalid style' };
}

/** The body as text, or null past `cap` bytes (read no further, whatever the server claims). */
async function readCapped(response: Response, cap: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return text.length > cap ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

export async function fetchRemoteStyle(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = 8000): Promise<RemoteStyleResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, problem: 'unreachable', reason: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > STYLE_LIMITS.bytes) return { ok: false, problem: 'tooLarge', reason: `larger than ${STYLE_LIMITS.bytes} bytes` };
    const text = await readCapped(response, STYLE_LIMITS.bytes);
    if (text === null) return { ok: false, problem: 'tooLarge', reason: `larger than ${STYLE_LIMITS.bytes} bytes` };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'invalid', reason: 'not JSON' };
    }
    return checkRemoteStyle(json);
  } catch (error) {
    return { ok: false, problem: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
