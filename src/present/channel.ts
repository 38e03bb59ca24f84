// Keeps the audience window and the presenter console in step over a BroadcastChannel, driven
// from either. Messages are an edge: each one is checked with zod, and one that does not pass is
// ignored and counted. Changes carry a Lamport clock and the sender's id, so two windows pressing
// keys at once still agree on the same step (the higher clock wins, ties go to the higher id).
// Every message names its presentation (scope.ts): a window follows and answers only the windows
// of its own presentation, so an ordinary tab is never pulled into someone else's. The channel's
// name carries the dataset, so a `?data=` dataset never talks to the shipped workshop.
// Every message is signed with the presentation's pairing key (pairing.ts): a tab that can read
// the channel but has no key can neither drive the windows nor unlink them, and a state that jumps
// the clock out of range is refused, so it cannot push later messages out either.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { NoteKeySchema } from './noteKey';
import { PresentationIdSchema, SHIPPED_CHANNEL } from './scope';
import { goToStep, lastStep, leavePresentation, setBlackout } from './steps';
import type { ChannelAuth } from './pairing';
import { createLifecycle } from '../ui/lifecycle';

export const CHANNEL_NAME = SHIPPED_CHANNEL;

const Sender = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/));
/** Which window sent it: the room's screen, or a console. */
const Role = lazySchema(() => z.enum(['audience', 'console']));
export type Role = z.infer<typeof Role>;
/** HMAC-SHA-256 of the rest of the message, base64url (pairing.ts). */
const Mac = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{43}$/));
/** How far ahead of this window's clock a change may be: further is a forgery or a fault. */
export const MAX_CLOCK_JUMP = 10_000;

export const PresenterMessageSchema = lazySchema(() => {
  /** since: when the sending window joined (ms), to tell the newer of two twins. */
  const common = {
    v: z.literal(3),
    from: built(Sender),
    presentation: built(PresentationIdSchema),
    role: built(Role),
    since: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  };
  const mac = built(Mac);
  return z.discriminatedUnion('type', [
    z.strictObject({
      ...common,
      type: z.literal('state'),
      mac,
      seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      step: z.number().int().min(0).max(999).nullable(),
      blackout: z.boolean(),
    }),
    /** A window that has just opened asks the others of its presentation for the current state. */
    z.strictObject({ ...common, type: z.literal('hello'), mac }),
    /**
     * Notes were saved under these keys; other windows showing them read them again. Notes belong
     * to the dataset (one database per channel), so every console of the channel listens. Not
     * signed: it carries no content, only asks to read again what this browser already stores.
     */
    z.strictObject({ ...common, type: z.literal('notes'), keys: z.array(built(NoteKeySchema)).max(5000) }),
  ]);
});
export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;
type Unsigned<M> = M extends { mac: string } ? Omit<M, 'mac'> : never;
type UnsignedMessage = Unsigned<PresenterMessage>;
type NotesMessage = Extract<PresenterMessage, { type: 'notes' }>;

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
  /**
   * The signing key of a presentation (pairing.ts), or null when this window has none (a console
   * not opened from the room's screen): such a window sends nothing and follows nothing.
   */
  readonly authFor: (presentation: string) => Promise<ChannelAuth | null>;
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
  authFor,
  role,
  onTwin,
  id = randomId(),
  since = Date.now(),
  onNotes,
  onRejected,
}: PresenterChannelOptions) {
  let presentation = initialPresentation;
  let auth = authFor(presentation);
  let clock = 0;
  /** The change the shown state comes from: (seq, from). */
  let last = { seq: -1, from: '' };
  let applying = false;
  let received = 0;
  let rejected = 0;
  const later = (seq: number, from: string) => seq > last.seq || (seq === last.seq && from > last.from);

  const common = () => ({ v: 3 as const, from: id, presentation, role, since });
  // Signing and checking are asynchronous (Web Crypto): queues keep messages in order both ways.
  let sending: Promise<void> = Promise.resolve();
  let receiving: Promise<void> = Promise.resolve();
  const post = (message: UnsignedMessage) => {
    const signer = auth;
    sending = sending
      .then(async () => {
        const key = await signer;
        if (key && !life.destroyed) port?.postMessage({ ...message, mac: await key.sign(message) });
      })
      .catch(() => {});
  };
  const reject = () => {
    rejected += 1;
    onRejected?.(rejected);
  };
  const sendState = () => {
    const s = store.get();
    post({ ...common(), type: 'state', seq: Math.max(last.seq, 0), step: s.step, blackout: s.blackout });
  };

  function onMessage(e: MessageEvent) {
    const message = parseMessage(e.data);
    if (!message || (message.type === 'state' && message.step !== null && message.step > lastStep(dataset))) return reject();
    if (message.from === id) return;
    if (message.type === 'notes') {
      received += 1;
      return onNotes?.(message.keys);
    }
    if (message.presentation !== presentation) return; // another presentation's window
    const checker = auth;
    receiving = receiving
      .then(async () => {
        const key = await checker;
        if (life.destroyed || !key || checker !== auth) return;
        if (!(await key.verify(message, message.mac))) return reject();
        handle(message);
      })
      .catch(() => reject());
  }

  function handle(message: Exclude<PresenterMessage, NotesMessage>) {
    if (role === 'audience' && message.role === 'audience' && onTwin) {
      // Two rooms' screens with one id: the newer one steps out with a fresh id.
      const newer = since > message.since || (since === message.since && id > message.from);
      if (newer) {
        presentation = onTwin();
        auth = authFor(presentation);
        post({ ...common(), type: 'hello' });
      } else if (message.type === 'hello') sendState();
      return;
    }
    received += 1;
    if (message.type === 'hello') return sendState();
    if (message.seq > clock + MAX_CLOCK_JUMP) return reject(); // out of range: refused, the clock kept
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

  const life = createLifecycle();
  life.add(unsubscribe);
  if (port) {
    life.on(port, 'message', onMessage);
    life.add(() => port.close());
  }
  post({ ...common(), type: 'hello' });

  return {
    id,
    /** Whether this window holds its presentation's key (can send and follow). */
    paired: async () => (await auth) !== null,
    /** The presentation this window follows now (an audience window may have changed it, see onTwin). */
    presentation: () => presentation,
    /** Whether windows can talk at all (no BroadcastChannel: each window on its own). */
    connected: port !== null,
    stats: () => ({ received, rejected }),
    announceNotes(keys: readonly string[]) {
      if (keys.length > 0 && !life.destroyed) port?.postMessage({ ...common(), type: 'notes', keys: [...keys] } satisfies NotesMessage);
    },
    destroy: life.destroy,
  };
}

export type PresenterChannel = ReturnType<typeof createPresenterChannel>;
