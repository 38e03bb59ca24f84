import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/graph/model';
import { sceneNode } from '../../src/graph/sceneNode';
import { splitLabel } from '../../src/graph/textWidth';
import { nodeText } from '../../src/graph/texts';
import { noFilters } from '../../src/state/viewState';
import { workshop } from './graph-helpers';

describe('a scene node’s words, worked out when read', () => {
  const dataset = workshop();
  const model = buildModel(dataset, { showPeople: true, showSessions: true, filters: noFilters });

  it('are those of the node, in either language, whatever is read first', () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = { dataset, lang, fontSize: 11 };
      for (const node of model.nodes) {
        const expected = nodeText(dataset, node, lang);
        const nameFirst = sceneNode(node, words);
        expect(nameFirst.name).toBe(expected.name);
        expect(nameFirst.label).toBe(expected.label);
        const linesFirst = sceneNode(node, words);
        expect(linesFirst.lines).toEqual(splitLabel(expected.label, 11));
        expect(linesFirst.labelLang).toBe(expected.labelLang);
        expect(linesFirst.name).toBe(expected.name);
        // Read again: the same, kept.
        expect(linesFirst.lines).toBe(linesFirst.lines);
        expect(linesFirst.node).toBe(node);
      }
    }
  });

  it('starts unplaced, and keeps the label placed for it', () => {
    const node = model.nodes[0]!;
    const s = sceneNode(node, { dataset, lang: 'fr', fontSize: 11 });
    expect(s.placed).toBeNull();
    s.placed = { id: node.id, dx: 1, dy: 2, width: 3, height: 4, anchor: 'start', leader: false, free: true };
    expect(s.placed).toMatchObject({ dx: 1, free: true });
  });
});
