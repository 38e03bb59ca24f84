// The layout worker's logic, apart from the worker itself so tests can drive it: each request is
// checked with zod, seeded, its seeded positions posted (tick 0), then laid out in slices of about
// SLICE_MS with the positions posted after each slice (transferred, not copied), and dropped as
// soon as a newer request or a cancel names it. Between slices it yields (schedule), so a cancel
// or a newer request is read in time.
import { LayoutRequestSchema, PROTOCOL_VERSION, type LayoutReply } from './layoutProtocol';
import { startLayout, type LayoutRun } from './layoutRun';

/** How long a slice of ticks runs before the positions so far are sent: about a few frames, so
 * the drawing moves smoothly without the messages costing more than the ticks. */
export const SLICE_MS = 100;

export interface LayoutHandlerOptions {
  readonly post: (reply: LayoutReply, transfer: Transferable[]) => void;
  /** Runs `fn` later, after pending messages (setTimeout in a worker). */
  readonly schedule?: (fn: () => void) => void;
  readonly now?: () => number;
}

export function createLayoutHandler({ post, schedule = (fn) => setTimeout(fn, 0), now = () => performance.now() }: LayoutHandlerOptions) {
  let job: { id: number; run: LayoutRun } | null = null;

  /** The seeded positions first, before any tick (tick 0): what the view draws first, so that
   * the page does not seed the rings itself (a large graph's seeding held its first drawing). */
  function seeded(id: number) {
    if (job?.id !== id) return;
    const positions = job.run.positions();
    post({ type: 'progress', version: PROTOCOL_VERSION, id, tick: job.run.tick, total: job.run.total, positions }, [positions.buffer]);
    schedule(() => slice(id));
  }

  function slice(id: number) {
    if (job?.id !== id) return;
    const { run } = job;
    const until = now() + SLICE_MS;
    let done: boolean;
    try {
      done = run.step(() => now() >= until);
    } catch (error) {
      job = null;
      post({ type: 'error', version: PROTOCOL_VERSION, id, message: String(error) }, []);
      return;
    }
    const positions = run.positions();
    if (done) {
      job = null;
      post({ type: 'done', version: PROTOCOL_VERSION, id, ticks: run.tick, positions }, [positions.buffer]);
    } else {
      post({ type: 'progress', version: PROTOCOL_VERSION, id, tick: run.tick, total: run.total, positions }, [positions.buffer]);
      schedule(() => slice(id));
    }
  }

  return function handle(data: unknown): void {
    const parsed = LayoutRequestSchema.safeParse(data);
    if (!parsed.success) {
      const id = typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'number' ? data.id : -1;
      post({ type: 'error', version: PROTOCOL_VERSION, id, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, []);
      return;
    }
    const request = parsed.data;
    if (request.type === 'cancel') {
      if (job?.id === request.id) job = null;
      return;
    }
    // A new request supersedes whatever was running.
    job = { id: request.id, run: startLayout(request.input) };
    const id = request.id;
    schedule(() => seeded(id));
  };
}
