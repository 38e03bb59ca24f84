// Pure: a stable sort written as steps (workSteps.ts), so that thousands of items compared with a
// slow comparison (Intl.Collator: 5,000 place names took 40–120 ms in one task) are sorted in
// slices between which the page answers. A merge sort: short runs sorted by Array.prototype.sort,
// then merged pairwise; both are stable, so the result is the one items.slice().sort(compare) gives.

/** Items sorted or merged between two chances to pause: a fraction of a millisecond of comparisons. */
const STEP = 128;
const RUN = 16;

export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[], void> {
  const n = items.length;
  let from = items.slice();
  for (let lo = 0; lo < n; lo += RUN) {
    const run = from.slice(lo, lo + RUN).sort(compare);
    for (let k = 0; k < run.length; k++) from[lo + k] = run[k]!;
    if ((lo / RUN) % (STEP / RUN) === STEP / RUN - 1) yield;
  }
  let to = new Array<T>(n);
  let written = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const middle = Math.min(lo + width, n);
      const end = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = middle;
      for (let k = lo; k < end; k++) {
        // Ties take the left run's item first: stable.
        if (i < middle && (j >= end || compare(from[i]!, from[j]!) <= 0)) to[k] = from[i++]!;
        else to[k] = from[j++]!;
        if (++written % STEP === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
