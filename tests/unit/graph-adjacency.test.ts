import { describe, expect, it } from 'vitest';
import { adjacencyOf } from '../../src/graph/adjacency';

describe('who is linked to whom in a graph', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('gives each node the nodes linked to it, both ways, in the order of the links', () => {
    const n = adjacencyOf(ids, [
      { from: 'a', to: 'b' },
      { from: 'c', to: 'a' },
      { from: 'b', to: 'c' },
    ]);
    expect(n.get('a')).toEqual(['b', 'c']);
    expect(n.get('b')).toEqual(['a', 'c']);
    expect(n.get('c')).toEqual(['a', 'b']);
    expect(n.get('d')).toEqual([]);
    expect(n.size).toBe(4);
  });

  it('names each neighbour once however many links join them, and knows no node outside the model', () => {
    const n = adjacencyOf(ids, [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
      { from: 'a', to: 'b' },
      { from: 'a', to: 'a' },
      { from: 'a', to: 'zz' },
    ]);
    expect(n.get('a')).toEqual(['b', 'a']);
    expect(n.get('b')).toEqual(['a']);
    expect(n.get('zz')).toBeUndefined();
  });

  it('drops repeats for a hub with hundreds of links as for a node with a few', () => {
    const many = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const links = [...many.map((to) => ({ from: 'hub', to })), ...many.map((from) => ({ from, to: 'hub' }))];
    const n = adjacencyOf(['hub', ...many], links);
    expect(n.get('hub')).toEqual(many);
    expect(n.get('n7')).toEqual(['hub']);
  });
});
