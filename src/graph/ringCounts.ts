// How many of a graph's nodes sit on each scale's ring, from the dataset rather than from the
// graph's model: a large graph's rings are drawn from it while its model is still being made
// (view.ts), and are the same rings the model's layout has (layoutFrame counts the same actors),
// so they do not move when the nodes come.
import type { Dataset } from '../data/dataset';

/** counts[i]: the visible actors of the vocabulary's scale i (people and sessions have none). */
export function scaleCountsOf(d: Dataset, visible: ReadonlySet<string>): number[] {
  const scales = d.resolvedVocabulary.scales;
  const scaleAt = new Map(scales.map((s, i) => [s.id, i]));
  const counts = new Array<number>(scales.length).fill(0);
  for (const actor of d.actors) {
    if (!visible.has(actor.id)) continue;
    const i = scaleAt.get(actor.scale);
    if (i !== undefined) counts[i]!++;
  }
  return counts;
}
