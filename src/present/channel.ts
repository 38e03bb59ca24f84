// Keeps the audience window and the presenter console in step over a BroadcastChannel, driven
// from either. Messages are an edge: each one is checked with zod, and one that does not pass is
// ignored and counted. Changes carry a Lamport clock and the sender's id, so two windows pressing
// keys at once still agree on the same step (the higher clock wins, ties go to the higher id).
// Every message names its presentation (scope.ts): a window follows and answers only the windows
// of its own presentation, so an ordinary tab is never pulled into someone else's. The channel's
// name carries the dataset, so a `?data=` dataset never talks to the shipped workshop.
import { z } from 'zod';
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { NoteKeySchema } from './noteKey';
import { PresentationIdSchema, SHIPPED_CHANNEL } from './scope';
import { goToStep, lastStep, leavePresentation, setBlackout } from './steps';

export const CHANNEL_NAME = SHIPPED_CHANNEL;

const Sender = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Which window sent it: the room's screen, or a console. */
const Role = z.enum(['audience', 'console']);
export type Role = z.infer<typeof Role>;
/** since: when the sending window joined (ms), to tell the newer of two twins. */
const Common = { v: z.literal(2), from: Sender, presentation: PresentationIdSchema, role: Role, since: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) };

export const PresenterMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...Common,
    type: z.literal('state'),
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    step: z.number().int().min(0).max(999).nullable(),
    blackout: z.boolean(),
  }),
  /** A window that has just opened asks the others of its presentation for the current state. */
  z.strictObject({ ...Common, type: z.literal('hello') }),
  /**
   * Notes were saved under these keys; other windows showing them read them again. Notes belong
   * to the dataset (one database per channel), so every console of the channel listens.
   */
  z.strictObject({ ...Common, type: z.literal('notes'), keys: z.array(NoteKeySchema).max(5000) }),
]);
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;

export const parseMessage = (data: unknown): PresenterMessage | null => {
  const parsed = PresenterMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
};

/** The part of BroadcastChannel used here, so tests can pass a fake. */
export interface ChannelPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  close(): void;
}

export interface PresenterChannelOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** Defaults to a BroadcastChannel named CHANNEL_NAME; null when the browser has none. */
  readonly port?: ChannelPort | null;
  /** The BroadcastChannel's name when no port is given (scope.ts: one per dataset). */
  readonly channelName?: string;
  /** The presentation this window is part of; state from any other is ignored. */
  readonly presentation: string;
  readonly role: Role;
  /**
   * An audience window heard another audience window with its presentation id (a duplicated tab
   * shares the first one's sessionStorage): return a fresh id to take, and ignore that window.
   */
  readonly onTwin?: () => string;
  readonly id?: string;
  /** When this window joined, in ms (defaults to Date.now()). */
  readonly since?: number;
  readonly onNotes?: (keys: readonly string[]) => void;
  /** Called with the running count each time a message is ignored as malformed. */
  readonly onRejected?: (count: number) => void;
}

const randomId = () => Math.random().toString(36).slice(2, 12) || 'w';

const openPort = (name: string): ChannelPort | null => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  } catch {
    return null;
  }
};

export function createPresenterChannel({
  dataset,
  store,
  channelName = CHANNEL_NAME,
  port = openPort(channelName),
  presentation: initialPresentation,
  role,
  onTwin,
  id = randomId(),
  since = Date.now(),
  onNotes,
  onRejected,
}: PresenterChannelOptions) {
  let presentation = initialPresentation;
  let clock = 0;
  /** The change the shown state comes from: (seq, from). */
  let last = { seq: -1, from: '' };
  let applying = false;
  let received = 0;
  let rejected = 0;
  const later = (seq: number, from: string) => seq > last.seq || (seq === last.seq && from > last.from);

  const common = () => ({ v: 2 as const, from: id, presentation, role, since });
  const post = (message: PresenterMessage) => port?.postMessage(message);
  const sendState = () => {
    const s = store.get();
    post({ ...common(), type: 'state', seq: Math.max(last.seq, 0), step: s.step, blackout: s.blackout });
  };

  function onMessage(e: MessageEvent) {
    const message = parseMessage(e.data);
    if (!message || (message.type === 'state' && message.step !== null && message.step > lastStep(dataset))) {
      rejected += 1;
      onRejected?.(rejected);
      return;
    }
    if (message.from === id) return;
    if (message.type === 'notes') {
      received += 1;
      return onNotes?.(message.keys);
    }
    if (message.presentation !== presentation) return; // another presentation's window
    if (role === 'audience' && message.role === 'audience' && onTwin) {
      // Two rooms' screens with one id: the newer one steps out with a fresh id.
      const newer = since > message.since || (since === message.since && id > message.from);
      if (newer) {
        presentation = onTwin();
        post({ ...common(), type: 'hello' });
      } else if (message.type === 'hello') sendState();
      return;
    }
    received += 1;
    if (message.type === 'hello') return sendState();
    clock = Math.max(clock, message.seq);
    if (!later(message.seq, message.from)) return;
    last = { seq: message.seq, from: message.from };
    applying = true;
    try {
      store.update((s) => {
        const stepped = message.step === null ? leavePresentation(s) : goToStep(dataset, message.step)(s);
        return message.step === null ? stepped : setBlackout(message.blackout)(stepped);
      });
    } finally {
      applying = false;
    }
  }

  const unsubscribe = store.subscribe((s, previous) => {
    if (applying || (s.step === previous.step && s.blackout === previous.blackout)) return;
    clock += 1;
    last = { seq: clock, from: id };
    post({ ...common(), type: 'state', seq: clock, step: s.step, blackout: s.blackout });
  });

  port?.addEventListener('message', onMessage);
  post({ ...common(), type: 'hello' });

  let destroyed = false;
  return {
    id,
    /** The presentation this window follows now (an audience window may have changed it, see onTwin). */
    presentation: () => presentation,
    /** Whether windows can talk at all (no BroadcastChannel: each window on its own). */
    connected: port !== null,
    stats: () => ({ received, rejected }),
    announceNotes(keys: readonly string[]) {
      if (keys.length > 0) post({ ...common(), type: 'notes', keys: [...keys] });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      port?.removeEventListener('message', onMessage);
      port?.close();
    },
  };
}

export type PresenterChannel = ReturnType<typeof createPresenterChannel>;
