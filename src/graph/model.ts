// Dataset + view state → fresh node and link objects for the graph. d3-force mutates nodes (x, y,
// vx, vy), so they are built here, new each time, never the dataset's frozen objects. No DOM.
import type { SimulationNodeDatum } from 'd3-force';
import type { Dataset } from '../data/dataset';
import type { ActorKind, RelationKind } from '../data/schema';
import { selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import type { Filters } from '../state/viewState';
import { PERSON_STYLE, SESSION_STYLE, visualVocabulary, type LinkFamily, type NodeStyle } from '../vocabulary/visual';
import { nodeRadius } from './style';
import { adjacencyOf, type Neighbours } from './adjacency';
import { runAll } from '../ui/workSteps';

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

/** A link's id (`relation:<id>`, `affiliation:<person>:<actor>`, `presents:<session>:<node id>`,
 * `speaks-in:<session>:<node id>`), made when asked for: a large graph's tens of thousands of
 * links kept one each, 0.6 MB of the page's heap, for the SVG's few hundred. */
export function linkId(link: GraphLink): string {
  if (link.relation !== null) return `relation:${link.relation}`;
  if (link.kind === 'affiliation') return `affiliation:${link.from.slice('person:'.length)}:${link.to.slice('actor:'.length)}`;
  return `${link.kind}:${link.from.slice('session:'.length)}:${link.to}`;
}

export interface GraphModel {
  readonly nodes: GraphNode[];
  readonly links: readonly GraphLink[];
  readonly nodeById: ReadonlyMap<string, GraphNode>;
  /** Node id → ids of the nodes it is linked to, both ways. */
  readonly neighbours: Neighbours;
  /** How many scales (rings) the dataset's vocabulary has; an actor's scaleIndex is below it. */
  readonly scaleCount: number;
  /** Each link's ends as positions in `nodes` (link j: 2j and 2j + 1), as buildModel finds them:
   * the layout's request is made of them, with no table of ids to look them up again. */
  readonly ends?: Uint32Array<ArrayBuffer>;
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

/** Where a model's nodes are and how fast they move, one column each, outside the JS heap: six
 * numbers a node, which on the nodes themselves were each a boxed number (0.8 MB at 15,000). NaN
 * stands for "not set" (undefined, or null for fx and fy). */
class NodeColumns {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  /** Each node's radius (a number field per node was a boxed number each: 0.2 MB at 15,000). */
  readonly radius: Float64Array;
  constructor(size: number) {
    this.x = new Float64Array(size).fill(Number.NaN);
    this.y = new Float64Array(size).fill(Number.NaN);
    this.vx = new Float64Array(size).fill(Number.NaN);
    this.vy = new Float64Array(size).fill(Number.NaN);
    this.fx = new Float64Array(size).fill(Number.NaN);
    this.fy = new Float64Array(size).fill(Number.NaN);
    this.radius = new Float64Array(size);
  }
}

const orUndefined = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v);
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** A model's node: what it is in its own fields, where it is in its model's columns (d3-force and
 * the view read and write x, y, vx, vy, fx and fy as on any object). */
class ModelNode implements GraphNode {
  constructor(
    readonly id: string,
    readonly type: NodeType,
    readonly ref: string,
    readonly kind: ActorKind | null,
    readonly scaleIndex: number | null,
    readonly degree: number,
    radius: number,
    readonly style: NodeStyle,
    private readonly columns: NodeColumns,
    private readonly slot: number,
  ) {
    columns.radius[slot] = radius;
  }
  get radius(): number {
    return this.columns.radius[this.slot]!;
  }
  get x(): number | undefined {
    return orUndefined(this.columns.x[this.slot]!);
  }
  set x(v: number | undefined) {
    this.columns.x[this.slot] = v ?? Number.NaN;
  }
  get y(): number | undefined {
    return orUndefined(this.columns.y[this.slot]!);
  }
  set y(v: number | undefined) {
    this.columns.y[this.slot] = v ?? Number.NaN;
  }
  get vx(): number | undefined {
    return orUndefined(this.columns.vx[this.slot]!);
  }
  set vx(v: number | undefined) {
    this.columns.vx[this.slot] = v ?? Number.NaN;
  }
  get vy(): number | undefined {
    return orUndefined(this.columns.vy[this.slot]!);
  }
  set vy(v: number | undefined) {
    this.columns.vy[this.slot] = v ?? Number.NaN;
  }
  get fx(): number | null | undefined {
    return orNull(this.columns.fx[this.slot]!);
  }
  set fx(v: number | null | undefined) {
    this.columns.fx[this.slot] = v ?? Number.NaN;
  }
  get fy(): number | null | undefined {
    return orNull(this.columns.fy[this.slot]!);
  }
  set fy(v: number | null | undefined) {
    this.columns.fy[this.slot] = v ?? Number.NaN;
  }
}

export function buildModel(d: Dataset, options: ModelOptions): GraphModel {
  return runAll(buildingModel(d, options));
}

/** How many items buildingModel handles between two pauses. */
const PAUSE_EVERY = 1024;

/**
 * buildModel in steps: it pauses (yields) every PAUSE_EVERY actors or relations, so that a large
 * graph's model can be made over several tasks (workSteps.ts). The same model, however it is run.
 */
export function* buildingModel(d: Dataset, options: ModelOptions): Generator<void, GraphModel> {
  const visible = selectVisibleActorIds(d, options);
  yield;
  const relations = selectVisibleRelations(d, options);
  yield;
  // Each actor's position in the dataset, its degree (every relation counts, shown or not) and,
  // once made, its node's id and position: one string per actor, shared by its node and its links.
  const actorAt = new Map<string, number>();
  const actorCount = d.actors.length;
  for (let i = 0; i < actorCount; i++) {
    actorAt.set(d.actors[i]!.id, i);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  const degree = new Int32Array(actorCount);
  for (let j = 0; j < d.relations.length; j++) {
    const r = d.relations[j]!;
    const a = actorAt.get(r.from);
    const b = actorAt.get(r.to);
    if (a !== undefined) degree[a]!++;
    if (b !== undefined) degree[b]!++;
    if (j % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  let maxDegree = 0;
  for (let i = 0; i < actorCount; i++) maxDegree = Math.max(maxDegree, degree[i]!);

  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  const ends: number[] = [];
  // Room for every node the model may have: each actor, person and session.
  const columns = new NodeColumns(actorCount + d.people.length + d.programme.length);
  const sideNode = (type: 'person' | 'session', ref: string, style: NodeStyle, degree: number): GraphNode =>
    new ModelNode(nodeIdOf(type, ref), type, ref, null, null, degree, 7, style, columns, nodes.length);
  const visual = visualVocabulary(d.resolvedVocabulary);
  const actorIds: (string | undefined)[] = new Array<string | undefined>(actorCount);
  const actorNode = new Int32Array(actorCount).fill(-1);
  const scaleAt = new Map(d.resolvedVocabulary.scales.map((s, i) => [s.id, i]));
  for (let i = 0; i < actorCount; i++) {
    const a = d.actors[i]!;
    if (visible.has(a.id)) {
      const deg = degree[i]!;
      const id = actorNodeId(a.id);
      actorIds[i] = id;
      actorNode[i] = nodes.length;
      nodes.push(
        new ModelNode(id, 'actor', a.id, a.kind, scaleAt.get(a.scale) ?? -1, deg, nodeRadius(deg, maxDegree), visual.kindStyle(a.kind), columns, nodes.length),
      );
    }
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  /** An actor's node id and position (-1 when it has no node), by the actor's id. */
  const actorId = (ref: string): string => {
    const i = actorAt.get(ref);
    return (i === undefined ? undefined : actorIds[i]) ?? actorNodeId(ref);
  };
  const actorEnd = (ref: string): number => {
    const i = actorAt.get(ref);
    return i === undefined ? -1 : actorNode[i]!;
  };
  const styles = new Map<string, ReturnType<typeof visual.relationStyle>>();
  for (let j = 0; j < relations.length; j++) {
    const r = relations[j]!;
    let style = styles.get(r.kind);
    if (!style) styles.set(r.kind, (style = visual.relationStyle(r.kind)));
    links.push({
      from: actorId(r.from),
      to: actorId(r.to),
      kind: r.kind,
      family: style.family,
      directed: style.directed,
      unsourced: r.provenance.type === 'unsourced',
      relation: r.id,
    });
    ends.push(actorEnd(r.from), actorEnd(r.to));
    if (j % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }

  // People and sessions: a workshop's few dozen, in one step.
  const sideAt = new Map<string, number>();
  const shownPeople = new Set<string>();
  if (options.showPeople) {
    for (const p of d.people) {
      const actors = [...new Set([...p.affiliations.map((a) => a.actor), p.speaksFor])].filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      shownPeople.add(p.id);
      const person = sideNode('person', p.id, PERSON_STYLE, actors.length);
      sideAt.set(person.id, nodes.length);
      nodes.push(person);
      for (const actor of actors) {
        const provenance = p.affiliations.find((a) => a.actor === actor)?.provenance.type;
        links.push({
          from: person.id,
          to: actorId(actor),
          kind: 'affiliation',
          family: 'speaker',
          directed: false,
          unsourced: provenance === 'unsourced',
          relation: null,
        });
        ends.push(nodes.length - 1, actorEnd(actor));
      }
    }
  }

  if (options.showSessions) {
    for (const s of d.programme) {
      const actors = s.actors.filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      const speakers = s.speakers.filter((id) => shownPeople.has(id));
      const session = sideNode('session', s.id, SESSION_STYLE, actors.length + speakers.length);
      const at = nodes.length;
      nodes.push(session);
      for (const actor of actors) {
        links.push(sessionLink(s.id, actorId(actor), 'presents'));
        ends.push(at, actorEnd(actor));
      }
      for (const person of speakers) {
        const to = personNodeId(person);
        links.push(sessionLink(s.id, to, 'speaks-in'));
        ends.push(at, sideAt.get(to) ?? -1);
      }
    }
  }
  yield;

  const nodeById = new Map<string, GraphNode>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    nodeById.set(n.id, n);
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  // A link's end past the nodes when it ends on a node not in the model (none here), as layoutColumns says.
  return modelOf(
    nodes,
    links,
    nodeById,
    d.resolvedVocabulary.scales.length,
    Uint32Array.from(ends, (i) => (i < 0 ? nodes.length : i)),
  );
}

/** The model made of its parts, in a function of its own: its getter keeps only what it reads, not
 * the tables buildingModel used on the way (an actor's position by id, 0.2 MB at 15,000 actors). */
function modelOf(
  nodes: GraphNode[],
  links: GraphLink[],
  nodeById: ReadonlyMap<string, GraphNode>,
  scaleCount: number,
  ends: Uint32Array<ArrayBuffer>,
): GraphModel {
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
    scaleCount,
    ends,
  };
}

function sessionLink(session: string, to: string, kind: 'presents' | 'speaks-in'): GraphLink {
  return {
    from: sessionNodeId(session),
    to,
    kind,
    family: 'presents',
    directed: false,
    unsourced: false,
    relation: null,
  };
}
