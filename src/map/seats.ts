// Pure: which actors the map can place. Kept apart from features.ts so that the list of places,
// in the page's first chunk, does not pull in d3-geo.
import type { Dataset } from '../data/dataset';
import type { Actor } from '../data/schema';

/** Actors that have no seat on the map (a campaign, an unknown seat): listed, not drawn. */
export const seatlessActors = (d: Dataset): Actor[] => d.actors.filter((a) => !a.place || !d.placeById.has(a.place));
