// Messages between the page and the import worker, checked with zod on arrival (an edge like any
// other). The dataset itself travels as plain data and is validated again by the loader.
import { z } from 'zod';
import { PROBLEM_CODES } from './problem';

export const ParseRequestSchema = z.strictObject({
  type: z.literal('parse'),
  name: z.string().min(1),
  contentType: z.string(),
  bytes: z.instanceof(ArrayBuffer),
});
export type ParseRequest = z.infer<typeof ParseRequestSchema>;

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

export const WorkerMessageSchema = z.union([
  z.strictObject({ type: z.literal('progress'), done: z.number().min(0).max(1) }),
  z.strictObject({ type: z.literal('done'), ok: z.literal(true), raw: z.unknown(), unresolvedPlaces: z.array(UnresolvedSchema) }),
  z.strictObject({ type: z.literal('done'), ok: z.literal(false), problems: z.array(ProblemSchema) }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
