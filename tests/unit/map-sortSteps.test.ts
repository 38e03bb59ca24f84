import { describe, expect, it } from 'vitest';
import { sortSteps } from '../../src/map/sortSteps';
import { runAll, runInSlices } from '../../src/ui/workSteps';

const collator = new Intl.Collator('fr');

describe('a sort in steps', () => {
  it('gives what a stable sort gives, for any length, ties in their first order', () => {
    const names = ['Évry', 'evry', 'Lille', 'Abbeville', 'Paris 18e', 'Paris 2e', 'île-de-France', 'Zurich', 'Œuilly', 'Lille'];
    for (let n = 0; n < 300; n += 7) {
      const items = Array.from({ length: n }, (_, i) => ({ name: names[(i * 7) % names.length]!, i }));
      const compare = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
      expect(runAll(sortSteps(items, compare))).toEqual(items.slice().sort(compare));
    }
  });

  it('gives the page back between slices, and leaves what it sorts as it was', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => (i * 7919) % 2003);
    const before = items.slice();
    let pauses = 0;
    const sorted = await runInSlices(
      sortSteps(items, (a, b) => a - b),
      () => Promise.resolve(pauses++),
      { sliceMs: 0 },
    );
    expect(sorted).toEqual(before.slice().sort((a, b) => a - b));
    expect(items).toEqual(before);
    expect(pauses).toBeGreaterThan(10);
  });
});
