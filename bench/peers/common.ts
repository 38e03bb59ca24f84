import { DATASET_READY_MARK } from '../../src/data/readyMark';
// What every peer page shares: reading the same dataset as the app (`?data=`), the colours per
// kind, the details panel a click fills, and the page's size. The peers draw actors and relations
// only (no sessions, people, rings or map) and do not validate the data: they are the floor of
// what a library needs for this network, not a second Maillage.

export interface PeerNode {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly scale: string;
  degree: number;
}

export interface PeerLink {
  readonly source: string;
  readonly target: string;
}

export interface PeerData {
  readonly nodes: PeerNode[];
  readonly links: PeerLink[];
}

const KIND_COLOURS = ['#1b6ca8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#b7950b'];

/** A stable colour per actor kind, in order of first appearance. */
export function colourOfKind(): (kind: string) => string {
  const seen = new Map<string, string>();
  return (kind) => {
    let colour = seen.get(kind);
    if (!colour) {
      colour = KIND_COLOURS[seen.size % KIND_COLOURS.length] ?? '#333';
      seen.set(kind, colour);
    }
    return colour;
  };
}

interface RawActor {
  id: string;
  name: { fr?: string; en?: string };
  kind: string;
  scale: string;
}

interface RawData {
  actors: RawActor[];
  relations: { from: string; to: string }[];
}

export async function loadPeerData(): Promise<PeerData> {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('no ?data= given');
  const response = await fetch(new URL(url, location.href));
  const raw = (await response.json()) as RawData;
  const nodes = raw.actors.map((a) => ({ id: a.id, label: a.name.fr ?? a.name.en ?? a.id, kind: a.kind, scale: a.scale, degree: 0 }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: PeerLink[] = [];
  for (const r of raw.relations) {
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    if (!from || !to || from === to) continue;
    from.degree++;
    to.degree++;
    links.push({ source: r.from, target: r.to });
  }
  // The moment the bench measures "first drawing after the data is parsed" from, as the app marks it.
  performance.mark(DATASET_READY_MARK);
  return { nodes, links };
}

/** The graph's element and the details panel beside it, as the app lays them out. */
export function pageParts(): { graph: HTMLElement; details: HTMLElement } {
  const graph = document.getElementById('graph');
  const details = document.getElementById('details');
  if (!graph || !details) throw new Error('the peer page lacks #graph or #details');
  return { graph, details };
}

export function showDetails(details: HTMLElement, node: PeerNode | null): void {
  details.replaceChildren();
  if (!node) return;
  const title = document.createElement('h2');
  title.textContent = node.label;
  const about = document.createElement('p');
  about.textContent = `${node.kind} · ${node.scale} · ${node.degree} relations`;
  details.append(title, about);
}

/** The node with the most relations: the one the bench clicks. */
export function hub(nodes: readonly PeerNode[]): PeerNode | undefined {
  let best: PeerNode | undefined;
  for (const n of nodes) if (!best || n.degree > best.degree) best = n;
  return best;
}

/** Deterministic pseudo-random numbers (the same LCG as scripts/synthetic.ts). */
export function seeded(seed = 7): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

declare global {
  interface Window {
    /** Where the bench clicks: a node's centre in CSS pixels of the page, once drawn. */
    __peer?: { nodePoint(): { x: number; y: number } | null };
  }
}

/** The graph's size in CSS pixels: `?w=&h=` (the bench passes the app's graph area), else the element's. */
export function graphSize(graph: HTMLElement): { width: number; height: number } {
  const params = new URLSearchParams(location.search);
  const width = Number(params.get('w')) || graph.clientWidth;
  const height = Number(params.get('h')) || graph.clientHeight;
  graph.style.width = `${width}px`;
  graph.style.height = `${height}px`;
  return { width, height };
}
