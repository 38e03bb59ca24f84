// An exported picture's legend says what the view's legend says: the same kinds of actor with
// their shapes and colours, the same kinds of relation with their strokes, dashes and arrows.
import { describe, expect, it } from 'vitest';
import { getAllByRole, getByRole } from '@testing-library/dom';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { createLegend } from '../../src/map/legend';
import { graphLegendItems, mapLegendItems } from '../../src/export/image/legend';

const dataset = (() => {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  return result.dataset;
})();

const words = (li: Element) => li.textContent?.trim() ?? '';

describe('the legend of an exported picture', () => {
  it('lists the graph legend’s kinds of actor and of relation, in its order, with their swatches', () => {
    const container = document.createElement('section');
    document.body.append(container);
    const view = createGraphView(container, { dataset, store: createStore<ViewState>(initialViewState) });
    const actors = getAllByRole(getByRole(container, 'list', { name: 'Types d’acteurs' }), 'listitem').map(words);
    const links = getAllByRole(getByRole(container, 'list', { name: 'Liens' }), 'listitem').map(words);
    const items = graphLegendItems(container);
    expect(items.map((i) => i.label)).toEqual([...actors, ...links]);
    const shapes = items.filter((i) => i.swatch === 'shape');
    expect(shapes).toHaveLength(actors.length);
    // Each kind keeps a drawn shape and its own colour.
    for (const s of shapes) expect(s.swatch === 'shape' && s.d.length > 0 && /^#|rgb|hsl/.test(s.fill)).toBe(true);
    expect(new Set(shapes.map((s) => (s.swatch === 'shape' ? `${s.d}|${s.fill}` : ''))).size).toBe(shapes.length);
    const lines = items.filter((i) => i.swatch === 'line');
    // The unsourced link is dashed, a directed kind (membership) has an arrow, an undirected one none.
    const unsourced = lines.find((l) => /non sourcé/.test(l.label));
    expect(unsourced?.swatch === 'line' && unsourced.dash.length).toBeGreaterThan(0);
    const member = lines.find((l) => /appartenance/.test(l.label));
    const partner = lines.find((l) => /coopération/.test(l.label));
    expect(member?.swatch === 'line' && member.arrow).toBe(true);
    expect(partner?.swatch === 'line' && partner.arrow).toBe(false);
    view.destroy();
    container.remove();
  });

  it('lists the map legend’s strokes with their colours, the unsourced one dashed', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const legend = createLegend(container, dataset);
    legend.update(initialViewState);
    const shown = [...container.querySelectorAll('li')].map(words);
    const items = mapLegendItems(container);
    expect(items.map((i) => i.label)).toEqual(shown);
    expect(items.length).toBeGreaterThan(1);
    const dashed = items.filter((i) => i.swatch === 'line' && i.dash.length > 0).map((i) => i.label);
    expect(dashed).toEqual(shown.filter((label) => /non sourcé/.test(label)));
    expect(dashed).toHaveLength(1);
    for (const i of items) expect(i.swatch === 'line' && i.stroke !== '').toBe(true);
    legend.destroy();
    container.remove();
  });
});
