// Which column means what: header names matched case- and accent-insensitively, in French and
// English, with Kumu's names (Label, Type, Description, Tags, From, To). Pure; no file reading.
import { nameKey } from './text';

export const ACTOR_ROLES = ['id', 'name', 'kind', 'scale', 'description', 'place', 'country', 'departement', 'insee', 'latitude', 'longitude'] as const;
export const RELATION_ROLES = ['from', 'to', 'kind', 'sourceUrl', 'quote', 'direction'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
export type RelationRole = (typeof RELATION_ROLES)[number];
export type Role = ActorRole | RelationRole;

/** Header names for each role, as written by people (compared through nameKey). */
const NAMES: Record<Role, { fr: readonly string[]; en: readonly string[] }> = {
  id: { fr: ['Identifiant'], en: ['Id', 'Identifier'] },
  name: { fr: ['Nom', 'Libellé', 'Acteur', 'Nom de l’acteur'], en: ['Label', 'Name', 'Actor'] },
  kind: { fr: ['Type', 'Catégorie', 'Genre'], en: ['Kind', 'Category', 'Element type', 'Connection type'] },
  scale: { fr: ['Échelle', 'Niveau'], en: ['Scale', 'Level'] },
  description: { fr: ['Présentation'], en: ['Description'] },
  place: { fr: ['Lieu', 'Commune', 'Ville', 'Localité', 'Siège'], en: ['City', 'Place', 'Town', 'Location'] },
  country: { fr: ['Pays'], en: ['Country'] },
  departement: { fr: ['Département', 'Code département', 'N° département', 'Dép', 'Dept'], en: ['Department'] },
  insee: { fr: ['Code INSEE', 'INSEE', 'Code commune'], en: [] },
  latitude: { fr: [], en: ['Latitude', 'Lat'] },
  longitude: { fr: [], en: ['Longitude', 'Lon', 'Lng', 'Long'] },
  from: { fr: ['De', 'Origine', 'Depuis'], en: ['From'] },
  to: { fr: ['Vers', 'Cible', 'Destination', 'À'], en: ['To', 'Target'] },
  direction: { fr: ['Sens'], en: ['Direction'] },
  sourceUrl: { fr: ['Adresse de la source', 'Lien'], en: ['Source', 'URL', 'Source URL', 'Link'] },
  quote: { fr: ['Citation', 'Extrait'], en: ['Quote', 'Excerpt'] },
};

/** Every header name the matcher knows, for "did you mean" on a near miss. */
export const KNOWN_HEADERS: readonly string[] = [...new Set(Object.values(NAMES).flatMap((n) => [...n.fr, ...n.en]))];

const lookup = new Map<string, { role: Role; lang: 'fr' | 'en' }>();
for (const role of Object.keys(NAMES) as Role[]) {
  for (const lang of ['fr', 'en'] as const) {
    for (const name of NAMES[role][lang]) if (!lookup.has(nameKey(name))) lookup.set(nameKey(name), { role, lang });
  }
}

export interface ColumnMap {
  /** Column index of each role found. "Type" serves actors (kind) and relations (kind) alike. */
  readonly roles: Partial<Record<Role, number>>;
  /** Columns with no role: kept as actor attributes under their header. */
  readonly unknown: readonly number[];
  /** The language the headers are written in, for labels taken from the file. */
  readonly lang: 'fr' | 'en';
  readonly hasActors: boolean;
  readonly hasRelations: boolean;
}

export function matchColumns(headers: readonly string[]): ColumnMap {
  const roles: Partial<Record<Role, number>> = {};
  const unknown: number[] = [];
  let fr = 0;
  let en = 0;
  const keys = headers.map(nameKey);
  // "Source" is the actor a link starts from in Gephi's and Kumu's edge lists (Source, Target), and
  // an address elsewhere: it is the "from" actor when a "to" column exists and no From/De does.
  const hasTo = keys.some((k) => lookup.get(k)?.role === 'to');
  const hasFrom = keys.some((k) => lookup.get(k)?.role === 'from');
  keys.forEach((key, i) => {
    if (key === '') return;
    let found = lookup.get(key);
    if (key === 'source' && hasTo && !hasFrom) found = { role: 'from', lang: 'en' };
    if (!found || roles[found.role] !== undefined) {
      unknown.push(i);
      return;
    }
    roles[found.role] = i;
    if (found.lang === 'fr') fr++;
    else if (!NAMES[found.role].fr.some((n) => nameKey(n) === key)) en++;
  });
  return {
    roles,
    unknown,
    lang: en > fr ? 'en' : 'fr',
    hasActors: roles.name !== undefined,
    hasRelations: roles.from !== undefined && roles.to !== undefined,
  };
}
