// Who is linked to whom in a graph model, kept as two typed arrays (compressed rows) instead of one
// Set per node: at 15,000 actors and 30,000 links, a Set per node was a fifth of a second of the
// page's load and megabytes of heap, for lists that are read one node at a time (a hover, a
// selection, a drag, the keyboard's arrows). No DOM.

/** Node id → the ids of the nodes linked to it, both ways, each once, in the order of the links. */
export interface Neighbours {
  /** Undefined for an id that is not a node of the model. */
  get(id: string): readonly string[] | undefined;
  /** How many nodes the model has. */
  readonly size: number;
}

/** Beyond this many ends, repeats are dropped with a Set rather than by looking back. */
const SCAN_UP_TO = 32;

/**
 * The neighbours of `ids` along `links`. A link with an end that is not one of `ids` links nothing;
 * a link from a node to itself makes it its own neighbour, as a link between two nodes would.
 */
export function adjacencyOf(ids: readonly string[], links: readonly { readonly from: string; readonly to: string }[]): Neighbours {
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);
  const from = new Int32Array(links.length);
  const to = new Int32Array(links.length);
  // starts[i + 1] counts node i's ends first, then becomes where node i's row ends.
  const starts = new Int32Array(n + 1);
  for (let j = 0; j < links.length; j++) {
    const link = links[j]!;
    const a = indexOf.get(link.from) ?? -1;
    const b = indexOf.get(link.to) ?? -1;
    from[j] = a;
    to[j] = b;
    if (a < 0 || b < 0) continue;
    starts[a + 1]!++;
    starts[b + 1]!++;
  }
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const rows = new Int32Array(starts[n]!);
  const filled = starts.slice(0, n);
  for (let j = 0; j < links.length; j++) {
    const a = from[j]!;
    const b = to[j]!;
    if (a < 0 || b < 0) continue;
    rows[filled[a]!++] = b;
    rows[filled[b]!++] = a;
  }
  return {
    size: n,
    get(id) {
      const i = indexOf.get(id);
      if (i === undefined) return undefined;
      const start = starts[i]!;
      const end = starts[i + 1]!;
      const out: string[] = [];
      if (end - start <= SCAN_UP_TO) {
        for (let k = start; k < end; k++) {
          const other = rows[k]!;
          let again = false;
          for (let before = start; before < k && !again; before++) again = rows[before] === other;
          if (!again) out.push(ids[other]!);
        }
        return out;
      }
      const seen = new Set<number>();
      for (let k = start; k < end; k++) {
        const other = rows[k]!;
        if (seen.has(other)) continue;
        seen.add(other);
        out.push(ids[other]!);
      }
      return out;
    },
  };
}
