// Keeps the audience window and the presenter console in step over a BroadcastChannel, driven
// from either. Messages are an edge: each one is checked with zod, and one that does not pass is
// ignored and counted. Changes carry a Lamport clock and the sender's id, so two windows pressing
// keys at once still agree on the same step (the higher clock wins, ties go to the higher id).
import { z } from 'zod';
import type { Dataset } from '../data/dataset';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { NoteKeySchema } from './noteKey';
import { goToStep, lastStep, leavePresentation, setBlackout } from './steps';

export const CHANNEL_NAME = 'maillage-presenter';

const Sender = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const PresenterMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    v: z.literal(1),
    type: z.literal('state'),
    from: Sender,
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    step: z.number().int().min(0).max(999).nullable(),
    blackout: z.boolean(),
  }),
  /** A window that has just opened asks the others for the current state. */
  z.strictObject({ v: z.literal(1), type: z.literal('hello'), from: Sender }),
  /** Notes were saved under these keys; other windows showing them read them again. */
  z.strictObject({ v: z.literal(1), type: z.literal('notes'), from: Sender, keys: z.array(NoteKeySchema).max(5000) }),
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
  readonly id?: string;
  readonly onNotes?: (keys: readonly string[]) => void;
  /** Called with the running count each time a message is ignored as malformed. */
  readonly onRejected?: (count: number) => void;
}

const randomId = () => Math.random().toString(36).slice(2, 12) || 'w';

const openPort = (): ChannelPort | null => {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
  } catch {
    return null;
  }
};

export function createPresenterChannel({ dataset, store, port = openPort(), id = randomId(), onNotes, onRejected }: PresenterChannelOptions) {
  let clock = 0;
  /** The change the shown state comes from: (seq, from). */
  let last = { seq: -1, from: '' };
  let applying = false;
  let received = 0;
  let rejected = 0;
  const later = (seq: number, from: string) => seq > last.seq || (seq === last.seq && from > last.from);

  const post = (message: PresenterMessage) => port?.postMessage(message);
  const sendState = () => {
    const s = store.get();
    post({ v: 1, type: 'state', from: id, seq: Math.max(last.seq, 0), step: s.step, blackout: s.blackout });
  };

  function onMessage(e: MessageEvent) {
    const message = parseMessage(e.data);
    if (!message || (message.type === 'state' && message.step !== null && message.step > lastStep(dataset))) {
      rejected += 1;
      onRejected?.(rejected);
      return;
    }
    if (message.from === id) return;
    received += 1;
    if (message.type === 'hello') return sendState();
    if (message.type === 'notes') return onNotes?.(message.keys);
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
    post({ v: 1, type: 'state', from: id, seq: clock, step: s.step, blackout: s.blackout });
  });

  port?.addEventListener('message', onMessage);
  post({ v: 1, type: 'hello', from: id });

  let destroyed = false;
  return {
    id,
    /** Whether windows can talk at all (no BroadcastChannel: each window on its own). */
    connected: port !== null,
    stats: () => ({ received, rejected }),
    announceNotes(keys: readonly string[]) {
      if (keys.length > 0) post({ v: 1, type: 'notes', from: id, keys: [...keys] });
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
