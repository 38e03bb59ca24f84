// Pure: where each place's name goes beside its circle, so that names neither overlap each other
// nor cover a circle. Names are placed by priority (the selection first, then the places with the
// most actors); a name with no free spot is left out on the map, and stays in the list of places.

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

const GAP = 4;

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

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

/** A box for each label that fits inside the viewport, or null where none does. */
export function placeLabels(
  inputs: readonly LabelInput[],
  viewport: { readonly width: number; readonly height: number },
): Map<string, LabelBox | null> {
  const circles: LabelBox[] = inputs.map((p) => ({ left: p.x - p.radius, top: p.y - p.radius, width: 2 * p.radius, height: 2 * p.radius }));
  const inside = (b: LabelBox) => b.left >= 0 && b.top >= 0 && b.left + b.width <= viewport.width && b.top + b.height <= viewport.height;
  const placed: LabelBox[] = [];
  const result = new Map<string, LabelBox | null>();
  const order = [...inputs].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const p of order) {
    const box = candidates(p).find((c) => inside(c) && !placed.some((q) => overlaps(c, q)) && !circles.some((q) => overlaps(c, q)));
    result.set(p.id, box ?? null);
    if (box) placed.push(box);
  }
  return result;
}
