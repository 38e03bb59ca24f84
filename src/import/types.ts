// The dataset an import produces: plain objects in the opened shape of issue 9 (CONTRACT.md),
// validated afterwards by the one loader (src/data/load.ts), never trusted on their own.

export type Localized = { fr?: string; en?: string };

export type Provenance =
  { type: 'source'; url: string; note?: Localized } | { type: 'document'; quote: string; note?: Localized } | { type: 'unsourced'; note?: Localized };

export interface ImportedPlace {
  id: string;
  name: Localized;
  country?: string;
  latitude: number;
  longitude: number;
  precision: 'sourced' | 'approximate';
  source?: string;
  geocodedFrom?: string;
}

export interface ImportedActor {
  id: string;
  name: Localized;
  kind: string;
  scale: string;
  place: string | null;
  description?: Localized;
  sources: string[];
  attributes?: Record<string, string>;
}

export interface ImportedRelation {
  id: string;
  from: string;
  to: string;
  kind: string;
  provenance: Provenance;
}

/** The dataset's own kinds, scales (from local to global) and relation kinds. */
export interface ImportedVocabulary {
  actorKinds?: { id: string; label: Localized }[];
  scales?: { id: string; label: Localized }[];
  relationKinds?: { id: string; label: Localized; directed: boolean }[];
}

export interface ImportedDataset {
  event: { title: Localized };
  vocabulary?: ImportedVocabulary;
  actors: ImportedActor[];
  places: ImportedPlace[];
  relations: ImportedRelation[];
}

/** A place named in the file with no coordinates: the hook for the offline gazetteer (issue 9). */
export interface UnresolvedPlace {
  readonly actor: string;
  /** As written in the Lieu/Commune/City column (may be empty when only a code is given). */
  readonly name: string;
  readonly country?: string;
  /** A département (name or number), which settles a commune's name shared by several. */
  readonly departement?: string;
  readonly insee?: string;
  readonly file: string;
  readonly line: number;
}
