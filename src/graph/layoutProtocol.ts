// The messages between the graph view and the layout worker, checked with zod on both sides: a
// message from another realm is an edge like a file. Each request carries an id (a sequence number
// the view increases for every new dataset, filter or view size class); every reply names the
// request it answers, so a reply to a superseded request is recognised and dropped.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import { LINK_FAMILIES } from '../vocabulary/visual';

/** Bumped when a message changes shape; a worker from another build answers with an error. */
export const PROTOCOL_VERSION = 2;

const finite = lazySchema(() => z.number().refine(Number.isFinite, 'a finite number'));

/** A node's type in a request, by its index here. */
export const NODE_TYPES = ['actor', 'person', 'session'] as const;

/** What a request carries of each node and link, in columns: typed arrays and one array of ids,
 * which the browser copies to the worker at a fraction of the cost of one object per node and
 * link (at 15,000 actors, objects took tens of milliseconds of the page's first drawing). */
const columns = lazySchema(() =>
  z.object({
    /** Node i's id. */
    ids: z.array(z.string()),
    /** Node i's type, an index into NODE_TYPES. */
    types: z.instanceof(Uint8Array),
    /** Node i's scale (ring) index, or -1 for none. */
    scales: z.instanceof(Int16Array),
    degrees: z.instanceof(Float64Array),
    radii: z.instanceof(Float64Array),
    /** Link j goes from node ends[2j] to node ends[2j + 1] (indices into the nodes). */
    ends: z.instanceof(Uint32Array),
    /** Link j's family, an index into LINK_FAMILIES. */
    families: z.instanceof(Uint8Array),
  }),
);

const allFinite = (a: Float64Array) => a.every((v) => Number.isFinite(v));

export const LayoutInputSchema = lazySchema(() =>
  z
    .object({
      ...built(columns).shape,
      /** Rings the dataset's scales make (its own vocabulary's, or the built-in seven). */
      scaleCount: z.number().int().min(1).max(100),
      width: built(finite).refine((w) => w > 0, 'a width > 0'),
      height: built(finite).refine((h) => h > 0, 'a height > 0'),
      layout: z.enum(['rings', 'free']),
      seed: z.number().int(),
      pins: z.array(z.object({ id: z.string(), x: built(finite), y: built(finite) })),
    })
    .superRefine((input, ctx) => {
      const n = input.ids.length;
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      for (const key of ['types', 'scales', 'degrees', 'radii'] as const) if (input[key].length !== n) issue(key, `one per node (${n})`);
      if (input.ends.length !== 2 * input.families.length) issue('ends', 'two per link');
      if (input.types.some((t) => t >= NODE_TYPES.length)) issue('types', 'a node type');
      if (input.scales.some((s) => s < -1)) issue('scales', 'a scale index or -1');
      if (!allFinite(input.degrees)) issue('degrees', 'finite numbers');
      if (!allFinite(input.radii) || input.radii.some((r) => r < 0)) issue('radii', 'finite radii ≥ 0');
      if (input.ends.some((i) => i >= n)) issue('ends', 'indices of nodes');
      if (input.families.some((f) => f >= LINK_FAMILIES.length)) issue('families', 'a link family');
    }),
);
export type LayoutInput = z.infer<typeof LayoutInputSchema>;

/** What every request and reply starts with (made anew for each schema that spreads it). */
const header = () => ({ version: z.literal(PROTOCOL_VERSION), id: z.number().int().nonnegative() });

export const LayoutRequestSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('layout'), ...header(), input: built(LayoutInputSchema) }),
    /** Stop working on request `id` (a newer one supersedes it, or the view is gone). */
    z.object({ type: z.literal('cancel'), ...header() }),
  ]),
);
export type LayoutRequest = z.infer<typeof LayoutRequestSchema>;

/** Node i's position is at [2i, 2i + 1], in the order of the request's nodes. */
const positions = lazySchema(() => z.instanceof(Float64Array));

export const LayoutReplySchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    /** Positions part way: `tick` of `total` ticks done. */
    z.object({
      type: z.literal('progress'),
      ...header(),
      tick: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      positions: built(positions),
    }),
    /** The settled layout. */
    z.object({ type: z.literal('done'), ...header(), ticks: z.number().int().nonnegative(), positions: built(positions) }),
    z.object({ type: z.literal('error'), version: z.literal(PROTOCOL_VERSION), id: z.number().int(), message: z.string() }),
  ]),
);
export type LayoutReply = z.infer<typeof LayoutReplySchema>;
