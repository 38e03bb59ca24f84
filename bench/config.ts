// What `npm run bench` measures and how: the pages (the app and its peers), the datasets, the
// scripted input and the time each step may take before it is reported as "timed out".

export interface Target {
  readonly id: 'app' | 'force-graph' | 'sigma' | 'blank';
  readonly label: string;
  /** The page to open for a dataset served at `data` (same-origin path), or the workshop when null. */
  url(data: string | null, size: { width: number; height: number } | null): string;
  /** CSS selector of the element the graph is drawn in (draw calls and mutations there count). */
  readonly graph: string;
  /** CSS selector of the drawing itself (canvas, SVG): where the zoom, the pan and the pixel search
   * for a click are aimed. The app's graph section also holds its title, legend and captions; a drag
   * that starts on their text selects text instead of panning. */
  readonly surface: string;
  /** CSS selector of the element whose text shows the selection. */
  readonly details: string;
  /** CSS selector of the parts of the graph element that are not its drawing (a legend's
   * swatches): their shapes are not its first drawing. */
  readonly aside?: string;
  /** True for the blank page: no graph, only the frame floor. */
  readonly floor?: boolean;
}

const peer = (page: string) => (data: string | null, size: { width: number; height: number } | null) => {
  // The peers live under peers/, the data under bench-data/: one level up.
  const params = new URLSearchParams({ data: `../${data ?? 'bench-data/workshop.json'}` });
  if (size) {
    params.set('w', String(Math.round(size.width)));
    params.set('h', String(Math.round(size.height)));
  }
  return `peers/${page}.html?${params}`;
};

export const TARGETS: readonly Target[] = [
  // The workshop is the app's bundled default (no ?data=), as a visitor and Lighthouse get it.
  { id: 'app', label: 'Maillage', url: (data) => (data ? `./?data=${encodeURIComponent(data)}` : './'), graph: '#graph', surface: '#graph [data-graph-surface]', details: '#panel', aside: '.graph-legend' },
  { id: 'force-graph', label: 'force-graph', url: peer('force-graph'), graph: '#graph', surface: '#graph', details: '#details' },
  { id: 'sigma', label: 'sigma v3', url: peer('sigma'), graph: '#graph', surface: '#graph', details: '#details' },
  { id: 'blank', label: 'blank page', url: peer('blank'), graph: '#graph', surface: '#graph', details: '#details', floor: true },
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Actor counts of the synthetic networks; each has round(0.867 × n) relations (13,000 at 15,000). */
export const DEFAULT_SIZES: readonly number[] = [1000, 5000, 15000];
export const RELATIONS_PER_ACTOR = 13 / 15;
/** Default runs per page and dataset (median of them); sizes from LARGE on get one run unless --runs is given. */
export const DEFAULT_RUNS = 3;
export const LARGE = 10_000;

/** The layout counts as settled once nothing was drawn in the graph for this long. */
export const QUIET_MS = 1500;
/** Scripted input: 3 s of wheel zoom (in, then out), 3 s of drag pan (right, then back). */
export const INPUT_MS = 3000;
export const INPUT_STEP_MS = 50;
/** Small wheel steps (a trackpad's): 30 in then 30 out stay within the app's zoom range (×0.25–×5), so the view ends where it began. */
export const WHEEL_DELTA = 30;
export const PAN_DISTANCE = 200;

/** How long each step may take before it is reported as timed out (ms). */
export function timeouts(actors: number) {
  return {
    load: 60_000 + actors * 12, // to the first drawing and the settled layout
    input: INPUT_MS + 30_000 + actors * 2, // input window plus waiting for the page's next frame
    click: 15_000 + actors * 2,
    heap: 30_000,
  };
}
/** How long the pan waits after the screenshot that found where to start it (ms). */
export const AFTER_CAPTURE_MS = 1000;
