// GEXF 1.2 / 1.3 from Gephi through graphology-gexf. Nodes become actor rows and edges relation
// rows, with each attribute as a column: "type", "scale", "latitude", "place"… mean what the same
// spreadsheet columns mean; the others are kept as the actor's attributes. The xmldom build is used
// because a Web Worker has no DOMParser. A file Maillage wrote says its own vocabulary (kinds,
// scales in order, relation kinds with their direction) in <meta><maillage-vocabulary>, as JSON,
// checked with zod by the caller. A graph without edges is a network of actors alone.
import Graph from 'graphology';
import { parse } from 'graphology-gexf/node';
import { tableFromRows, type Table } from './table';
import { VOCABULARY_META } from './vocabularyTable';

/** Drawing attributes Gephi writes that say nothing about the network. */
const DRAWING = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'weight', 'label']);

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean));

export function readGexf(file: string, xml: string): { tables: Table[]; vocabulary?: string } | { error: string } {
  let graph: Graph;
  try {
    graph = parse(Graph, xml, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const nodeColumns = new Set<string>();
  graph.forEachNode((_key, attrs) => Object.keys(attrs).forEach((k) => !DRAWING.has(k) && nodeColumns.add(k)));
  const nodeHeaders = ['Label', ...nodeColumns];
  const nodeName = (key: string): string => text(graph.getNodeAttribute(key, 'label')) || key;
  const nodes: string[][] = [nodeHeaders];
  graph.forEachNode((key, attrs) => nodes.push([nodeName(key), ...[...nodeColumns].map((c) => text(attrs[c]))]));

  const edgeColumns = new Set<string>();
  graph.forEachEdge((_key, attrs) => Object.keys(attrs).forEach((k) => !DRAWING.has(k) && edgeColumns.add(k)));
  // An edge's label names its kind when no attribute does.
  const kindFromLabel = ![...edgeColumns].some((c) => /^(type|kind)$/i.test(c));
  const edgeHeaders = ['From', 'To', 'Direction', ...(kindFromLabel ? ['Type'] : []), ...edgeColumns];
  const edges: string[][] = [edgeHeaders];
  graph.forEachEdge((key, attrs, source, target) =>
    edges.push([
      nodeName(source),
      nodeName(target),
      graph.isDirected(key) ? 'directed' : 'undirected',
      ...(kindFromLabel ? [text(attrs.label)] : []),
      ...[...edgeColumns].map((c) => text(attrs[c])),
    ]),
  );
  const vocabulary = text(graph.getAttribute(VOCABULARY_META));
  return {
    tables: [tableFromRows(file, 'nodes', nodes), ...(graph.size > 0 ? [tableFromRows(file, 'edges', edges)] : [])],
    ...(vocabulary !== '' && { vocabulary }),
  };
}
