// The messages between the graph view and the layout worker, checked with zod on both sides: a
// message from another realm is an edge like a file. Each request carries an id (a sequence number
// the view increases for every new dataset, filter or view size class); every reply names the
// request it answers, so a reply to a superseded request is recognised and dropped.
import { z } from 'zod';
import { LINK_FAMILIES } from '../vocabulary/visual';

/** Bumped when a message changes shape; a worker from another build answers with an error. */
export const PROTOCOL_VERSION = 1;

const finite = z.number().refine(Number.isFinite, 'a finite number');

export const LayoutInputSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      type: z.enum(['actor', 'person', 'session']),
      scaleIndex: z.number().int().nonnegative().nullable(),
      degree: finite,
      radius: finite.refine((r) => r >= 0, 'a radius ≥ 0'),
    }),
  ),
  links: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      family: z.enum(LINK_FAMILIES),
    }),
  ),
  /** Rings the dataset's scales make (its own vocabulary's, or the built-in seven). */
  scaleCount: z.number().int().min(1).max(100),
  width: finite.refine((w) => w > 0, 'a width > 0'),
  height: finite.refine((h) => h > 0, 'a height > 0'),
  layout: z.enum(['rings', 'free']),
  seed: z.number().int(),
  pins: z.array(z.object({ id: z.string(), x: finite, y: finite })),
});
export type LayoutInput = z.infer<typeof LayoutInputSchema>;

const header = { version: z.literal(PROTOCOL_VERSION), id: z.number().int().nonnegative() };

export const LayoutRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('layout'), ...header, input: LayoutInputSchema }),
  /** Stop working on request `id` (a newer one supersedes it, or the view is gone). */
  z.object({ type: z.literal('cancel'), ...header }),
]);
export type LayoutRequest = z.infer<typeof LayoutRequestSchema>;

/** Node i's position is at [2i, 2i + 1], in the order of the request's nodes. */
const positions = z.instanceof(Float64Array);

export const LayoutReplySchema = z.discriminatedUnion('type', [
  /** Positions part way: `tick` of `total` ticks done. */
  z.object({ type: z.literal('progress'), ...header, tick: z.number().int().nonnegative(), total: z.number().int().nonnegative(), positions }),
  /** The settled layout. */
  z.object({ type: z.literal('done'), ...header, ticks: z.number().int().nonnegative(), positions }),
  z.object({ type: z.literal('error'), version: z.literal(PROTOCOL_VERSION), id: z.number().int(), message: z.string() }),
]);
export type LayoutReply = z.infer<typeof LayoutReplySchema>;
