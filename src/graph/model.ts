// Dataset + view state → fresh node and link objects for the graph. d3-force mutates nodes (x, y,
// vx, vy), so they are built here, new each time, never the dataset's frozen objects. No DOM.
import type { SimulationNodeDatum } from 'd3-force';
import type { Dataset } from '../data/dataset';
import type { ActorKind, RelationKind } from '../data/schema';
import { degreeByActor } from '../data/select';
import { selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import type { Filters } from '../state/viewState';
import { PERSON_STYLE, SESSION_STYLE, visualVocabulary, type LinkFamily, type NodeStyle } from '../vocabulary/visual';
import { nodeRadius } from './style';
import { adjacencyOf, type Neighbours } from './adjacency';

export type NodeType = 'actor' | 'person' | 'session';

export interface GraphNode extends SimulationNodeDatum {
  /** `actor:<id>`, `person:<id>` or `session:<id>`. */
  readonly id: string;
  readonly type: NodeType;
  /** The id in the dataset. */
  readonly ref: string;
  readonly kind: ActorKind | null;
  /** Index in the dataset's scales (0 = local, the centre ring) for actors; null for people and sessions. */
  readonly scaleIndex: number | null;
  readonly degree: number;
  readonly radius: number;
  readonly style: NodeStyle;
}

export type LinkKind = RelationKind | 'affiliation' | 'presents' | 'speaks-in';

export interface GraphLink {
  readonly id: string;
  /** Node ids; direction matters only when `directed`. */
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  readonly family: LinkFamily;
  readonly directed: boolean;
  readonly unsourced: boolean;
  /** The relation id in the dataset, for relations between actors. */
  readonly relation: string | null;
}

export interface GraphModel {
  readonly nodes: GraphNode[];
  readonly links: readonly GraphLink[];
  readonly nodeById: ReadonlyMap<string, GraphNode>;
  /** Node id → ids of the nodes it is linked to, both ways. */
  readonly neighbours: Neighbours;
  /** How many scales (rings) the dataset's vocabulary has; an actor's scaleIndex is below it. */
  readonly scaleCount: number;
}

export interface ModelOptions {
  readonly showPeople: boolean;
  readonly showSessions: boolean;
  readonly filters: Filters;
}

export const actorNodeId = (id: string) => `actor:${id}`;
export const personNodeId = (id: string) => `person:${id}`;
export const sessionNodeId = (id: string) => `session:${id}`;

export function nodeIdOf(type: NodeType, ref: string): string {
  return `${type}:${ref}`;
}

export function buildModel(d: Dataset, options: ModelOptions): GraphModel {
  const visible = selectVisibleActorIds(d, options);
  const degree = degreeByActor(d);
  const maxDegree = Math.max(0, ...degree.values());
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const visual = visualVocabulary(d.resolvedVocabulary);

  // Each actor's node id made once and shared by its node and its links: one string per actor
  // (a fresh one per link end had to be hashed again for every lookup).
  const actorIds = new Map<string, string>();
  const actorIdOf = (ref: string): string => actorIds.get(ref) ?? actorNodeId(ref);
  const scaleAt = new Map(d.resolvedVocabulary.scales.map((s, i) => [s.id, i]));
  for (const a of d.actors) {
    if (!visible.has(a.id)) continue;
    const deg = degree.get(a.id) ?? 0;
    const id = actorNodeId(a.id);
    actorIds.set(a.id, id);
    nodes.push({
      id,
      type: 'actor',
      ref: a.id,
      kind: a.kind,
      scaleIndex: scaleAt.get(a.scale) ?? -1,
      degree: deg,
      radius: nodeRadius(deg, maxDegree),
      style: visual.kindStyle(a.kind),
    });
  }
  const styles = new Map<string, ReturnType<typeof visual.relationStyle>>();
  for (const r of selectVisibleRelations(d, options)) {
    let style = styles.get(r.kind);
    if (!style) styles.set(r.kind, (style = visual.relationStyle(r.kind)));
    links.push({
      id: `relation:${r.id}`,
      from: actorIdOf(r.from),
      to: actorIdOf(r.to),
      kind: r.kind,
      family: style.family,
      directed: style.directed,
      unsourced: r.provenance.type === 'unsourced',
      relation: r.id,
    });
  }

  const shownPeople = new Set<string>();
  if (options.showPeople) {
    for (const p of d.people) {
      const actors = [...new Set([...p.affiliations.map((a) => a.actor), p.speaksFor])].filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      shownPeople.add(p.id);
      nodes.push(sideNode('person', p.id, PERSON_STYLE, actors.length));
      for (const actor of actors) {
        const provenance = p.affiliations.find((a) => a.actor === actor)?.provenance.type;
        links.push({
          id: `affiliation:${p.id}:${actor}`,
          from: personNodeId(p.id),
          to: actorIdOf(actor),
          kind: 'affiliation',
          family: 'speaker',
          directed: false,
          unsourced: provenance === 'unsourced',
          relation: null,
        });
      }
    }
  }

  if (options.showSessions) {
    for (const s of d.programme) {
      const actors = s.actors.filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      const speakers = s.speakers.filter((id) => shownPeople.has(id));
      nodes.push(sideNode('session', s.id, SESSION_STYLE, actors.length + speakers.length));
      for (const actor of actors) {
        links.push(sessionLink(s.id, actorIdOf(actor), 'presents'));
      }
      for (const person of speakers) {
        links.push(sessionLink(s.id, personNodeId(person), 'speaks-in'));
      }
    }
  }

  const nodeById = new Map<string, GraphNode>();
  for (const n of nodes) nodeById.set(n.id, n);
  // Made when first asked for (a pointer over a node, a drag, the arrow keys): loading asks none.
  let neighbours: Neighbours | undefined;
  return {
    nodes,
    links,
    nodeById,
    get neighbours() {
      return (neighbours ??= adjacencyOf(
        nodes.map((n) => n.id),
        links,
      ));
    },
    scaleCount: d.resolvedVocabulary.scales.length,
  };
}

function sideNode(type: 'person' | 'session', ref: string, style: NodeStyle, degree: number): GraphNode {
  return { id: nodeIdOf(type, ref), type, ref, kind: null, scaleIndex: null, degree, radius: 7, style };
}

function sessionLink(session: string, to: string, kind: 'presents' | 'speaks-in'): GraphLink {
  return {
    id: `${kind}:${session}:${to}`,
    from: sessionNodeId(session),
    to,
    kind,
    family: 'presents',
    directed: false,
    unsourced: false,
    relation: null,
  };
}
