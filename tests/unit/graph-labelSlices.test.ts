import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3-random';
import { CROWDED, createLabelPlacer, overlappingPairs, placeLabels, type LabelRequest, type PlaceOptions, type PlacedLabel } from '../../src/graph/labels';
import { createLabelScheduler, type FrameClock } from '../../src/graph/labelScheduler';

/** A crowded graph's labels: nodes scattered over a view, with labels of different lengths. */
function crowd(count: number): { requests: LabelRequest[]; options: PlaceOptions } {
  const random = randomLcg(11);
  const requests = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: (random() - 0.5) * 1600,
    y: (random() - 0.5) * 900,
    r: 4 + random() * 6,
    width: 40 + random() * 80,
    height: 14,
    priority: Math.floor(random() * 20),
  }));
  return {
    requests,
    options: { bounds: { x: -800, y: -450, width: 1600, height: 900 }, circles: requests.map(({ x, y, r }) => ({ x, y, r })) },
  };
}

const byId = (labels: readonly PlacedLabel[]) => new Map(labels.map((l) => [l.id, l]));
const boxes = (labels: readonly PlacedLabel[], requests: readonly LabelRequest[]) => {
  const at = new Map(requests.map((r) => [r.id, r]));
  return labels.map((l) => ({ id: l.id, x: at.get(l.id)!.x + l.dx, y: at.get(l.id)!.y + l.dy, width: l.width, height: l.height }));
};

describe('labels placed in slices', () => {
  it('places, slice by slice and most important first, the labels one pass would, none over another', { timeout: 60_000 }, () => {
    const { requests, options } = crowd(CROWDED + 200);
    const whole = placeLabels(requests, options);
    const placer = createLabelPlacer(requests, options);
    const sliced: PlacedLabel[] = [];
    let slices = 0;
    while (!placer.done) {
      let n = 0;
      sliced.push(...placer.place(() => ++n >= 25));
      slices++;
    }
    expect(slices).toBeGreaterThan(10);
    expect(byId(sliced)).toEqual(byId(whole));
    expect(overlappingPairs(boxes(sliced, requests))).toEqual([]);
    // The first slice holds the most important labels.
    const first = createLabelPlacer(requests, options).place(() => true);
    const top = Math.max(...requests.map((r) => r.priority));
    expect(requests.find((r) => r.id === first[0]?.id)?.priority).toBe(top);
  });
});

describe('the label scheduler', () => {
  function fakeClock() {
    const frames = new Map<number, () => void>();
    let next = 1;
    let time = 0;
    const clock: FrameClock = {
      request: (fn) => (frames.set(next, fn), next++),
      cancel: (h) => void frames.delete(h),
      now: () => (time += 1),
    };
    const frame = () => {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((fn) => fn());
      return due.length;
    };
    return { clock, frame };
  }

  it('places a few labels per frame until done, and a new start drops the old one', () => {
    const { requests, options } = crowd(120);
    const { clock, frame } = fakeClock();
    const scheduler = createLabelScheduler(clock);
    const seen: string[] = [];
    scheduler.start(createLabelPlacer(requests, options), (labels, done) => seen.push(`old ${labels.length} ${done}`));
    expect(frame()).toBe(1);
    const news: PlacedLabel[] = [];
    let finished = false;
    scheduler.start(createLabelPlacer(requests, options), (labels, done) => {
      news.push(...labels);
      finished = done;
    });
    let frames = 0;
    while (frame() > 0) frames++;
    expect(seen).toHaveLength(1);
    expect(frames).toBeGreaterThan(1);
    expect(finished).toBe(true);
    // Over several frames, the same labels as in one go.
    expect(news.length).toBeGreaterThan(0);
    expect(byId(news)).toEqual(byId(createLabelPlacer(requests, options).place(() => false)));
    scheduler.start(createLabelPlacer(requests, options), () => seen.push('cancelled'));
    scheduler.cancel();
    expect(frame()).toBe(0);
    expect(seen).not.toContain('cancelled');
  });
});
