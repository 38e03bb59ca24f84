// The graph's use of the visual vocabulary (src/vocabulary/visual.ts, shared with the map, the
// legends and exports), plus what only the graph needs: node size from degree.
export {
  BUILT_IN_KIND_STYLES as KIND_STYLES,
  BUILT_IN_RELATION_FAMILY as RELATION_FAMILY,
  FAMILY_STYLES,
  linkWidth,
  OKABE_ITO,
  PERSON_STYLE,
  SESSION_STYLE,
  shapePath,
  UNSOURCED_DASH,
  type LinkFamily,
  type LinkStyle,
  type NodeStyle,
  type ShapeName,
} from '../vocabulary/visual';

/** Node radius in px from its degree: area grows with the number of relations. */
export function nodeRadius(degree: number, maxDegree: number, scale = 1): number {
  const min = 8;
  const max = 17;
  const t = maxDegree > 0 ? Math.sqrt(degree / maxDegree) : 0;
  return (min + (max - min) * t) * scale;
}
