// The single definition of a Maillage dataset. Every type the app uses is inferred from here, and
// data/schema.json is generated from these schemas (npm run gen-schema).
import { z } from 'zod';

// No code generated at run time: the site's CSP has no 'unsafe-eval', and zod's probe for it would
// be reported as a violation.
z.config({ jitless: true });

/** Scales an actor acts at, in order from local to global. */
export const SCALES = [
  'local',
  'intercommunal',
  'departmental',
  'regional',
  'national',
  'continental',
  'global',
] as const;

export const ACTOR_KINDS = [
  'municipality',
  'intercommunal-body',
  'departement',
  'region',
  'university',
  'association',
  'campaign-network',
  'movement',
  'network-of-local-authorities',
  'world-organisation',
  'campaign',
  'local-authorities',
] as const;

export const RELATION_KINDS = [
  'member-of',
  'founding-member-of',
  'part-of',
  'located-in',
  'works-with',
  'partner-of',
  'twinned-with',
  'runs',
  'acts-in',
  'supports',
  'opposes-with',
] as const;

/** Relation kinds that read the same both ways; every other kind has a direction (from → to). */
export const SYMMETRIC_RELATION_KINDS: readonly RelationKind[] = ['works-with', 'partner-of', 'twinned-with'];

/** Where a session's Markdown note lives, relative to the dataset file. */
export const NOTE_PATH = /^sessions\/[a-z0-9-]+\.md$/;

export const SESSION_STATUSES = ['announced', 'to-be-confirmed'] as const;
export const COORDINATE_PRECISIONS = ['sourced', 'approximate'] as const;

const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, e.g. "cites-unies-france"');

const Text = z.string().trim().min(1, 'must not be empty');
const Url = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/** A text in French (first) and English. */
export const LocalizedSchema = z.strictObject({ fr: Text, en: Text });


export const ProvenanceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('programme'), quote: Text }),
    z.strictObject({ type: z.literal('source'), url: Url, note: LocalizedSchema.optional() }),
    z.strictObject({ type: z.literal('unsourced'), note: LocalizedSchema.optional() }),
  ],
  { error: 'provenance.type must be "programme" (with a quote), "source" (with a url) or "unsourced"' },
);

export const PlaceSchema = z.strictObject({
  id: Id,
  name: LocalizedSchema,
  country: Text,
  latitude: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
  longitude: z
    .number()
    .min(-180, 'longitude is between -180 and 180')
    .max(180, 'longitude is between -180 and 180'),
  precision: z.enum(COORDINATE_PRECISIONS),
  source: Url.optional(),
});

export const ActorSchema = z.strictObject({
  id: Id,
  name: LocalizedSchema,
  shortName: Text.optional(),
  kind: z.enum(ACTOR_KINDS),
  scale: z.enum(SCALES),
  scaleNote: LocalizedSchema.optional(),
  /** Place of the seat; null when the actor has none (a campaign) or it is unknown. */
  place: Id.nullable(),
  address: Text.optional(),
  description: LocalizedSchema,
  /**
   * The programme's words that the description restates, when it says nothing beyond them
   * (check-data finds them in the programme). A description without one needs `sources`.
   */
  descriptionQuote: Text.optional(),
  sources: z.array(Url).default([]),
});

export const AffiliationSchema = z.strictObject({
  actor: Id,
  role: LocalizedSchema,
  provenance: ProvenanceSchema,
});

export const PersonSchema = z.strictObject({
  id: Id,
  name: Text,
  affiliations: z.array(AffiliationSchema).min(1, 'a speaker speaks for at least one actor'),
  /** The actor in whose capacity the programme names the speaker (e.g. "1er Vice-Président du CG 93"). */
  speaksFor: Id,
});

export const RelationSchema = z.strictObject({
  id: Id,
  from: Id,
  to: Id,
  kind: z.enum(RELATION_KINDS),
  label: LocalizedSchema.optional(),
  provenance: ProvenanceSchema,
});

export const SessionSchema = z.strictObject({
  id: Id,
  section: Id,
  title: LocalizedSchema,
  /** Person ids; empty when the programme names nobody (see speakerNote). */
  speakers: z.array(Id),
  speakerNote: LocalizedSchema.optional(),
  status: z.enum(SESSION_STATUSES),
  actors: z.array(Id).min(1, 'a session presents at least one actor'),
  places: z.array(Id).default([]),
  themes: z.array(Id).default([]),
  /** Markdown file under data/, e.g. "sessions/01-savigny.md". */
  notes: z.string().regex(NOTE_PATH, 'notes is a path like "sessions/01-name.md"'),
});

export const SectionSchema = z.strictObject({
  id: Id,
  kind: z.enum(['introduction', 'section']),
  title: LocalizedSchema,
});

export const ThemeSchema = z.strictObject({
  id: Id,
  kind: z.enum(['field', 'pressure']),
  label: LocalizedSchema,
});

export const EventSchema = z.strictObject({
  title: LocalizedSchema,
  summary: LocalizedSchema,
  /** ISO date, or "unknown" when the programme does not say. */
  date: z.union([z.literal('unknown'), z.iso.date()]),
  venue: z.union([z.literal('unknown'), Text]),
  dateNote: LocalizedSchema.optional(),
  source: Text,
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  event: EventSchema,
  themes: z.array(ThemeSchema),
  sections: z.array(SectionSchema).min(1, 'the programme has at least one section'),
  sessions: z.array(SessionSchema).min(1, 'the programme has at least one session'),
  actors: z.array(ActorSchema).min(1, 'the dataset has at least one actor'),
  people: z.array(PersonSchema),
  places: z.array(PlaceSchema),
  relations: z.array(RelationSchema),
});

export type Scale = (typeof SCALES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Localized = z.infer<typeof LocalizedSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type WorkshopEvent = z.infer<typeof EventSchema>;
export type RawDataset = z.infer<typeof DatasetSchema>;
