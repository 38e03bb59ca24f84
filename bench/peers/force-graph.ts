// Peer: force-graph (canvas 2D + d3-force on the main thread, one tick per frame), as its README
// uses it: its default 15 s cool-down, plus d3's own stopping rule (alpha below 0.001, about 300
// ticks) when that comes first; then a fit to the view.
import ForceGraph from 'force-graph';
import { colourOfKind, graphSize, hub, loadPeerData, pageParts, showDetails, type PeerNode } from './common';

type Drawn = PeerNode & { x?: number; y?: number };

const { graph: element, details } = pageParts();
const { width, height } = graphSize(element);
const data = await loadPeerData();
const colour = colourOfKind();
const nodes: Drawn[] = data.nodes;
const graph = new ForceGraph<Drawn>(element)
  .width(width)
  .height(height)
  .nodeId('id')
  .nodeLabel('label')
  .nodeColor((n) => colour(n.kind))
  .nodeVal((n) => 1 + Math.sqrt(n.degree))
  .linkColor(() => 'rgba(80,80,80,0.35)')
  .d3AlphaMin(0.001)
  .onNodeClick((n) => showDetails(details, n))
  .onBackgroundClick(() => showDetails(details, null))
  .onEngineStop(() => graph.zoomToFit(0, 20))
  .graphData({ nodes, links: data.links.map((l) => ({ ...l })) });

const target = hub(nodes) as Drawn | undefined;
window.__peer = {
  nodePoint() {
    if (!target || target.x === undefined || target.y === undefined) return null;
    const point = graph.graph2ScreenCoords(target.x, target.y);
    const box = element.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  },
};
