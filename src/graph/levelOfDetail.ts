// How much of the graph a frame draws, as a pure function of its size and the zoom: a large
// graph seen from afar draws its links thin and faint and drops arrowheads (thousands of links
// would otherwise be a grey mass that costs most of the frame); zoomed in, or small, everything
// is drawn as in SVG.

/** Above this many links (or nodes) a graph is "large" for drawing purposes. */
export const LARGE_GRAPH = 1000;
/** Zoom (relative to the home view) from which a large graph is drawn in full. */
export const FULL_DETAIL_ZOOM = 2;
/** An arrowhead smaller than this on screen (px) is not drawn: it would read as a blot. */
export const MIN_ARROW_PX = 5;
/** A node smaller than this on screen (radius, px) gets no outline. */
export const MIN_OUTLINE_PX = 2.5;
/** Most labels a frame places. */
export const MAX_LABELS = 160;

export interface DetailInput {
  readonly nodes: number;
  readonly links: number;
  /** Screen px per layout unit now, and at the home view. */
  readonly k: number;
  readonly scale: number;
}

export interface Detail {
  /** Multiplies every link's width. */
  readonly linkWidth: number;
  /** Opacity of a link that is not lit. */
  readonly linkAlpha: number;
  /** Arrowheads on directed links. */
  readonly arrows: boolean;
  /** Dashes on unsourced links (a faint hairline cannot show them). */
  readonly dashes: boolean;
  /** Outlines on nodes: when they are big enough on screen to show one, and not a large graph seen
   * from afar, where thousands of outlines merge into one dark mass and cost most of a drawing in
   * a software canvas (15,000 actors: 240–760 ms of raster with them, 20–160 ms without). */
  readonly outlines: boolean;
  readonly maxLabels: number;
}

export function levelOfDetail({ nodes, links, k, scale }: DetailInput): Detail {
  const zoom = scale > 0 ? k / scale : 1;
  const large = links > LARGE_GRAPH || nodes > LARGE_GRAPH;
  const far = large && zoom < FULL_DETAIL_ZOOM;
  // From afar, about a third of a px on screen per link; closing in, back to full width.
  const linkWidth = far ? Math.max(0.25, Math.min(1, zoom / FULL_DETAIL_ZOOM) * 0.5) : 1;
  return {
    linkWidth,
    linkAlpha: far ? 0.45 : 1,
    arrows: !far && 9 * k >= MIN_ARROW_PX,
    dashes: !far,
    outlines: !far && 8 * k >= MIN_OUTLINE_PX,
    maxLabels: MAX_LABELS,
  };
}
