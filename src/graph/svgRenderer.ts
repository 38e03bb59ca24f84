// SVG drawing of a scene: rings and captions, links, nodes as focusable buttons, labels on top.
// Text goes in with textContent only.
import { linkId, type GraphLink } from './model';
import type { Emphasis, GraphRenderer, NodeNames, Transform } from './renderer';
import type { Scene, SceneNode } from './scene';
import { pinPath } from './pin';
import { lineHeight } from './textWidth';
import { FAMILY_STYLES, linkWidth, shapePath, UNSOURCED_DASH, type LinkFamily } from './style';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

interface DrawnNode {
  readonly scene: SceneNode;
  readonly group: SVGGElement;
  readonly label: SVGTextElement;
  readonly leader: SVGLineElement;
}

interface DrawnLink {
  readonly link: GraphLink;
  readonly line: SVGLineElement;
}

/** What was last written to a node's elements, so that an emphasis change writes only what differs. */
interface NodeMarks {
  dim: boolean;
  selected: boolean;
  pinned: boolean;
  tabStop: boolean;
  name: string;
}

/** Same for a link: 'dim', 'lit' (lit by a hover or a selection) or 'plain'. */
type LinkMark = 'dim' | 'lit' | 'plain';

/** Ids in one set and not in the other (either may be null: then nothing is added). */
function addDifference(into: Set<string>, a: ReadonlySet<string> | null, b: ReadonlySet<string> | null) {
  if (!a || !b) return;
  for (const id of a) if (!b.has(id)) into.add(id);
  for (const id of b) if (!a.has(id)) into.add(id);
}

const ARROW = 9;
/** Ids of the captions' paths, unique per renderer. */
let renderers = 0;

export function createSvgRenderer(parent: HTMLElement, width: number, height: number): GraphRenderer {
  // tabindex -1: the surface itself is not a Tab stop (Chromium would make it one); its nodes are.
  const idPrefix = `graph-${++renderers}`;
  const root = svg('svg', { class: 'graph-surface', role: 'group', width, height, tabindex: -1, 'data-graph-surface': '' });
  const defs = svg('defs');
  const viewport = svg('g', { class: 'graph-viewport' });
  const ringLayer = svg('g', { class: 'graph-rings', 'aria-hidden': 'true' });
  const linkLayer = svg('g', { class: 'graph-links', 'aria-hidden': 'true' });
  const nodeLayer = svg('g', { class: 'graph-nodes' });
  const labelLayer = svg('g', { class: 'graph-labels', 'aria-hidden': 'true' });
  viewport.append(ringLayer, linkLayer, nodeLayer, labelLayer);
  root.append(defs, viewport);
  parent.append(root);

  for (const family of Object.keys(FAMILY_STYLES) as LinkFamily[]) {
    const marker = svg('marker', {
      id: `graph-arrow-${family}`,
      viewBox: `0 -5 10 10`,
      refX: 10,
      refY: 0,
      markerWidth: ARROW,
      markerHeight: ARROW,
      markerUnits: 'userSpaceOnUse',
      orient: 'auto',
    });
    marker.append(svg('path', { d: 'M0,-5L10,0L0,5Z', fill: FAMILY_STYLES[family].stroke }));
    defs.append(marker);
  }

  let nodes = new Map<string, DrawnNode>();
  let links: DrawnLink[] = [];
  /** Links by the ids of their two ends. */
  let linksOf = new Map<string, DrawnLink[]>();
  let marks = new Map<string, NodeMarks>();
  let linkMarks = new Map<DrawnLink, LinkMark>();
  /** The emphasis last applied; null after a new scene (everything is then written once). */
  let applied: Emphasis | null = null;
  let current: Scene | null = null;
  let names: NodeNames = { surface: '', pinned: '', inSelection: '' };
  let pinned: ReadonlySet<string> = new Set();
  let spotlit: ReadonlySet<string> | null = null;
  let selected: string | null = null;

  function setScene(scene: Scene, nodeNames: NodeNames) {
    current = scene;
    names = nodeNames;
    root.setAttribute('aria-label', names.surface);
    root.style.setProperty('--graph-label-size', `${scene.fontSize}px`);
    drawRings(scene);
    links = scene.links.map((link) => {
      const style = FAMILY_STYLES[link.family];
      const line = svg('line', {
        class: 'graph-link',
        stroke: style.stroke,
        'stroke-width': linkWidth(link.kind, link.family),
        'data-link': linkId(link),
      });
      if (link.unsourced) line.setAttribute('stroke-dasharray', UNSOURCED_DASH);
      if (link.directed) line.setAttribute('marker-end', `url(#graph-arrow-${link.family})`);
      return { link, line };
    });
    linkLayer.replaceChildren(...links.map((l) => l.line));
    linksOf = new Map();
    for (const l of links) {
      for (const end of [l.link.from, l.link.to]) {
        const list = linksOf.get(end);
        if (list) list.push(l);
        else linksOf.set(end, [l]);
      }
    }
    marks = new Map();
    linkMarks = new Map();
    applied = null;

    nodes = new Map(
      scene.nodes.map((s) => {
        const group = svg('g', { class: `graph-node graph-node-${s.node.type}`, role: 'button', tabindex: -1, 'data-node': s.node.id });
        const r = s.node.radius;
        group.append(
          svg('circle', { class: 'graph-focus-ring', r: r + 7 }),
          svg('path', { class: 'graph-shape', d: shapePath(s.node.style.shape, r), fill: s.node.style.fill }),
          // Shown while the node is pinned (graph.css): a pin stuck in it.
          svg('path', { class: 'graph-pin', d: pinPath(r), 'aria-hidden': 'true' }),
        );
        const label = svg('text', { class: 'graph-label', 'data-label-for': s.node.id });
        if (s.labelLang) label.setAttribute('lang', s.labelLang);
        s.lines.forEach((line, i) => {
          const span = svg('tspan', i === 0 ? {} : { dy: lineHeight(scene.fontSize) });
          span.textContent = line;
          label.append(span);
        });
        const leader = svg('line', { class: 'graph-leader' });
        return [s.node.id, { scene: s, group, label, leader }] as const;
      }),
    );
    nodeLayer.replaceChildren(...[...nodes.values()].map((n) => n.group));
    labelLayer.replaceChildren(...[...nodes.values()].flatMap((n) => [n.leader, n.label]));
    for (const id of nodes.keys()) markNode(id, { lit: null, spotlit, selected, tabStop: null, pinned });
    draw();
  }

  function nameOf(id: string, n: DrawnNode, e: Pick<Emphasis, 'spotlit' | 'selected' | 'pinned'>) {
    const inSelection = e.spotlit !== null && e.spotlit.has(id) && e.selected !== id;
    const name = `${n.scene.name}${inSelection ? `, ${names.inSelection}` : ''}`;
    return e.pinned.has(id) ? `${name} (${names.pinned})` : name;
  }

  /** Writes what changed of one node's emphasis; true when its dimming changed. */
  function markNode(id: string, e: Emphasis): boolean {
    const n = nodes.get(id);
    if (!n) return false;
    const was = marks.get(id);
    const now: NodeMarks = {
      dim: e.lit !== null && !e.lit.has(id),
      selected: e.selected === id,
      pinned: e.pinned.has(id),
      tabStop: e.tabStop === id,
      name: nameOf(id, n, e),
    };
    marks.set(id, now);
    if (was?.dim !== now.dim) {
      n.group.classList.toggle('is-dimmed', now.dim);
      n.label.classList.toggle('is-dimmed', now.dim);
      n.leader.classList.toggle('is-dimmed', now.dim);
    }
    if (was?.selected !== now.selected) {
      n.group.classList.toggle('is-selected', now.selected);
      n.label.classList.toggle('is-selected', now.selected);
      n.group.setAttribute('aria-pressed', String(now.selected));
    }
    if (was?.pinned !== now.pinned) n.group.classList.toggle('is-pinned', now.pinned);
    if (was?.tabStop !== now.tabStop) n.group.setAttribute('tabindex', now.tabStop ? '0' : '-1');
    if (was?.name !== now.name) n.group.setAttribute('aria-label', now.name);
    return was?.dim !== now.dim;
  }

  function markLink(l: DrawnLink, e: Emphasis) {
    const lit = e.lit === null || (e.lit.has(l.link.from) && e.lit.has(l.link.to));
    const now: LinkMark = !lit ? 'dim' : e.lit !== null ? 'lit' : 'plain';
    const was = linkMarks.get(l);
    if (was === now) return;
    linkMarks.set(l, now);
    l.line.classList.toggle('is-dimmed', now === 'dim');
    l.line.classList.toggle('is-lit', now === 'lit');
  }

  function drawRings(scene: Scene) {
    const parts: SVGElement[] = [];
    scene.rings.forEach((ring, i) => {
      parts.push(
        svg('ellipse', {
          class: `graph-band ${i % 2 === 0 ? 'graph-band-even' : 'graph-band-odd'}`,
          rx: ring.band.outer,
          ry: ring.band.outer / scene.aspect,
          'data-band': ring.scale,
        }),
      );
    });
    parts.reverse();
    scene.rings.forEach((ring, i) => {
      const { path, offset, at } = ring.placed;
      const caption = svg('text', { class: 'graph-ring-caption', 'font-size': scene.captionSize.toFixed(2), 'data-ring': ring.scale });
      if (ring.captionLang) caption.setAttribute('lang', ring.captionLang);
      if (path) {
        // Written along the band's middle line; dy centres the letters on it.
        const id = `${idPrefix}-ring-${i}`;
        parts.push(svg('path', { id, d: path, fill: 'none', stroke: 'none' }));
        caption.setAttribute('dy', '0.35em');
        const along = svg('textPath', { href: `#${id}`, startOffset: offset.toFixed(2), 'text-anchor': 'middle' });
        along.textContent = ring.caption;
        caption.append(along);
      } else {
        caption.setAttribute('x', at.x.toFixed(2));
        caption.setAttribute('y', at.y.toFixed(2));
        caption.setAttribute('dy', '0.35em');
        caption.setAttribute('text-anchor', 'middle');
        caption.textContent = ring.caption;
      }
      parts.push(caption);
    });
    ringLayer.replaceChildren(...parts);
  }

  function draw() {
    if (!current) return;
    for (const n of nodes.values()) {
      const { node, placed } = n.scene;
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      n.group.setAttribute('transform', `translate(${x.toFixed(2)},${y.toFixed(2)})`);
      if (!placed) {
        n.label.setAttribute('visibility', 'hidden');
        continue;
      }
      n.label.removeAttribute('visibility');
      const left = x + placed.dx;
      const tx = placed.anchor === 'start' ? left : placed.anchor === 'end' ? left + placed.width : left + placed.width / 2;
      const baseline = y + placed.dy + current.fontSize * 0.97;
      n.label.setAttribute('x', tx.toFixed(2));
      n.label.setAttribute('y', baseline.toFixed(2));
      for (const span of n.label.children) span.setAttribute('x', tx.toFixed(2));
      n.label.setAttribute('text-anchor', placed.anchor);
      if (placed.leader) {
        const cx = Math.max(left, Math.min(x, left + placed.width));
        const cy = Math.max(y + placed.dy, Math.min(y, y + placed.dy + placed.height));
        const d = Math.hypot(cx - x, cy - y) || 1;
        n.leader.setAttribute('x1', (x + ((cx - x) / d) * (node.radius + 2)).toFixed(2));
        n.leader.setAttribute('y1', (y + ((cy - y) / d) * (node.radius + 2)).toFixed(2));
        n.leader.setAttribute('x2', cx.toFixed(2));
        n.leader.setAttribute('y2', cy.toFixed(2));
        n.leader.removeAttribute('visibility');
      } else {
        n.leader.setAttribute('visibility', 'hidden');
      }
    }
    for (const { link, line } of links) {
      const a = nodes.get(link.from)?.scene.node;
      const b = nodes.get(link.to)?.scene.node;
      if (!a || !b) continue;
      const ax = a.x ?? 0;
      const ay = a.y ?? 0;
      const bx = b.x ?? 0;
      const by = b.y ?? 0;
      const d = Math.hypot(bx - ax, by - ay) || 1;
      const ux = (bx - ax) / d;
      const uy = (by - ay) / d;
      const end = b.radius + (link.directed ? 3 : 0);
      line.setAttribute('x1', (ax + ux * a.radius).toFixed(2));
      line.setAttribute('y1', (ay + uy * a.radius).toFixed(2));
      line.setAttribute('x2', (bx - ux * end).toFixed(2));
      line.setAttribute('y2', (by - uy * end).toFixed(2));
    }
  }

  /** Only the nodes whose emphasis may differ from the last one are looked at, and only what
   * differs is written: a hover that moves from one node to the next touches their two
   * neighbourhoods, not the whole graph. Going from "all lit" to "some lit" (or back) does
   * change every node, and is the one case that looks at all of them. */
  function setEmphasis(e: Emphasis) {
    const before = applied;
    applied = e;
    pinned = e.pinned;
    spotlit = e.spotlit;
    selected = e.selected;
    const whole = !before || (before.lit === null) !== (e.lit === null) || (before.spotlit === null) !== (e.spotlit === null);
    let ids: Iterable<string>;
    if (whole) {
      ids = nodes.keys();
    } else {
      const changed = new Set<string>();
      if (before.lit !== e.lit) addDifference(changed, before.lit, e.lit);
      if (before.spotlit !== e.spotlit) addDifference(changed, before.spotlit, e.spotlit);
      if (before.pinned !== e.pinned) addDifference(changed, before.pinned, e.pinned);
      for (const id of [before.selected, e.selected, before.tabStop, e.tabStop]) if (id !== null) changed.add(id);
      ids = changed;
    }
    const dimmed: string[] = [];
    for (const id of ids) if (markNode(id, e)) dimmed.push(id);
    if (whole || (before.lit === null) !== (e.lit === null)) {
      for (const l of links) markLink(l, e);
    } else {
      for (const id of dimmed) for (const l of linksOf.get(id) ?? []) markLink(l, e);
    }
  }

  return {
    surface: root,
    dragContainer: viewport,
    setScene,
    draw,
    setTransform(t: Transform) {
      viewport.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    },
    setEmphasis,
    resize(w: number, h: number) {
      root.setAttribute('width', String(w));
      root.setAttribute('height', String(h));
    },
    nodeIdFromEvent(event: Event) {
      const target = event.target;
      if (!(target instanceof Element)) return null;
      return target.closest('[data-node]')?.getAttribute('data-node') ?? null;
    },
    focus(nodeId: string) {
      nodes.get(nodeId)?.group.focus();
    },
    destroy() {
      root.remove();
      nodes.clear();
      links = [];
    },
  };
}
