// The single definition of a Maillage dataset. Every type the app uses is inferred from here, and
// data/schema.json is generated from these schemas (npm run gen-schema).
import { z } from 'zod';
import { built, lazySchema } from './lazySchema';

// No code generated at run time: the site's CSP has no 'unsafe-eval', and zod's probe for it would
// be reported as a violation.
z.config({ jitless: true });

/** Scales an actor acts at, in order from local to global. */
export const SCALES = ['local', 'intercommunal', 'departmental', 'regional', 'national', 'continental', 'global'] as const;

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

export const Id = lazySchema(() =>
  z
    .string()
    .max(LIMITS.idLength, atMost(LIMITS.idLength, 'characters'))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, e.g. "cites-unies-france"'),
);

const Text = lazySchema(() => z.string().max(LIMITS.textLength, atMost(LIMITS.textLength, 'characters')).trim().min(1, 'must not be empty'));
const Url = lazySchema(() =>
  z
    .string()
    .max(LIMITS.urlLength, atMost(LIMITS.urlLength, 'characters'))
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })),
);

/** A text in French, English or both. The app shows the other language's text when one is missing,
 * marked with its language (src/data/text.ts). */
export const LocalizedSchema = lazySchema(() =>
  z.strictObject({ fr: built(Text).optional(), en: built(Text).optional() }).refine((v) => v.fr !== undefined || v.en !== undefined, {
    error: 'needs a text in French ("fr") or English ("en"), or both',
  }),
);

/** One entry of a dataset's own list of actor kinds or scales. */
export const VocabularyEntrySchema = lazySchema(() => z.strictObject({ id: built(Id), label: built(LocalizedSchema) }));
export const RelationKindEntrySchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    label: built(LocalizedSchema),
    /** false when the relation reads the same both ways (partner of, twinned with). */
    directed: z.boolean(),
  }),
);

/** The dataset's own kinds, scales and relation kinds (src/data/vocabulary.ts resolves them).
 * Actor and relation kinds extend the built-in lists (the same id relabels a built-in one); scales,
 * ordered from local to global, replace the built-in seven. */
export const VocabularySchema = lazySchema(() =>
  z.strictObject({
    actorKinds: z.array(built(VocabularyEntrySchema)).optional(),
    scales: z.array(built(VocabularyEntrySchema)).min(1, 'a dataset that declares scales declares at least one').optional(),
    relationKinds: z.array(built(RelationKindEntrySchema)).optional(),
  }),
);

export const ProvenanceSchema = lazySchema(() =>
  z.discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('programme'), quote: built(Text) }),
      z.strictObject({ type: z.literal('source'), url: built(Url), note: built(LocalizedSchema).optional() }),
      z.strictObject({ type: z.literal('unsourced'), note: built(LocalizedSchema).optional() }),
      /** A quote from a document other than the programme (a spreadsheet's Citation column). */
      z.strictObject({ type: z.literal('document'), quote: built(Text), note: built(LocalizedSchema).optional() }),
    ],
    {
      error: 'provenance.type must be "programme" (with a quote), "source" (with a url), "document" (with a quote) or "unsourced"',
    },
  ),
);

export const PlaceSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    name: built(LocalizedSchema),
    country: built(Text).optional(),
    latitude: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
    longitude: z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180'),
    precision: z.enum(COORDINATE_PRECISIONS),
    source: built(Url).optional(),
    /** Where coordinates found by the offline gazetteer came from (then precision is "approximate"). */
    geocodedFrom: built(Text).optional(),
  }),
);

export const ActorSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    name: built(LocalizedSchema),
    /** The graph's short label: one text for both languages ("CUF"), or one per language like every
     * other text ({ "fr": "Campagne OMD", "en": "MDG campaign" }). */
    shortName: z.union([built(Text), built(LocalizedSchema)]).optional(),
    /** An actor kind of the dataset's vocabulary (built-in or declared). */
    kind: built(Id),
    /** A scale of the dataset's vocabulary. */
    scale: built(Id),
    scaleNote: built(LocalizedSchema).optional(),
    /** Place of the seat; null when the actor has none (a campaign) or it is unknown. */
    place: built(Id).nullable(),
    address: built(Text).optional(),
    description: built(LocalizedSchema).optional(),
    /**
     * The programme's words that the description restates, when it says nothing beyond them
     * (check-data finds them in the programme). A description without one needs `sources`.
     */
    descriptionQuote: built(Text).optional(),
    sources: z.array(built(Url)).max(LIMITS.listItems, atMost(LIMITS.listItems, 'sources')).default([]),
    /** Other facts about the actor (a spreadsheet's extra columns), shown in its details. */
    attributes: z
      .record(z.string().max(LIMITS.idLength), z.string().max(LIMITS.textLength))
      .refine((r) => Object.keys(r).length <= LIMITS.attributes, atMost(LIMITS.attributes, 'attributes'))
      .optional(),
  }),
);

export const AffiliationSchema = lazySchema(() =>
  z.strictObject({
    actor: built(Id),
    role: built(LocalizedSchema),
    provenance: built(ProvenanceSchema),
  }),
);

export const PersonSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    name: built(Text),
    affiliations: z.array(built(AffiliationSchema)).min(1, 'a speaker speaks for at least one actor'),
    /** The actor in whose capacity the programme names the speaker (e.g. "1er Vice-Président du CG 93"). */
    speaksFor: built(Id),
  }),
);

export const RelationSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    from: built(Id),
    to: built(Id),
    /** A relation kind of the dataset's vocabulary (built-in or declared). */
    kind: built(Id),
    label: built(LocalizedSchema).optional(),
    provenance: built(ProvenanceSchema),
  }),
);

export const SessionSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    section: built(Id),
    title: built(LocalizedSchema),
    /** Person ids; empty when the programme names nobody (see speakerNote). */
    speakers: z.array(built(Id)).max(LIMITS.listItems, atMost(LIMITS.listItems, 'speakers')),
    speakerNote: built(LocalizedSchema).optional(),
    status: z.enum(SESSION_STATUSES),
    actors: z.array(built(Id)).min(1, 'a session presents at least one actor').max(LIMITS.listItems, atMost(LIMITS.listItems, 'actors')),
    places: z.array(built(Id)).max(LIMITS.listItems, atMost(LIMITS.listItems, 'places')).default([]),
    themes: z.array(built(Id)).max(LIMITS.listItems, atMost(LIMITS.listItems, 'themes')).default([]),
    /** Markdown file under data/, e.g. "sessions/01-savigny.md". */
    notes: z.string().regex(NOTE_PATH, 'notes is a path like "sessions/01-name.md"').optional(),
  }),
);

export const SectionSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    kind: z.enum(['introduction', 'section']),
    title: built(LocalizedSchema),
  }),
);

export const ThemeSchema = lazySchema(() =>
  z.strictObject({
    id: built(Id),
    kind: z.enum(['field', 'pressure']),
    label: built(LocalizedSchema),
  }),
);

export const EventSchema = lazySchema(() =>
  z.strictObject({
    title: built(LocalizedSchema),
    summary: built(LocalizedSchema).optional(),
    /** ISO date, or "unknown" when the programme does not say. */
    date: z.union([z.literal('unknown'), z.iso.date()]).optional(),
    venue: z.union([z.literal('unknown'), built(Text)]).optional(),
    dateNote: built(LocalizedSchema).optional(),
    source: built(Text).optional(),
  }),
);

export const DatasetSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    event: built(EventSchema),
    vocabulary: built(VocabularySchema).optional(),
    /** The programme is optional: a network of actors and relations is a dataset on its own. */
    themes: z.array(built(ThemeSchema)).max(LIMITS.listItems, atMost(LIMITS.listItems, 'themes')).default([]),
    sections: z.array(built(SectionSchema)).max(LIMITS.sessions, atMost(LIMITS.sessions, 'sections')).default([]),
    sessions: z.array(built(SessionSchema)).max(LIMITS.sessions, atMost(LIMITS.sessions, 'sessions')).default([]),
    actors: z.array(built(ActorSchema)).min(1, 'the dataset has at least one actor').max(LIMITS.actors, atMost(LIMITS.actors, 'actors')),
    people: z.array(built(PersonSchema)).max(LIMITS.people, atMost(LIMITS.people, 'people')).default([]),
    places: z.array(built(PlaceSchema)).max(LIMITS.places, atMost(LIMITS.places, 'places')).default([]),
    relations: z.array(built(RelationSchema)).max(LIMITS.relations, atMost(LIMITS.relations, 'relations')).default([]),
  }),
);

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
