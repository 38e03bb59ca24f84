// The colours and strokes a canvas frame is painted with, read from the same custom properties
// the SVG drawing's CSS uses (graph.css, and the projector themes in present/views.css), so both
// renderers follow the theme. Read when the scene or the theme changes, not per frame.

export interface CanvasTheme {
  readonly ink: string;
  readonly paper: string;
  readonly bandEven: string;
  readonly bandOdd: string;
  readonly bandLine: string;
  readonly caption: string;
  readonly captionHalo: string;
  readonly focus: string;
  readonly selected: string;
  readonly selectedWidth: number;
  readonly leader: string;
  readonly labelHalo: string;
  readonly haloWidth: number;
  readonly labelWeight: string;
  readonly nodeStroke: number;
  /** Width of a lit link. */
  readonly litWidth: number;
  readonly font: string;
}

export const DEFAULT_THEME: CanvasTheme = {
  ink: '#14213d',
  paper: '#fbfaf7',
  bandEven: '#f3f0e9',
  bandOdd: '#fbfaf7',
  bandLine: '#cfc9bd',
  caption: '#5b5548',
  captionHalo: '#fbfaf7',
  focus: '#b5179e',
  selected: '#14213d',
  selectedWidth: 2.5,
  leader: '#5b5548',
  labelHalo: '#fbfaf7',
  haloWidth: 4,
  labelWeight: '600',
  nodeStroke: 1.5,
  litWidth: 4,
  font: 'system-ui, sans-serif',
};

/** The theme as the element's styles say, each value falling back to the light theme's. */
export function readTheme(element: Element): CanvasTheme {
  if (typeof getComputedStyle !== 'function') return DEFAULT_THEME;
  const style = getComputedStyle(element);
  const get = (name: string) => style.getPropertyValue(name).trim();
  const colour = (name: string, fallback: string) => get(name) || fallback;
  const number = (name: string, fallback: number) => {
    const v = parseFloat(get(name));
    return Number.isFinite(v) ? v : fallback;
  };
  const projector = document.documentElement.dataset.theme?.startsWith('projector') ?? false;
  const paper = colour('--graph-paper', DEFAULT_THEME.paper);
  const ink = colour('--graph-ink', DEFAULT_THEME.ink);
  const stroke = number('--stroke-width', 0);
  return {
    ink,
    paper,
    bandEven: colour('--graph-band-even', DEFAULT_THEME.bandEven),
    bandOdd: colour('--graph-band-odd', paper),
    bandLine: colour('--graph-band-line', DEFAULT_THEME.bandLine),
    caption: colour('--graph-caption', DEFAULT_THEME.caption),
    captionHalo: projector ? colour('--label-halo', paper) : paper,
    focus: colour('--focus', DEFAULT_THEME.focus),
    selected: projector ? colour('--spot', ink) : ink,
    selectedWidth: projector && stroke > 0 ? stroke : DEFAULT_THEME.selectedWidth,
    leader: projector ? colour('--ink-soft', DEFAULT_THEME.leader) : DEFAULT_THEME.leader,
    labelHalo: projector ? colour('--label-halo', paper) : paper,
    haloWidth: projector ? number('--halo-width', DEFAULT_THEME.haloWidth) : DEFAULT_THEME.haloWidth,
    labelWeight: (projector && get('--label-weight')) || DEFAULT_THEME.labelWeight,
    nodeStroke: projector ? number('--node-stroke-width', DEFAULT_THEME.nodeStroke) : DEFAULT_THEME.nodeStroke,
    litWidth: projector && stroke > 0 ? stroke * 1.75 : DEFAULT_THEME.litWidth,
    font: get('--font') || DEFAULT_THEME.font,
  };
}
