import { describe, expect, it } from 'vitest';
import { getAllByRole } from '@testing-library/dom';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createGraphView } from '../../src/graph/view';
import { linkId } from '../../src/graph/model';
import { selectGraphModel } from '../../src/state/selectors';
import { shippedDataset } from './helpers';

const dataset = shippedDataset();

function setup() {
  const store = createStore<ViewState>(initialViewState);
  const container = document.createElement('section');
  document.body.append(container);
  const view = createGraphView(container, { dataset, store });
  const nodes = getAllByRole(container, 'button').filter((b) => b.hasAttribute('data-node'));
  return { container, view, nodes };
}

const hover = (el: Element) => el.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
const dimmed = (container: HTMLElement) => new Set([...container.querySelectorAll('[data-node].is-dimmed')].map((n) => n.getAttribute('data-node')));

/** The node and link ids whose elements are written while `act` runs. */
function writes(container: HTMLElement, act: () => void): { nodes: Set<string>; links: Set<string> } {
  const observer = new MutationObserver(() => {});
  observer.observe(container, { attributes: true, subtree: true });
  act();
  const records = observer.takeRecords();
  observer.disconnect();
  const nodes = new Set<string>();
  const links = new Set<string>();
  for (const r of records) {
    const el = r.target as Element;
    const node = el.closest('[data-node]')?.getAttribute('data-node') ?? el.getAttribute('data-label-for');
    const link = el.getAttribute('data-link');
    if (node) nodes.add(node);
    else if (link) links.add(link);
    else if (el.classList.contains('graph-leader')) nodes.add('leader');
  }
  return { nodes, links };
}

describe('emphasis', () => {
  it('a hover moving from one node to the next rewrites only the nodes and links whose look changes', { timeout: 60_000 }, () => {
    const { container, view, nodes } = setup();
    const model = selectGraphModel(dataset, initialViewState);
    const litBy = (id: string) => new Set([id, ...(model.neighbours.get(id) ?? [])]);
    // Two actors far apart in the graph: each lights its own neighbourhood.
    const [a, b] = [...model.nodes].sort((x, y) => y.degree - x.degree).filter((n, i, all) => i === 0 || !litBy(all[0]!.id).has(n.id));
    const elementOf = (id: string) => nodes.find((n) => n.getAttribute('data-node') === id)!;
    hover(elementOf(a!.id));
    expect(dimmed(container)).toEqual(new Set(model.nodes.map((n) => n.id).filter((id) => !litBy(a!.id).has(id))));

    const changed = writes(container, () => hover(elementOf(b!.id)));
    // The page shows b's neighbourhood lit now …
    expect(dimmed(container)).toEqual(new Set(model.nodes.map((n) => n.id).filter((id) => !litBy(b!.id).has(id))));
    // … and only the nodes that went from lit to dim or back were written.
    const flipped = new Set([...litBy(a!.id), ...litBy(b!.id)].filter((id) => litBy(a!.id).has(id) !== litBy(b!.id).has(id)));
    changed.nodes.delete('leader');
    expect(changed.nodes).toEqual(flipped);
    expect(changed.nodes.size).toBeLessThan(model.nodes.length);
    for (const id of changed.links) {
      const link = model.links.find((l) => linkId(l) === id)!;
      expect(flipped.has(link.from) || flipped.has(link.to)).toBe(true);
    }
    // Hovering the same node again writes nothing.
    expect(writes(container, () => hover(elementOf(b!.id))).nodes.size).toBe(0);
    view.destroy();
  });
});
