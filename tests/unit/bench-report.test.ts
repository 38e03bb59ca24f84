// The bench's tables: medians over runs, steps that timed out, and the app ÷ better-peer ratio.
import { describe, expect, it } from 'vitest';
import { datasetRows, summarise, type DatasetResult } from '../../scripts/bench-report';
import { emptyMetrics, type RunMetrics } from '../../scripts/bench-page';

function run(values: Partial<RunMetrics>): RunMetrics {
  return { ...emptyMetrics(), ...values };
}

describe('bench report', () => {
  it('takes the median of the runs that gave a figure and counts the runs where a step timed out', () => {
    const summary = summarise([
      run({ firstDraw: 300, dataLoaded: 100, dataParsed: 250, zoomP95: 40 }),
      run({ firstDraw: 100, dataLoaded: 50, dataParsed: 80, zoomP95: 20 }),
      run({ firstDraw: 200, dataLoaded: 100, timedOut: ['zoom'] }),
    ]);
    expect(summary.median.firstDraw).toBe(200);
    expect(summary.median.firstDrawAfterData).toBe(100);
    // Only the runs that marked when the data was parsed: (50 + 20) / 2.
    expect(summary.median.firstDrawAfterParse).toBe(35);
    expect(summary.median.zoomP95).toBe(30);
    expect(summary.timedOut.zoomP95).toBe(1);
    expect(summary.timedOut.panP95).toBe(1);
    expect(summary.timedOut.click).toBeUndefined();
    expect(summary.timedOut.firstDraw).toBeUndefined();
  });

  it('prints the app beside the peers with its ratio to the better peer, and "timed out" where nothing was measured', () => {
    const result: DatasetResult = {
      name: 'synthetic-1000',
      actors: 1000,
      relations: 867,
      places: 333,
      bytes: 1000,
      runs: {},
      summary: {
        app: summarise([run({ zoomP95: 400, timedOut: ['click'] })]),
        'force-graph': summarise([run({ zoomP95: 100, click: 20 })]),
        sigma: summarise([run({ zoomP95: 200, click: 30 })]),
        blank: summarise([run({ zoomP95: 17 })]),
      },
    };
    const rows = datasetRows(result);
    expect(rows.find((r) => r[0] === 'zoom frame p95')).toEqual(['zoom frame p95', '400 ms', '100 ms', '200 ms', '17.0 ms', '×4.0']);
    expect(rows.find((r) => r[0] === 'click to selection shown')).toEqual(['click to selection shown', 'timed out', '20.0 ms', '30.0 ms', '', '—']);
  });
});
