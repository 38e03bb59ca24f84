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

/** Built-in relation kinds that read the same both ways; every other kind has a direction (from → to). */
export const SYMMETRIC_RELATION_KINDS: readonly BuiltInRelationKind[] = ['works-with', 'partner-of', 'twinned-with'];

/** Where a session's Markdown note lives, relative to the dataset file. */
export const NOTE_PATH = /^sessions\/[a-z0-9-]+\.md$/;

export const SESSION_STATUSES = ['announced', 'to-be-confirmed'] as const;
export const COORDINATE_PRECISIONS = ['sourced', 'approximate'] as const;

/**
 * Generous limits, so no dataset can make the page hang (documented in README "Editing the data"):
 * far above any real network of alliances (the French atlas of decentralised cooperation has about
 * 15,000 authorities), far below what would freeze a browser.
 */
export const LIMITS = {
  idLength: 200,
  textLength: 50_000,
  urlLength: 2_000,
  actors: 250_000,
  relations: 1_000_000,
  places: 250_000,
  people: 50_000,
  sessions: 5_000,
  listItems: 10_000,
  attributes: 200,
  /** A session's Markdown note, in characters: a workshop's notes are a few thousand; a longer one
   * would hold the page for seconds while it is made into HTML (issue 14). */
  noteLength: 100_000,
} as const;

// Digits grouped by hand: toLocaleString's first call loads number formatting, a cost on every page load.
const atMost = (n: number, what: string) => `at most ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${what}`;

export const Id = z
  .string()
  .max(LIMITS.idLength, atMost(LIMITS.idLength, 'characters'))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, e.g. "cites-unies-france"');

const Text = z.string().max(LIMITS.textLength, atMost(LIMITS.textLength, 'characters')).trim().min(1, 'must not be empty');
const Url = z
  .string()
  .max(LIMITS.urlLength, atMost(LIMITS.urlLength, 'characters'))
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }));

/** A text in French, English or both. The app shows the other language's text when one is missing,
 * marked with its language (src/data/text.ts). */
export const LocalizedSchema = z
  .strictObject({ fr: Text.optional(), en: Text.optional() })
  .refine((v) => v.fr !== undefined || v.en !== undefined, {
    error: 'needs a text in French ("fr") or English ("en"), or both',
  });

/** One entry of a dataset's own list of actor kinds or scales. */
export const VocabularyEntrySchema = z.strictObject({ id: Id, label: LocalizedSchema });
export const RelationKindEntrySchema = z.strictObject({
  id: Id,
  label: LocalizedSchema,
  /** false when the relation reads the same both ways (partner of, twinned with). */
  directed: z.boolean(),
});

/** The dataset's own kinds, scales and relation kinds (src/data/vocabulary.ts resolves them).
 * Actor and relation kinds extend the built-in lists (the same id relabels a built-in one); scales,
 * ordered from local to global, replace the built-in seven. */
export const VocabularySchema = z.strictObject({
  actorKinds: z.array(VocabularyEntrySchema).optional(),
  scales: z.array(VocabularyEntrySchema).min(1, 'a dataset that declares scales declares at least one').optional(),
  relationKinds: z.array(RelationKindEntrySchema).optional(),
});


export const ProvenanceSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('programme'), quote: Text }),
    z.strictObject({ type: z.literal('source'), url: Url, note: LocalizedSchema.optional() }),
    z.strictObject({ type: z.literal('unsourced'), note: LocalizedSchema.optional() }),
    /** A quote from a document other than the programme (a spreadsheet's Citation column). */
    z.strictObject({ type: z.literal('document'), quote: Text, note: LocalizedSchema.optional() }),
  ],
  {
    error:
      'provenance.type must be "programme" (with a quote), "source" (with a url), "document" (with a quote) or "unsourced"',
  },
);

export const PlaceSchema = z.strictObject({
  id: Id,
  name: LocalizedSchema,
  country: Text.optional(),
  latitude: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
  longitude: z
    .number()
    .min(-180, 'longitude is between -180 and 180')
    .max(180, 'longitude is between -180 and 180'),
  precision: z.enum(COORDINATE_PRECISIONS),
  source: Url.optional(),
  /** Where coordinates found by the offline gazetteer came from (then precision is "approximate"). */
  geocodedFrom: Text.optional(),
});

export const ActorSchema = z.strictObject({
  id: Id,
  name: LocalizedSchema,
  /** The graph's short label: one text for both languages ("CUF"), or one per language like every
   * other text ({ "fr": "Campagne OMD", "en": "MDG campaign" }). */
  shortName: z.union([Text, LocalizedSchema]).optional(),
  /** An actor kind of the dataset's vocabulary (built-in or declared). */
  kind: Id,
  /** A scale of the dataset's vocabulary. */
  scale: Id,
  scaleNote: LocalizedSchema.optional(),
  /** Place of the seat; null when the actor has none (a campaign) or it is unknown. */
  place: Id.nullable(),
  address: Text.optional(),
  description: LocalizedSchema.optional(),
  /**
   * The programme's words that the description restates, when it says nothing beyond them
   * (check-data finds them in the programme). A description without one needs `sources`.
   */
  descriptionQuote: Text.optional(),
  sources: z.array(Url).max(LIMITS.listItems, atMost(LIMITS.listItems, 'sources')).default([]),
  /** Other facts about the actor (a spreadsheet's extra columns), shown in its details. */
  attributes: z
    .record(z.string().max(LIMITS.idLength), z.string().max(LIMITS.textLength))
    .refine((r) => Object.keys(r).length <= LIMITS.attributes, atMost(LIMITS.attributes, 'attributes'))
    .optional(),
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
  /** A relation kind of the dataset's vocabulary (built-in or declared). */
  kind: Id,
  label: LocalizedSchema.optional(),
  provenance: ProvenanceSchema,
});

export const SessionSchema = z.strictObject({
  id: Id,
  section: Id,
  title: LocalizedSchema,
  /** Person ids; empty when the programme names nobody (see speakerNote). */
  speakers: z.array(Id).max(LIMITS.listItems, atMost(LIMITS.listItems, 'speakers')),
  speakerNote: LocalizedSchema.optional(),
  status: z.enum(SESSION_STATUSES),
  actors: z.array(Id).min(1, 'a session presents at least one actor').max(LIMITS.listItems, atMost(LIMITS.listItems, 'actors')),
  places: z.array(Id).max(LIMITS.listItems, atMost(LIMITS.listItems, 'places')).default([]),
  themes: z.array(Id).max(LIMITS.listItems, atMost(LIMITS.listItems, 'themes')).default([]),
  /** Markdown file under data/, e.g. "sessions/01-savigny.md". */
  notes: z.string().regex(NOTE_PATH, 'notes is a path like "sessions/01-name.md"').optional(),
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
  summary: LocalizedSchema.optional(),
  /** ISO date, or "unknown" when the programme does not say. */
  date: z.union([z.literal('unknown'), z.iso.date()]).optional(),
  venue: z.union([z.literal('unknown'), Text]).optional(),
  dateNote: LocalizedSchema.optional(),
  source: Text.optional(),
});

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  event: EventSchema,
  vocabulary: VocabularySchema.optional(),
  /** The programme is optional: a network of actors and relations is a dataset on its own. */
  themes: z.array(ThemeSchema).max(LIMITS.listItems, atMost(LIMITS.listItems, 'themes')).default([]),
  sections: z.array(SectionSchema).max(LIMITS.sessions, atMost(LIMITS.sessions, 'sections')).default([]),
  sessions: z.array(SessionSchema).max(LIMITS.sessions, atMost(LIMITS.sessions, 'sessions')).default([]),
  actors: z.array(ActorSchema).min(1, 'the dataset has at least one actor').max(LIMITS.actors, atMost(LIMITS.actors, 'actors')),
  people: z.array(PersonSchema).max(LIMITS.people, atMost(LIMITS.people, 'people')).default([]),
  places: z.array(PlaceSchema).max(LIMITS.places, atMost(LIMITS.places, 'places')).default([]),
  relations: z.array(RelationSchema).max(LIMITS.relations, atMost(LIMITS.relations, 'relations')).default([]),
});

export type BuiltInScale = (typeof SCALES)[number];
export type BuiltInActorKind = (typeof ACTOR_KINDS)[number];
export type BuiltInRelationKind = (typeof RELATION_KINDS)[number];
/** Ids of the dataset's vocabulary (src/data/vocabulary.ts): built-in or declared by the dataset. */
export type Scale = string;
export type ActorKind = string;
export type RelationKind = string;
export type Localized = z.infer<typeof LocalizedSchema>;
export type Vocabulary = z.infer<typeof VocabularySchema>;
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
