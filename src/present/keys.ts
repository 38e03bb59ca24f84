// The keys a presentation clicker or a keyboard sends, mapped to presentation commands. Pure: no
// DOM here; keyboard.ts decides when keys count (only while presenting, never while typing).
export type Command =
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'goto'; readonly step: number }
  | { readonly type: 'blackout' }
  | { readonly type: 'leave' }
  | { readonly type: 'fullscreen' }
  /** Which of the graph and the map the room sees (viewChoice.ts). */
  | { readonly type: 'views' };

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The command for a key, or null. `sessions` is the number of sessions: digit k (1…sessions)
 * jumps to session k, 0 to the title. Shift is allowed (AZERTY needs it for digits and "."),
 * Ctrl, Alt and Meta are not: those combinations belong to the browser.
 */
export function commandForKey(e: KeyInput, sessions: number): Command | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const { key } = e;
  if (NEXT.has(key)) return { type: 'next' };
  if (PREVIOUS.has(key)) return { type: 'previous' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === 'Escape' || key === 'Esc') return { type: 'leave' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'blackout' };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'm' || key === 'M') return { type: 'views' };
  if (/^[0-9]$/.test(key)) {
    const n = Number(key);
    return n <= sessions ? { type: 'goto', step: n } : null;
  }
  return null;
}
