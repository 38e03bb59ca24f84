// What an exported picture's legend lists, read from the legend the view shows (so that a picture
// always says what the view says, whatever kinds the dataset declares): a shape and its fill for a
// kind of node, a stroke (dashed or not, with an arrow or not) for a kind of link.
export type LegendItem =
  | { readonly label: string; readonly swatch: 'shape'; readonly d: string; readonly fill: string }
  | {
      readonly label: string;
      readonly swatch: 'line';
      readonly stroke: string;
      readonly width: number;
      readonly dash: readonly number[];
      readonly arrow: boolean;
    };

const dashOf = (value: string | null): number[] =>
  value
    ? value
        .split(/[\s,]+/)
        .map(Number)
        .filter((n) => n > 0)
    : [];

/** The graph's legend: each <li> holds an inline SVG swatch and its words. */
export function graphLegendItems(root: ParentNode): LegendItem[] {
  return [...root.querySelectorAll('.graph-legend-body li')].flatMap((li): LegendItem[] => {
    const label = li.textContent?.trim() ?? '';
    const shape = li.querySelector('svg path.graph-shape');
    if (shape) return [{ label, swatch: 'shape', d: shape.getAttribute('d') ?? '', fill: shape.getAttribute('fill') ?? '#777' }];
    const line = li.querySelector('svg line');
    if (line) {
      return [
        {
          label,
          swatch: 'line',
          stroke: line.getAttribute('stroke') ?? '#333',
          width: Number(line.getAttribute('stroke-width') ?? 2),
          dash: dashOf(line.getAttribute('stroke-dasharray')),
          arrow: li.querySelector('svg path') !== null,
        },
      ];
    }
    return [];
  });
}

/** The map's legend: a CSS swatch (its colour in --swatch, dashed by class) and words. */
export function mapLegendItems(root: ParentNode): LegendItem[] {
  return [...root.querySelectorAll('.map-legend li')].map((li): LegendItem => {
    const swatch = li.querySelector<HTMLElement>('.map-legend-swatch');
    const colour = swatch ? getComputedStyle(swatch).getPropertyValue('--swatch').trim() || swatch.style.getPropertyValue('--swatch').trim() : '';
    const dashed = swatch?.classList.contains('is-dashed') ?? false;
    return { label: li.textContent?.trim() ?? '', swatch: 'line', stroke: colour || '#3d4a5c', width: 3, dash: dashed ? [7, 5] : [], arrow: false };
  });
}
