// Messages between the page and the import worker, checked with zod on arrival (an edge like any
// other). The worker validates the dataset in full (DatasetSchema and integrity, in parseFile);
// its reply (the dataset as JSON text) is checked on the page again, but cheaply: the small parts
// in full, the big lists of rows (up to 200,000) only for being objects with an id.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import { DatasetSchema, type Actor, type Person, type Place, type Relation } from '../data/schema';
import { PROBLEM_CODES } from './problem';

export const ParseRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('parse'),
    name: z.string().min(1),
    contentType: z.string(),
    bytes: z.instanceof(ArrayBuffer),
  }),
);
export type ParseRequest = z.infer<typeof ParseRequestSchema>;

/** A dataset kept in this browser ("My data"), as JSON text, to validate again off the page. */
export const LoadKeptRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('load'),
    name: z.string().min(1),
    text: z.string(),
  }),
);
export type LoadKeptRequest = z.infer<typeof LoadKeptRequestSchema>;

/** A large dataset fetched by the page (`?data=`), to check off the page as the page would
 * (loadDataset), with the session notes the worker fetches beside its address. */
export const CheckRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('check'),
    name: z.string().min(1),
    text: z.string(),
    /** Resolved and percent-encoded: up to six times the 2,000 characters a page's `?data=` may have. */
    address: z.string().max(20_000),
  }),
);
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const WorkerRequestSchema = lazySchema(() =>
  z.discriminatedUnion('type', [built(ParseRequestSchema), built(LoadKeptRequestSchema), built(CheckRequestSchema)]),
);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

const ProblemSchema = lazySchema(() =>
  z.strictObject({
    file: z.string(),
    sheet: z.string().optional(),
    line: z.number().int().optional(),
    column: z.string().optional(),
    code: z.enum(PROBLEM_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    suggestion: z.string().optional(),
  }),
);

const UnresolvedSchema = lazySchema(() =>
  z.strictObject({
    actor: z.string(),
    name: z.string(),
    country: z.string().optional(),
    departement: z.string().max(100).optional(),
    insee: z.string().optional(),
    file: z.string(),
    line: z.number().int(),
  }),
);

const isRowWithId = (row: unknown): boolean =>
  typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { id?: unknown }).id === 'string';

/**
 * A part of a list of rows: a list, each row an object with an id, said by its index when it is
 * not. One zod check of the list and a plain loop over its rows, rather than a zod element schema
 * run for each row (2,000 rows: 20–35 ms of zod on the page at 15,000 actors, for checks this
 * simple); the worker checked each row in full against DatasetSchema before it replied.
 */
const rowsOf = <T>(what: string) =>
  z
    .custom<unknown[]>((rows) => Array.isArray(rows), { message: `the ${what} are a list` })
    .superRefine((rows, ctx) => {
      for (const [index, row] of rows.entries()) {
        if (!isRowWithId(row)) ctx.addIssue({ code: 'custom', path: [index], input: row, message: `each of the ${what} is an object with an id` });
      }
    }) as unknown as z.ZodType<T[]>;

/** The lists of rows of a dataset, which the worker's reply gives in parts (reply.ts). */
export const ROW_LISTS = ['actors', 'people', 'places', 'relations'] as const;
export type RowList = (typeof ROW_LISTS)[number];

/** The worker's validated dataset without its lists of rows (defaults filled in), checked in full. */
export const WorkerDatasetHeadSchema = lazySchema(() => {
  const { shape } = built(DatasetSchema);
  return z.strictObject({
    $schema: shape.$schema,
    event: shape.event,
    vocabulary: shape.vocabulary,
    themes: shape.themes,
    sections: shape.sections,
    sessions: shape.sessions,
  });
});

/** Each list of rows, checked only for being objects with an id (the worker checked them in full). */
export const WorkerRowsSchemas = {
  actors: lazySchema(() => rowsOf<Actor>('actors')),
  people: lazySchema(() => rowsOf<Person>('people')),
  places: lazySchema(() => rowsOf<Place>('places')),
  relations: lazySchema(() => rowsOf<Relation>('relations')),
} satisfies Record<RowList, z.ZodType>;

const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isSpan = (span: unknown): boolean => Array.isArray(span) && span.length === 2 && isOffset(span[0]) && isOffset(span[1]);
/** A list's parts, `[start, end]` offsets each: one zod check with a plain loop, not a zod tuple of
 * two numbers per part (a list has hundreds of parts at 100,000 rows, each a zod run on the page).
 * readReply checks further that the parts tile the text exactly. */
const Spans = lazySchema(() =>
  z.custom<[number, number][]>((spans) => Array.isArray(spans) && spans.every(isSpan), {
    message: 'a list of [start, end] offsets',
  }),
);
/** Where the reply's text holds what: its head up to `head` (without the closing brace), and each
 * list's rows in parts, each `[start, end)` a run of rows without the brackets. */
export const ReplyPartsSchema = lazySchema(() =>
  z.strictObject({
    head: z.number().int().min(1),
    rows: z.strictObject({
      actors: built(Spans).optional(),
      people: built(Spans).optional(),
      places: built(Spans).optional(),
      relations: built(Spans).optional(),
    }),
  }),
);
export type ReplyParts = z.infer<typeof ReplyPartsSchema>;

/** The worker's answer when the file could be opened. */
export const WorkerDatasetReplySchema = lazySchema(() =>
  z.strictObject({
    type: z.literal('done'),
    ok: z.literal(true),
    /** The validated dataset as JSON: the browser copies one string far faster than 100,000 objects. */
    text: z.string(),
    parts: built(ReplyPartsSchema),
    unresolvedPlaces: z.array(built(UnresolvedSchema)),
    /** For a dataset checked from its address: the session notes fetched beside it, by path. */
    notes: z.record(z.string(), z.string()).optional(),
  }),
);

export const WorkerMessageSchema = lazySchema(() =>
  z.union([
    z.strictObject({ type: z.literal('progress'), done: z.number().min(0).max(1) }),
    built(WorkerDatasetReplySchema),
    z.strictObject({ type: z.literal('done'), ok: z.literal(false), problems: z.array(built(ProblemSchema)) }),
  ]),
);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
