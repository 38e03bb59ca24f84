// Dataset + view state → fresh node and link objects for the graph. d3-force mutates nodes (x, y,
// vx, vy), so they are built here, new each time, never the dataset's frozen objects. No DOM.
import type { SimulationNodeDatum } from 'd3-force';
import type { Dataset } from '../data/dataset';
import type { ActorKind, Relation, RelationKind } from '../data/schema';
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

/** What a model's nodes are and where they are, one column each, outside the JS heap: on the
 * nodes themselves each field cost 4 bytes a node and each number a boxed number (1.5 MB at
 * 15,000). Where and how fast: NaN stands for "not set" (undefined, or null for fx and fy). What:
 * each node's group (its type, kind and style, a few per model) as a number. */
class NodeTable {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  readonly fx: Float64Array;
  readonly fy: Float64Array;
  readonly radius: Float64Array;
  readonly degree: Int32Array;
  /** An actor's scale index; -2 for no scale (a person or a session: null). */
  readonly scaleIndex: Int32Array;
  readonly group: Uint16Array;
  /** The groups: a node's type, kind and style, the same for every actor of a kind. */
  readonly groups: { readonly type: NodeType; readonly kind: ActorKind | null; readonly style: NodeStyle }[] = [];
  private readonly groupOf = new Map<string, number>();
  constructor(size: number) {
    this.x = new Float64Array(size).fill(Number.NaN);
    this.y = new Float64Array(size).fill(Number.NaN);
    this.vx = new Float64Array(size).fill(Number.NaN);
    this.vy = new Float64Array(size).fill(Number.NaN);
    this.fx = new Float64Array(size).fill(Number.NaN);
    this.fy = new Float64Array(size).fill(Number.NaN);
    this.radius = new Float64Array(size);
    this.degree = new Int32Array(size);
    this.scaleIndex = new Int32Array(size);
    this.group = new Uint16Array(size);
  }
  /** The number of the group of type and kind (made with `style` the first time). */
  groupFor(type: NodeType, kind: ActorKind | null, style: () => NodeStyle): number {
    const key = `${type}:${kind ?? ''}`;
    let g = this.groupOf.get(key);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push({ type, kind, style: style() });
      this.groupOf.set(key, g);
    }
    return g;
  }
}

const NO_SCALE = -2;
const orUndefined = (v: number): number | undefined => (Number.isNaN(v) ? undefined : v);
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** A model's node: its ids in its own fields, everything else in its model's table (d3-force and
 * the view read and write x, y, vx, vy, fx and fy as on any object). */
class ModelNode implements GraphNode {
  constructor(
    readonly id: string,
    readonly ref: string,
    private readonly table: NodeTable,
    /** Its position in the model's nodes (and its scene's). */
    readonly slot: number,
  ) {}
  get type(): NodeType {
    return this.table.groups[this.table.group[this.slot]!]!.type;
  }
  get kind(): ActorKind | null {
    return this.table.groups[this.table.group[this.slot]!]!.kind;
  }
  get style(): NodeStyle {
    return this.table.groups[this.table.group[this.slot]!]!.style;
  }
  get scaleIndex(): number | null {
    const i = this.table.scaleIndex[this.slot]!;
    return i === NO_SCALE ? null : i;
  }
  get degree(): number {
    return this.table.degree[this.slot]!;
  }
  get radius(): number {
    return this.table.radius[this.slot]!;
  }
  get x(): number | undefined {
    return orUndefined(this.table.x[this.slot]!);
  }
  set x(v: number | undefined) {
    this.table.x[this.slot] = v ?? Number.NaN;
  }
  get y(): number | undefined {
    return orUndefined(this.table.y[this.slot]!);
  }
  set y(v: number | undefined) {
    this.table.y[this.slot] = v ?? Number.NaN;
  }
  get vx(): number | undefined {
    return orUndefined(this.table.vx[this.slot]!);
  }
  set vx(v: number | undefined) {
    this.table.vx[this.slot] = v ?? Number.NaN;
  }
  get vy(): number | undefined {
    return orUndefined(this.table.vy[this.slot]!);
  }
  set vy(v: number | undefined) {
    this.table.vy[this.slot] = v ?? Number.NaN;
  }
  get fx(): number | null | undefined {
    return orNull(this.table.fx[this.slot]!);
  }
  set fx(v: number | null | undefined) {
    this.table.fx[this.slot] = v ?? Number.NaN;
  }
  get fy(): number | null | undefined {
    return orNull(this.table.fy[this.slot]!);
  }
  set fy(v: number | null | undefined) {
    this.table.fy[this.slot] = v ?? Number.NaN;
  }
}

/** The model's node `slot`, made and put in its table. */
function modelNode(
  table: NodeTable,
  slot: number,
  id: string,
  ref: string,
  group: number,
  scaleIndex: number | null,
  degree: number,
  radius: number,
): ModelNode {
  table.group[slot] = group;
  table.scaleIndex[slot] = scaleIndex ?? NO_SCALE;
  table.degree[slot] = degree;
  table.radius[slot] = radius;
  return new ModelNode(id, ref, table, slot);
}

/** What a model's links between actors read of their relations: the relations, each link's ends
 * (as positions in the model's nodes) and its style. */
class RelationLinkTable {
  /** Set once every link is made (buildingModel). */
  ends: Uint32Array<ArrayBuffer> = new Uint32Array(0);
  readonly style: Uint8Array;
  readonly styles: { readonly family: LinkFamily; readonly directed: boolean }[] = [];
  constructor(
    readonly relations: readonly Relation[],
    readonly nodes: readonly GraphNode[],
  ) {
    this.style = new Uint8Array(relations.length);
  }
}

/** A link between two actors, read from its relation and its model's tables: two fields where
 * seven were (at 30,000 relations, 0.6 MB of the page's heap). */
class RelationLink implements GraphLink {
  constructor(
    private readonly table: RelationLinkTable,
    private readonly j: number,
  ) {}
  /** End k's position in the model's nodes (-1: not in the model). */
  endSlot(k: 0 | 1): number {
    const i = this.table.ends[2 * this.j + k]!;
    return i < this.table.nodes.length ? i : -1;
  }
  private end(k: 0 | 1): string {
    const i = this.endSlot(k);
    if (i >= 0) return this.table.nodes[i]!.id;
    const r = this.table.relations[this.j]!;
    return actorNodeId(k === 0 ? r.from : r.to);
  }
  get from(): string {
    return this.end(0);
  }
  get to(): string {
    return this.end(1);
  }
  get kind(): LinkKind {
    return this.table.relations[this.j]!.kind;
  }
  get family(): LinkFamily {
    return this.table.styles[this.table.style[this.j]!]!.family;
  }
  get directed(): boolean {
    return this.table.styles[this.table.style[this.j]!]!.directed;
  }
  get unsourced(): boolean {
    return this.table.relations[this.j]!.provenance.type === 'unsourced';
  }
  get relation(): string {
    return this.table.relations[this.j]!.id;
  }
}

/** The position in its model's nodes of a link's end `k` (0: from, 1: to; -1: not in the model),
 * read from the model's table without looking its id up; undefined for a link that has none (a
 * speaker's or a session's): look it up by id (nodeSlot). */
export function linkEnd(link: GraphLink, k: 0 | 1): number | undefined {
  return link instanceof RelationLink ? link.endSlot(k) : undefined;
}

/** The position in its model's nodes of the node `id` (-1 when it has none). */
export function nodeSlot(model: Pick<GraphModel, 'nodeById'>, id: string): number {
  const n = model.nodeById.get(id);
  return n instanceof ModelNode ? n.slot : -1;
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
  // Room for every node the model may have: each actor, person and session.
  const table = new NodeTable(actorCount + d.people.length + d.programme.length);
  const sideNode = (type: 'person' | 'session', ref: string, style: NodeStyle, degree: number): GraphNode =>
    modelNode(
      table,
      nodes.length,
      nodeIdOf(type, ref),
      ref,
      table.groupFor(type, null, () => style),
      null,
      degree,
      7,
    );
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
      const group = table.groupFor('actor', a.kind, () => visual.kindStyle(a.kind));
      nodes.push(modelNode(table, nodes.length, id, a.id, group, scaleAt.get(a.scale) ?? -1, deg, nodeRadius(deg, maxDegree)));
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
  // Links between actors: each read from its relation (RelationLink), its ends and style in tables.
  const relationLinks = new RelationLinkTable(relations, nodes);
  const ends: number[] = [];
  const styleAt = new Map<string, number>();
  for (let j = 0; j < relations.length; j++) {
    const r = relations[j]!;
    let style = styleAt.get(r.kind);
    if (style === undefined) {
      const { family, directed } = visual.relationStyle(r.kind);
      style = relationLinks.styles.push({ family, directed }) - 1;
      styleAt.set(r.kind, style);
    }
    relationLinks.style[j] = style;
    links.push(new RelationLink(relationLinks, j));
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
  relationLinks.ends = Uint32Array.from(ends, (i) => (i < 0 ? nodes.length : i));
  return modelOf(nodes, links, nodeById, d.resolvedVocabulary.scales.length, relationLinks.ends);
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
