// Pure: which places get a name on the map and where it goes beside its circle, so that names
// neither overlap each other nor cover a circle. A bounded set (at most `max` names), chosen by
// priority (the selection first, then what it lights, then the places with most actors and links);
// collisions are found through a uniform grid of cells, never by testing every pair, and placing
// stops when the time budget is spent. A name left out on the map stays in the list of places.

export interface LabelInput {
  readonly id: string;
  /** The circle's centre and radius, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The name's box, in pixels. */
  readonly width: number;
  readonly height: number;
  /** Higher goes first. */
  readonly priority: number;
}

export interface LabelBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface PlaceOptions {
  /** At most this many names (default 40). */
  readonly max?: number;
  /** Other things names must not cover (clusters and their counts). */
  readonly obstacles?: readonly LabelBox[];
  /** Stop placing once this many milliseconds are spent (default 12); the clock is passed in. */
  readonly budgetMs?: number;
  readonly now?: () => number;
}

export const MAX_LABELS = 40;
const GAP = 4;
const CELL = 64;

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Candidate boxes around a circle, in order of preference: right, left, above, below, diagonals. */
function candidates(p: LabelInput): LabelBox[] {
  const d = p.radius + GAP;
  const diagonal = d * Math.SQRT1_2;
  const { width: w, height: h } = p;
  const at = (left: number, top: number): LabelBox => ({ left, top, width: w, height: h });
  return [
    at(p.x + d, p.y - h / 2),
    at(p.x - d - w, p.y - h / 2),
    at(p.x - w / 2, p.y - d - h),
    at(p.x - w / 2, p.y + d),
    at(p.x + diagonal, p.y - diagonal - h),
    at(p.x + diagonal, p.y + diagonal),
    at(p.x - diagonal - w, p.y - diagonal - h),
    at(p.x - diagonal - w, p.y + diagonal),
  ];
}

/** Boxes bucketed by the grid cells they cover: a query looks only at the cells a box covers. */
export function createGrid(width: number, height: number, cell = CELL) {
  const columns = Math.max(1, Math.ceil(width / cell));
  const rows = Math.max(1, Math.ceil(height / cell));
  const cells = new Map<number, LabelBox[]>();
  const clampColumn = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor(x / cell)));
  const clampRow = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / cell)));
  function* covered(b: LabelBox) {
    if (b.left + b.width < 0 || b.top + b.height < 0 || b.left > width || b.top > height) return;
    for (let r = clampRow(b.top); r <= clampRow(b.top + b.height); r++) {
      for (let c = clampColumn(b.left); c <= clampColumn(b.left + b.width); c++) yield r * columns + c;
    }
  }
  return {
    add(b: LabelBox) {
      for (const key of covered(b)) {
        const list = cells.get(key);
        if (list) list.push(b);
        else cells.set(key, [b]);
      }
    },
    hits(b: LabelBox): boolean {
      for (const key of covered(b)) if (cells.get(key)?.some((q) => q !== b && overlaps(b, q))) return true;
      return false;
    },
  };
}

/** A box for each label chosen and fitted inside the viewport, or null for the others. */
export function placeLabels(
  inputs: readonly LabelInput[],
  viewport: { readonly width: number; readonly height: number },
  options: PlaceOptions = {},
): Map<string, LabelBox | null> {
  const { max = MAX_LABELS, obstacles = [], budgetMs = 12, now = () => performance.now() } = options;
  const started = now();
  const inside = (b: LabelBox) => b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  // Circles and obstacles in one grid, names in another (a name may not cover its own circle either).
  const blockers = createGrid(viewport.width, viewport.height);
  for (const p of inputs) blockers.add({ left: p.x - p.radius, top: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius });
  for (const o of obstacles) blockers.add(o);
  const names = createGrid(viewport.width, viewport.height);
  const result = new Map<string, LabelBox | null>();
  const order = [...inputs].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let placed = 0;
  for (const [i, p] of order.entries()) {
    // The first (the selection) is always tried; then stop at the cap or when time is up.
    const stop = placed >= max || (i > 0 && now() - started > budgetMs);
    const box = stop ? undefined : candidates(p).find((c) => inside(c) && !names.hits(c) && !blockers.hits(c));
    result.set(p.id, box ?? null);
    if (box) {
      names.add(box);
      placed++;
    }
  }
  return result;
}
