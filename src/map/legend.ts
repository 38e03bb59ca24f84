// What the arcs' colours and dashes mean: the relation kinds drawn on the map now, in the words of
// the graph. A short row under the map, so it is on screen with the map (projector, print).
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { selectVisibleRelations } from '../state/selectors';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { relationKindLabel } from '../vocabulary/labels';
import type { LinkFamily } from '../vocabulary/visual';
import { relationPositions, seatedPairAt } from './seatedPair';
import { placeIndexSteps } from './placeIndex';
import { runAll, runInSlices } from '../ui/workSteps';
import { nextTask } from '../ui/nextTask';
import type { Relation } from '../data/schema';
import { DARK_PALETTE, LIGHT_PALETTE, relationColour, relationFamily } from './palette';

export function createLegend(container: HTMLElement, dataset: Dataset) {
  const heading = el('h2', { class: 'visually-hidden', id: 'map-legend-heading' });
  const list = el('ul', { class: 'map-legend-list' });
  const root = el('section', { class: 'map-legend', 'aria-labelledby': 'map-legend-heading' }, heading, list);
  // Hidden until it has something to say (a large network's is worked out over a few tasks).
  root.hidden = true;
  container.append(root);

  let last: ViewState | null = null;
  /** Which run of the drawn relations is the current one (a later update makes an earlier one moot). */
  let runs = 0;
  let destroyed = false;
  function update(state: ViewState) {
    if (last && last.lang === state.lang && last.filters === state.filters && last.theme === state.theme) return;
    last = state;
    heading.textContent = translator(state.lang)('map.legend');
    const relations = selectVisibleRelations(dataset, state);
    const steps = drawnSteps(dataset, relations);
    const run = ++runs;
    if (relations.length < SLICED_FROM) return show(state, runAll(steps));
    // From the next task on: not in the one that mounts the map (or applies a filter).
    const cancelled = () => run !== runs || destroyed;
    void runInSlices(steps, nextTask, { cancelled, later: true }).then((drawn) => {
      if (drawn && run === runs && !destroyed) show(state, drawn);
    });
  }

  function show(state: ViewState, { drawnKinds, shared, unsourced }: Drawn) {
    const t = translator(state.lang);
    const kinds = dataset.resolvedVocabulary.relationKinds.map((k) => k.id).filter((k) => drawnKinds.has(k));
    // One entry per family, in the graph's words, with the kinds drawn: "appartenance (membre de)".
    const palette = state.theme === 'projector-dark' ? DARK_PALETTE : LIGHT_PALETTE;
    const byFamily = new Map<LinkFamily, { colour: string; kinds: string[] }>();
    for (const kind of kinds) {
      const family = relationFamily(kind);
      const entry = byFamily.get(family) ?? { colour: relationColour(kind, palette), kinds: [] };
      entry.kinds.push(relationKindLabel(dataset.resolvedVocabulary, kind, state.lang).text);
      byFamily.set(family, entry);
    }
    replaceChildren(
      list,
      ...[...byFamily].map(([family, { colour, kinds: names }]) =>
        el(
          'li',
          {},
          el('span', { class: 'map-legend-swatch', style: `--swatch: ${colour}`, 'aria-hidden': 'true' }),
          el('span', {}, t(`graph.family.${family}`), el('span', { class: 'map-legend-kinds' }, ` (${names.join(', ')})`)),
        ),
      ),
      unsourced && el('li', {}, el('span', { class: 'map-legend-swatch is-dashed', 'aria-hidden': 'true' }), t('map.legend.unsourced')),
      shared && el('li', {}, el('span', { class: 'map-legend-swatch is-thick', 'aria-hidden': 'true' }), t('map.legend.width')),
    );
    root.hidden = kinds.length === 0;
  }

  return {
    update,
    destroy() {
      destroyed = true;
      root.remove();
    },
  };
}

/** From this many visible relations, what the legend says is worked out in slices between which
 * the page answers (the first time, each relation's pair of places is looked up: 50 ms at 30,000). */
const SLICED_FROM = 5000;
/** Relations between two chances to pause: a few hundredths of a millisecond of work, so that
 * runInSlices can keep each slice to its time budget on any machine (2,000 made slices of 50 ms). */
const STEP = 64;

interface Drawn {
  /** The relation kinds drawn as arcs. */
  readonly drawnKinds: ReadonlySet<string>;
  /** Whether an arc stands for several relations between the same two places. */
  readonly shared: boolean;
  readonly unsourced: boolean;
}

/** The relations drawn as arcs (both ends seated, at two places), a step of them at a time. */
function* drawnSteps(dataset: Dataset, relations: readonly Relation[]): Generator<void, Drawn, void> {
  const drawnKinds = new Set<string>();
  const pairs = new Set<number>();
  let shared = false;
  let unsourced = false;
  // The place index made in steps too, if the list of places has not made it yet.
  yield* placeIndexSteps(dataset);
  const positionOf = relationPositions(dataset);
  let n = 0;
  for (const r of relations) {
    if (++n % STEP === 0) yield;
    const pair = seatedPairAt(dataset, positionOf(r));
    if (pair < 0) continue;
    drawnKinds.add(r.kind);
    if (pairs.has(pair)) shared = true;
    else pairs.add(pair);
    if (r.provenance.type === 'unsourced') unsourced = true;
  }
  return { drawnKinds, shared, unsourced };
}
