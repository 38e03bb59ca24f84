// GEXF 1.3 for Gephi: actors as nodes with their kind, scale, place, country, latitude and
// longitude as attributes; relations as edges with their kind and provenance. Written with
// graphology + graphology-gexf (the writer Gephi Lite uses), which declares attribute types and
// escapes the XML. A relation kind the vocabulary says is not directed is an undirected edge. The
// dataset's own vocabulary (labels in both languages, scales in order from local to global,
// relation kinds with their direction) goes in <meta> as <maillage-vocabulary>, JSON that Gephi
// leaves aside and the importer reads back.
import Graph from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { Dataset } from '../data/dataset';
import { isDirected } from '../data/vocabulary';
import { VOCABULARY_META } from '../import/vocabularyTable';
import { sourceAndCitation, textIn, type ExportLanguage } from './text';

type Attrs = Record<string, string | number>;

/** Leaves out what is missing, so that Gephi shows an empty cell rather than "undefined". */
function present(attributes: Record<string, string | number | undefined | null>): Attrs {
  const out: Attrs = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined && value !== null && value !== '') out[key] = value;
  return out;
}

export function toGraph(dataset: Dataset, lang: ExportLanguage = 'fr'): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.setAttribute('creator', 'Maillage');
  if (dataset.vocabulary && Object.keys(dataset.vocabulary).length > 0) graph.setAttribute(VOCABULARY_META, JSON.stringify(dataset.vocabulary));
  for (const actor of dataset.actors) {
    const place = actor.place === null ? undefined : dataset.placeById.get(actor.place);
    const extra: { description?: typeof actor.description } = actor;
    graph.addNode(actor.id, {
      label: textIn(actor.name, lang),
      attributes: present({
        kind: actor.kind,
        scale: actor.scale,
        place: place ? textIn(place.name, lang) : undefined,
        country: place?.country,
        latitude: place?.latitude,
        longitude: place?.longitude,
        description: textIn(extra.description, lang),
      }),
    });
  }
  for (const relation of dataset.relations) {
    // source and quote as the importer reads them (see sourceAndCitation).
    const { source, citation } = sourceAndCitation(relation.provenance, lang);
    const attributes = {
      label: textIn(relation.label, lang) || relation.kind,
      attributes: present({ kind: relation.kind, provenance: relation.provenance.type, source, quote: citation }),
    };
    if (isDirected(dataset.resolvedVocabulary, relation.kind)) graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.from, relation.to, attributes);
  }
  return graph;
}

export function gexfText(dataset: Dataset, lang: ExportLanguage = 'fr'): string {
  return write(toGraph(dataset, lang), {
    version: '1.3',
    formatNode: (_key, a) => ({ label: String(a.label), attributes: a.attributes as Attrs }),
    formatEdge: (_key, a) => ({ label: String(a.label), attributes: a.attributes as Attrs }),
  });
}
