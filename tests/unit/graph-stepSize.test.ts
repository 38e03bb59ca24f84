// A large graph's drawing is made in steps sized from what the last one cost (stepSize.ts), and a
// frame's labels stop when their time is spent (screenLabels.ts): what a slow or a fast machine
// gets, told with made-up costs, no clock.
import { describe, expect, it } from 'vitest';
import { nextStepItems, STEP_PACE } from '../../src/graph/stepSize';
import { placeScreenLabels, type ScreenLabelRequest } from '../../src/graph/screenLabels';

describe('the size of a drawing’s next step', () => {
  it('shrinks after a step that took too long, to what fits in the step’s time at that cost', () => {
    // 1,000 long translucent links took 80 ms: 8 ms per 100 of them.
    expect(nextStepItems(1000, 1000, 80)).toBe(Math.round((STEP_PACE.targetMs * 1000) / 80));
  });

  it('grows after a cheap step, at most doubling, up to its ceiling', () => {
    expect(nextStepItems(100, 100, 0.5)).toBe(200);
    expect(nextStepItems(100, 100, 0)).toBe(200);
    let size = 16;
    for (let i = 0; i < 20; i++) size = nextStepItems(size, size, 0.1);
    expect(size).toBe(STEP_PACE.max);
  });

  it('never goes under its floor, however slow the machine', () => {
    expect(nextStepItems(64, 64, 5000)).toBe(STEP_PACE.min);
  });

  it('stays as it was after a step with no items (the rings) or no measure', () => {
    expect(nextStepItems(300, 0, 40)).toBe(300);
    expect(nextStepItems(300, 10, Number.NaN)).toBe(300);
  });

  it('judges a short step (where the links end) by its cost per item', () => {
    // 100 links in 4 ms: 0.04 ms each, 200 fit in 8 ms.
    expect(nextStepItems(500, 100, 4)).toBe(200);
  });

  it('settles near the step’s time for a steady cost per item', () => {
    let size = 64;
    const msPerItem = 0.05;
    for (let i = 0; i < 10; i++) size = nextStepItems(size, size, size * msPerItem);
    expect(size * msPerItem).toBeGreaterThan(STEP_PACE.targetMs * 0.8);
    expect(size * msPerItem).toBeLessThan(STEP_PACE.targetMs * 1.2);
  });
});

describe('a frame’s labels, when their time is spent', () => {
  const request = (i: number): ScreenLabelRequest => ({ id: `n${i}`, x: 40 + (i % 10) * 90, y: 30 + Math.floor(i / 10) * 40, r: 4, width: 40, height: 14 });

  it('keeps those placed by then, the most important first, and makes no further request', () => {
    let made = 0;
    function* requests() {
      for (let i = 0; i < 50; i++) {
        made++;
        yield request(i);
      }
    }
    let asked = 0;
    // Asked before each request after the first: time runs out once five are placed.
    const placed = placeScreenLabels(requests(), { width: 1000, height: 1000, max: 100, timeUp: () => ++asked >= 5 });
    expect(placed.map((p) => p.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(made).toBe(5);
  });

  it('places at least one label, however little time there is', () => {
    const placed = placeScreenLabels([request(0), request(1)], { width: 1000, height: 1000, max: 100, timeUp: () => true });
    expect(placed.map((p) => p.id)).toEqual(['n0']);
  });
});
