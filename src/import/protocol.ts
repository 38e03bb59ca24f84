// Messages between the page and the import worker, checked with zod on arrival (an edge like any
// other). The worker validates the dataset in full (DatasetSchema and integrity, in parseFile);
// its reply (the dataset as JSON text) is checked on the page again, but cheaply: the small parts
// in full, the big lists of rows (up to 100,000) only for being objects with an id.
import { z } from 'zod';
import { DatasetSchema, type Actor, type Person, type Place, type RawDataset, type Relation } from '../data/schema';
import { PROBLEM_CODES } from './problem';

export const ParseRequestSchema = z.strictObject({
  type: z.literal('parse'),
  name: z.string().min(1),
  contentType: z.string(),
  bytes: z.instanceof(ArrayBuffer),
});
export type ParseRequest = z.infer<typeof ParseRequestSchema>;

/** A dataset kept in this browser ("My data"), as JSON text, to validate again off the page. */
export const LoadKeptRequestSchema = z.strictObject({
  type: z.literal('load'),
  name: z.string().min(1),
  text: z.string(),
});
export type LoadKeptRequest = z.infer<typeof LoadKeptRequestSchema>;

/** A large dataset fetched by the page (`?data=`), with the session notes beside it, to check off the
 * page: as the page would (loadDataset), notes included. */
export const CheckRequestSchema = z.strictObject({
  type: z.literal('check'),
  name: z.string().min(1),
  text: z.string(),
  notes: z.record(z.string(), z.string()),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const WorkerRequestSchema = z.discriminatedUnion('type', [ParseRequestSchema, LoadKeptRequestSchema, CheckRequestSchema]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

const ProblemSchema = z.strictObject({
  file: z.string(),
  sheet: z.string().optional(),
  line: z.number().int().optional(),
  column: z.string().optional(),
  code: z.enum(PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  suggestion: z.string().optional(),
});

const UnresolvedSchema = z.strictObject({
  actor: z.string(),
  name: z.string(),
  country: z.string().optional(),
  departement: z.string().max(100).optional(),
  insee: z.string().optional(),
  file: z.string(),
  line: z.number().int(),
});

const rowsOf = <T>(what: string) =>
  z.array(
    z.custom<T>((row) => typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { id?: unknown }).id === 'string', {
      message: `each of the ${what} is an object with an id`,
    }),
  );

const { shape } = DatasetSchema;
/** The worker's validated dataset (defaults filled in), as it arrives on the page. */
export const WorkerDatasetSchema = z.strictObject({
  $schema: shape.$schema,
  event: shape.event,
  vocabulary: shape.vocabulary,
  themes: shape.themes,
  sections: shape.sections,
  sessions: shape.sessions,
  actors: rowsOf<Actor>('actors').min(1),
  people: rowsOf<Person>('people'),
  places: rowsOf<Place>('places'),
  relations: rowsOf<Relation>('relations'),
}) satisfies z.ZodType<RawDataset>;

/** The worker's answer when the file could be opened. */
export const WorkerDatasetReplySchema = z.strictObject({
  type: z.literal('done'),
  ok: z.literal(true),
  /** The validated dataset as JSON: the browser copies one string far faster than 100,000 objects. */
  text: z.string(),
  unresolvedPlaces: z.array(UnresolvedSchema),
});

export const WorkerMessageSchema = z.union([
  z.strictObject({ type: z.literal('progress'), done: z.number().min(0).max(1) }),
  WorkerDatasetReplySchema,
  z.strictObject({ type: z.literal('done'), ok: z.literal(false), problems: z.array(ProblemSchema) }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
