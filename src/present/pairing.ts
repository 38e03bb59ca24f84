// Pairs the presenter console with the room's screen. The audience window makes a secret key for
// its presentation and gives it only to the console window it opened, by window.postMessage to that
// window alone (never on the BroadcastChannel, which any tab of the site can read). Every channel
// message then carries an HMAC-SHA-256 tag (Web Crypto) over its content: a tab without the key can
// read the traffic but can neither drive the windows nor unlink them. Messages between windows are
// an edge: checked with zod.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import { PresentationIdSchema } from './scope';

/** 32 random bytes, base64url without padding. */
export const PairingKeySchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{43}$/));

const REQUEST = 'maillage-pair-request';
const REPLY = 'maillage-pair';
const PairRequestSchema = lazySchema(() => z.strictObject({ type: z.literal(REQUEST), presentation: built(PresentationIdSchema) }));
const PairReplySchema = lazySchema(() => z.strictObject({ type: z.literal(REPLY), presentation: built(PresentationIdSchema), key: built(PairingKeySchema) }));

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64url = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

export const newPairingKey = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** The same text for the same message whatever the order of its keys; `mac` itself left out. */
export function canonical(message: Readonly<Record<string, unknown>>): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  const { mac: _mac, ...rest } = message;
  return JSON.stringify(sorted(rest));
}

export interface ChannelAuth {
  sign(message: Readonly<Record<string, unknown>>): Promise<string>;
  verify(message: Readonly<Record<string, unknown>>, mac: string): Promise<boolean>;
}

/** Signs and checks channel messages with one pairing key. */
export async function channelAuth(rawKey: string): Promise<ChannelAuth> {
  const key = await crypto.subtle.importKey('raw', fromBase64url(rawKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  const bytes = (m: Readonly<Record<string, unknown>>): Uint8Array<ArrayBuffer> => new TextEncoder().encode(canonical(m));
  return {
    sign: async (message) => base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes(message)))),
    async verify(message, mac) {
      if (!PairingKeySchema.safeParse(mac).success) return false;
      return crypto.subtle.verify('HMAC', key, fromBase64url(mac), bytes(message));
    },
  };
}

const storageKey = (presentation: string) => `maillage-pairing-${presentation}`;

/** The key kept for a presentation in this tab (sessionStorage), or null. */
export function keptKey(storage: Storage | null | undefined, presentation: string): string | null {
  try {
    const parsed = PairingKeySchema.safeParse(storage?.getItem(storageKey(presentation)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepKey(storage: Storage | null | undefined, presentation: string, key: string): void {
  try {
    storage?.setItem(storageKey(presentation), key);
  } catch {
    // not kept: after a reload the console must be opened again from the room's screen
  }
}

/** The audience window's key for a presentation: the one this tab kept, or a new one kept now. */
export function audienceKey(storage: Storage | null | undefined, presentation: string): string {
  const kept = keptKey(storage, presentation);
  if (kept) return kept;
  const key = newPairingKey();
  keepKey(storage, presentation, key);
  return key;
}

/**
 * In the audience window: answers a pairing request from a window it opened itself (and from no
 * other), on the same origin, with the presentation's key.
 */
export function answerPairing(
  win: Window,
  { presentation, key, opened }: { presentation: () => string; key: () => string; opened: () => readonly MessageEventSource[] },
) {
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== win.location.origin || !e.source || !opened().includes(e.source)) return;
    const request = PairRequestSchema.safeParse(e.data);
    if (!request.success || request.data.presentation !== presentation()) return;
    (e.source as Window).postMessage({ type: REPLY, presentation: presentation(), key: key() }, win.location.origin);
  };
  win.addEventListener('message', onMessage);
  return { destroy: () => win.removeEventListener('message', onMessage) };
}

/**
 * In the console window: asks the window that opened it for the presentation's key. Resolves with
 * the key, or null when there is no such window or it does not answer in time.
 */
export function requestPairing(win: Window, presentation: string, timeoutMs = 5000): Promise<string | null> {
  const opener = win.opener as Window | null;
  if (!opener) return Promise.resolve(null);
  return new Promise((resolve) => {
    let finished = false;
    function done(key: string | null) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(again);
      win.removeEventListener('message', onMessage);
      resolve(key);
    }
    function onMessage(e: MessageEvent) {
      if (e.origin !== win.location.origin || e.source !== opener) return;
      const reply = PairReplySchema.safeParse(e.data);
      if (reply.success && reply.data.presentation === presentation) done(reply.data.key);
    }
    function ask() {
      try {
        opener?.postMessage({ type: REQUEST, presentation }, win.location.origin);
      } catch {
        done(null);
      }
    }
    win.addEventListener('message', onMessage);
    // The opener may still be loading (a reload of the room's screen): ask a few times.
    const again = setInterval(ask, 500);
    const timer = setTimeout(() => done(null), timeoutMs);
    ask();
  });
}
