// Peer: sigma v3 (WebGL) with graphology and ForceAtlas2 in its web worker, as sigma's examples
// use them: settings inferred from the graph, run until the layout has settled (the mean move per
// check under 0.1 % of the graph's extent), or 1,000 iterations, or 30 s.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { colourOfKind, graphSize, hub, loadPeerData, pageParts, seeded, showDetails, type PeerNode } from './common';

const { graph: element, details } = pageParts();
graphSize(element);
const data = await loadPeerData();
const colour = colourOfKind();
const random = seeded();
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const graph = new Graph();
for (const n of data.nodes) {
  graph.addNode(n.id, { label: n.label, x: random() * 1000, y: random() * 1000, size: 2 + Math.sqrt(n.degree) * 1.5, color: colour(n.kind) });
}
for (const l of data.links) graph.mergeEdge(l.source, l.target, { color: '#bbb', size: 0.5 });

// The app's zoom range (×0.25 to ×5) as camera ratios.
const renderer = new Sigma(graph, element, { renderEdgeLabels: false, minCameraRatio: 0.2, maxCameraRatio: 4 });
renderer.on('clickNode', ({ node }) => showDetails(details, byId.get(node) ?? null));
renderer.on('clickStage', () => showDetails(details, null));

const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
const CHECK_EVERY = 20;
const started = performance.now();
let iterations = 0;
let previous = new Float64Array(graph.order * 2);
const snapshot = () => {
  const next = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_, a) => {
    next[i++] = a.x as number;
    next[i++] = a.y as number;
  });
  return next;
};
previous = snapshot();
graph.on('eachNodeAttributesUpdated', () => {
  iterations++;
  if (iterations % CHECK_EVERY !== 0) return;
  const next = snapshot();
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, moved = 0;
  for (let i = 0; i < next.length; i += 2) {
    const x = next[i]!, y = next[i + 1]!;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    moved += Math.hypot(x - previous[i]!, y - previous[i + 1]!);
  }
  previous = next;
  const extent = Math.hypot(maxX - minX, maxY - minY) || 1;
  const settled = moved / (next.length / 2) / extent < 0.001;
  if (settled || iterations >= 1000 || performance.now() - started > 30_000) layout.stop();
});
layout.start();

const target = hub(data.nodes) as PeerNode | undefined;
window.__peer = {
  nodePoint() {
    if (!target) return null;
    const display = renderer.getNodeDisplayData(target.id);
    if (!display) return null;
    const point = renderer.framedGraphToViewport(display);
    const box = element.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  },
};
