// The bench's statistics: what a median, a 95th percentile, a frame time and a ratio mean in the
// printed tables.
import { describe, expect, it } from 'vitest';
import {
  best,
  formatMs,
  formatRatio,
  frameTimes,
  longestScript,
  longestScriptOf,
  longestTask,
  markdownTable,
  median,
  percentile,
  totalBlockingTime,
} from '../../scripts/bench-stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('gives the 95th percentile by nearest rank: one slow frame in twenty is the p95, in a hundred it is not', () => {
    const twenty = [...Array.from({ length: 19 }, () => 16), 500];
    expect(percentile(twenty, 95)).toBe(16);
    expect(percentile([...twenty.slice(0, 18), 400, 500], 95)).toBe(400);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });

  it('turns frame timestamps into frame times, a blocked frame as one long gap', () => {
    expect(frameTimes([0, 16, 33, 1033])).toEqual([16, 17, 1000]);
    expect(frameTimes([5])).toEqual([]);
  });

  it('counts only the part of long tasks beyond 50 ms as blocking, within the window asked', () => {
    const tasks = [
      { start: 0, duration: 40 },
      { start: 100, duration: 120 },
      { start: 400, duration: 250 },
    ];
    expect(totalBlockingTime(tasks)).toBe(70 + 200);
    expect(totalBlockingTime(tasks, 0, 300)).toBe(70);
    expect(longestTask(tasks)).toBe(250);
    expect(longestTask(tasks, 0, 300)).toBe(120);
    expect(longestTask([])).toBe(0);
  });

  it('finds the longest script of the files asked for, within the window asked', () => {
    const scripts = [
      { start: 10, duration: 300, source: 'http://x/assets/maplibre-gl-abc.js' },
      { start: 20, duration: 80, source: 'http://x/assets/index-def.js' },
      { start: 900, duration: 120, source: 'http://x/assets/index-def.js' },
    ];
    const ours = (source: string) => !source.includes('maplibre');
    expect(longestScript(scripts, ours)).toBe(120);
    expect(longestScript(scripts, ours, 0, 500)).toBe(80);
    expect(longestScript(scripts, (source) => source.includes('maplibre'), 0, 500)).toBe(300);
    expect(longestScript(scripts, ours, 1000)).toBe(0);
    expect(longestScriptOf([...scripts, { start: 950, duration: 140, source: 'http://x/assets/view-1.js', name: 'runSlice' }], ours)).toMatchObject({
      duration: 140,
      name: 'runSlice',
    });
    expect(longestScriptOf(scripts, ours, 1000)).toBeNull();
  });

  it('prints durations, ratios and missing figures readably', () => {
    expect(formatMs(12.345)).toBe('12.3 ms');
    expect(formatMs(1234.4)).toBe('1234 ms');
    expect(formatMs(24_300)).toBe('24.3 s');
    expect(formatMs(null)).toBe('—');
    expect(formatRatio(240, 100)).toBe('×2.4');
    expect(formatRatio(51, 100)).toBe('×0.51');
    expect(formatRatio(2400, 100)).toBe('×24');
    expect(formatRatio(10, 0)).toBe('—');
    expect(formatRatio(null, 3)).toBe('—');
    expect(best([null, 30, 12, undefined])).toBe(12);
    expect(best([null])).toBeNull();
  });

  it('writes a Markdown table with the figures right-aligned', () => {
    expect(
      markdownTable([
        ['metric', 'app'],
        ['zoom p95', '16 ms'],
      ]),
    ).toBe('| metric | app |\n| --- | ---: |\n| zoom p95 | 16 ms |');
  });
});
