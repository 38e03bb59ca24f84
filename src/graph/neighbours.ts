// Node id → ids of the nodes it is linked to, both ways, in link order: what buildModel and the
// layout worker keep for every node. Kept as one list of node positions for all the nodes (each
// node's run of it found by its position) rather than a Set per node: 15,000 nodes held 15,000
// Sets (1.6 MB of the page's heap). A node's Set is made when asked for, a new one each time. Pure.

interface Ends {
  readonly from: string;
  readonly to: string;
}

class NeighbourTable implements ReadonlyMap<string, ReadonlySet<string>> {
  constructor(
    private readonly position: ReadonlyMap<string, number>,
    private readonly nodeIds: readonly string[],
    /** Node at position i: its neighbours are ends[starts[i]] … ends[starts[i + 1] - 1], repeats
     * included, each a node's position, or -1 - k for others[k], an end that is not a node. */
    private readonly starts: Uint32Array,
    private readonly ends: Int32Array,
    private readonly others: readonly string[],
  ) {}

  get size(): number {
    return this.position.size;
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  get(id: string): ReadonlySet<string> | undefined {
    const i = this.position.get(id);
    if (i === undefined) return undefined;
    const out = new Set<string>();
    for (let k = this.starts[i]!; k < this.starts[i + 1]!; k++) {
      const end = this.ends[k]!;
      out.add(end >= 0 ? this.nodeIds[end]! : this.others[-1 - end]!);
    }
    return out;
  }

  forEach(callback: (value: ReadonlySet<string>, key: string, map: ReadonlyMap<string, ReadonlySet<string>>) => void, thisArg?: unknown): void {
    for (const [id, set] of this) callback.call(thisArg, set, id, this);
  }

  *keys(): MapIterator<string> {
    yield* this.position.keys();
  }

  *values(): MapIterator<ReadonlySet<string>> {
    for (const id of this.position.keys()) yield this.get(id)!;
  }

  *entries(): MapIterator<[string, ReadonlySet<string>]> {
    for (const id of this.position.keys()) yield [id, this.get(id)!];
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlySet<string>]> {
    return this.entries();
  }
}

/** Each node's neighbours: for every link between two of `nodeIds`… as buildModel did with a Set
 * per node, a link's other end is added even when it is not one of the nodes. */
export function neighbourTable(nodeIds: readonly string[], links: readonly Ends[]): ReadonlyMap<string, ReadonlySet<string>> {
  const position = new Map<string, number>();
  const ids: string[] = [];
  for (const id of nodeIds) {
    if (position.has(id)) continue;
    position.set(id, ids.length);
    ids.push(id);
  }
  const counts = new Uint32Array(ids.length + 1);
  for (const l of links) {
    const a = position.get(l.from);
    const b = position.get(l.to);
    if (a !== undefined) counts[a + 1]!++;
    if (b !== undefined) counts[b + 1]!++;
  }
  const starts = new Uint32Array(ids.length + 1);
  for (let i = 1; i <= ids.length; i++) starts[i] = starts[i - 1]! + counts[i]!;
  const filled = starts.slice(0, ids.length);
  const ends = new Int32Array(starts[ids.length]!);
  const others: string[] = [];
  const endOf = (id: string, at: number | undefined) => at ?? -1 - (others.push(id) - 1);
  for (const l of links) {
    const a = position.get(l.from);
    const b = position.get(l.to);
    if (a !== undefined) ends[filled[a]!++] = endOf(l.to, b);
    if (b !== undefined) ends[filled[b]!++] = endOf(l.from, a);
  }
  return new NeighbourTable(position, ids, starts, ends, others);
}
