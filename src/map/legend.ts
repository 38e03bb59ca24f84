// What the arcs' colours and dashes mean: the relation kinds drawn on the map now, in the words of
// the graph. A short row under the map, so it is on screen with the map (projector, print).
import type { Dataset } from '../data/dataset';
import { translator } from '../i18n/t';
import { selectVisibleRelations } from '../state/selectors';
import type { ViewState } from '../state/viewState';
import { el, replaceChildren } from '../ui/dom';
import { relationKindLabel } from '../vocabulary/labels';
import type { LinkFamily } from '../vocabulary/visual';
import { seatedPair } from './seatedPair';
import { DARK_PALETTE, LIGHT_PALETTE, relationColour, relationFamily } from './palette';

export function createLegend(container: HTMLElement, dataset: Dataset) {
  const heading = el('h2', { class: 'visually-hidden', id: 'map-legend-heading' });
  const list = el('ul', { class: 'map-legend-list' });
  const root = el('section', { class: 'map-legend', 'aria-labelledby': 'map-legend-heading' }, heading, list);
  container.append(root);

  let last: ViewState | null = null;
  function update(state: ViewState) {
    if (last && last.lang === state.lang && last.filters === state.filters && last.theme === state.theme) return;
    last = state;
    const t = translator(state.lang);
    // The relations drawn as arcs (both ends seated, at two places), in one pass.
    const drawnKinds = new Set<string>();
    const pairs = new Set<number>();
    // Arcs stand for every relation between two places: say so when one stands for several.
    let shared = false;
    let unsourced = false;
    for (const r of selectVisibleRelations(dataset, state)) {
      const pair = seatedPair(dataset, r);
      if (!pair) continue;
      drawnKinds.add(r.kind);
      if (pairs.has(pair.id)) shared = true;
      else pairs.add(pair.id);
      if (r.provenance.type === 'unsourced') unsourced = true;
    }
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
    heading.textContent = t('map.legend');
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
      root.remove();
    },
  };
}
