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

export function legendItemsAhead(
  d: Dataset,
  visible: ReadonlySet<string>,
  relations: Iterable<Dataset['relations'][number]>,
  { showPeople, showSessions }: LegendInputs,
): { readonly nodes: Iterable<LegendNode>; readonly links: Iterable<LegendLink> } {
  const visual = visualVocabulary(d.resolvedVocabulary);
  const shownPeople = new Set<string>();
  const peopleActors = new Map<string, readonly string[]>();
  if (showPeople) {
    for (const p of d.people) {
      const actors = [...new Set([...p.affiliations.map((a) => a.actor), p.speaksFor])].filter((id) => visible.has(id));
      if (actors.length === 0) continue;
      shownPeople.add(p.id);
      peopleActors.set(p.id, actors);
    }
  }
  const shownSessions = showSessions ? d.programme.filter((s) => s.actors.some((id) => visible.has(id))) : [];
  function* nodes(): Generator<LegendNode> {
    for (const a of d.actors) if (visible.has(a.id)) yield { type: 'actor', kind: a.kind };
    for (let i = 0; i < shownPeople.size; i++) yield { type: 'person', kind: null };
    for (let i = 0; i < shownSessions.length; i++) yield { type: 'session', kind: null };
  }
  function* links(): Generator<LegendLink> {
    for (const r of relations) {
      const style = visual.relationStyle(r.kind);
      yield { kind: r.kind, family: style.family, directed: style.directed, unsourced: r.provenance.type === 'unsourced' };
    }
    for (const p of d.people) {
      for (const actor of peopleActors.get(p.id) ?? []) {
        const provenance = p.affiliations.find((a) => a.actor === actor)?.provenance.type;
        yield { kind: 'affiliation', family: 'speaker', directed: false, unsourced: provenance === 'unsourced' };
      }
    }
    for (const s of shownSessions) {
      for (let i = 0; i < s.actors.length; i++)
        if (visible.has(s.actors[i]!)) yield { kind: 'presents', family: 'presents', directed: false, unsourced: false };
      for (const person of s.speakers) if (shownPeople.has(person)) yield { kind: 'speaks-in', family: 'presents', directed: false, unsourced: false };
    }
  }
  return { nodes: { [Symbol.iterator]: nodes }, links: { [Symbol.iterator]: links } };
}
