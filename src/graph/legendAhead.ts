// The nodes and links a graph's model will have, as far as its legend reads them (kind and type;
// family, direction, kind and provenance), from the dataset: a large graph's legend is shown with
// its rings while the model is still being made (view.ts), and is the legend the model then
// gives, so the drawing's room (what the legend leaves of the view) does not change when the nodes
// come. It follows buildingModel's rules (model.ts): actors the filters let through, the relations
// between them, people tied to a visible actor, sessions presenting one.
import type { Dataset } from '../data/dataset';
import { visualVocabulary } from '../vocabulary/visual';
import type { LegendLink, LegendNode } from './legend';

export interface LegendInputs {
  readonly showPeople: boolean;
  readonly showSessions: boolean;
}

/** The distinct nodes and links (as the legend reads them) of the model `d` would give for these
 * inputs: one of each kind of actor, relation, provenance and side node, not one per item, so
 * that it takes a pass over the actors and one over the relations, without an object each. */
export function legendItemsAhead(
  d: Dataset,
  visible: ReadonlySet<string>,
  relations: readonly Dataset['relations'][number][],
  { showPeople, showSessions }: LegendInputs,
): { readonly nodes: readonly LegendNode[]; readonly links: readonly LegendLink[] } {
  const nodes: LegendNode[] = [];
  const links: LegendLink[] = [];
  const kinds = new Set<string>();
  for (const a of d.actors) if (visible.has(a.id)) kinds.add(a.kind);
  for (const kind of kinds) nodes.push({ type: 'actor', kind });
  // Each relation kind, sourced or not, once.
  const relationKinds = new Set<string>();
  const unsourcedKinds = new Set<string>();
  for (const r of relations) (r.provenance.type === 'unsourced' ? unsourcedKinds : relationKinds).add(r.kind);
  const visual = visualVocabulary(d.resolvedVocabulary);
  for (const [set, unsourced] of [
    [relationKinds, false],
    [unsourcedKinds, true],
  ] as const) {
    for (const kind of set) {
      const style = visual.relationStyle(kind);
      links.push({ kind, family: style.family, directed: style.directed, unsourced });
    }
  }
  // People tied to a visible actor, each tie's provenance that of the affiliation (none for the
  // actor a person speaks for only); sessions presenting a visible actor (and their speakers).
  const shownPeople = new Set<string>();
  if (showPeople) {
    for (const p of d.people) {
      const actors = [...new Set([...p.affiliations.map((a) => a.actor), p.speaksFor])].filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      shownPeople.add(p.id);
      for (const actor of actors) {
        const unsourced = p.affiliations.find((a) => a.actor === actor)?.provenance.type === 'unsourced';
        links.push({ kind: 'affiliation', family: 'speaker', directed: false, unsourced });
      }
    }
    if (shownPeople.size > 0) nodes.push({ type: 'person', kind: null });
  }
  if (showSessions && d.programme.some((s) => s.actors.some((id) => visible.has(id)))) {
    nodes.push({ type: 'session', kind: null });
    links.push({ kind: 'presents', family: 'presents', directed: false, unsourced: false });
  }
  return { nodes, links };
}
