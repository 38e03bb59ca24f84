// Names of facilitator notes: `session:<id>`, `actor:<id>`, and `recovered:<…>` for text that was
// found unreadable in storage and kept aside. Pure.
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const NOTE_KEY_PATTERN = new RegExp(`^(?:(?:session|actor):${ID}|recovered:[A-Za-z0-9:._@-]{1,200})$`);

export const NoteKeySchema = lazySchema(() => z.string().regex(NOTE_KEY_PATTERN));

/** The one limit of a note's length: typing, saving, reading back and importing all hold to it. */
export const NOTE_MAX_CHARS = 100_000;
/** Notes a notes file may bring at most (a workshop has tens; thousands means a wrong file). */
export const MAX_IMPORTED_NOTES = 2_000;

export const sessionNote = (id: string): string => `session:${id}`;
export const actorNote = (id: string): string => `actor:${id}`;

export type ParsedNoteKey = { readonly kind: 'session' | 'actor'; readonly id: string } | { readonly kind: 'recovered'; readonly id: string };

export function parseNoteKey(key: string): ParsedNoteKey | null {
  if (!NOTE_KEY_PATTERN.test(key)) return null;
  const i = key.indexOf(':');
  const kind = key.slice(0, i);
  const id = key.slice(i + 1);
  return kind === 'session' || kind === 'actor' || kind === 'recovered' ? { kind, id } : null;
}

/** A key under which an unreadable stored value is kept: its old key, made safe, and when. */
export function recoveredKey(original: unknown, when: Date): string {
  const from =
    String(original)
      .replace(/[^A-Za-z0-9:._-]+/g, '-')
      .slice(0, 120) || 'note';
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  return `recovered:${from}@${stamp}`;
}
