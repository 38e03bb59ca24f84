import { describe, expect, it } from 'vitest';
import { clip } from '../../src/data/clip';
import { formatProblem } from '../../src/data/problems';
import { loadDataset } from '../../src/data/load';

describe('what messages echo back', () => {
  it('keeps short texts whole and cuts long ones, saying how long they were', () => {
    expect(clip('Nanterre')).toBe('Nanterre');
    const cut = clip('x'.repeat(2_000_000));
    expect(cut.length).toBeLessThanOrEqual(130);
    expect(cut).toContain('(2,000,000 characters)');
  });

  it('gives a readable problem line for a 2 MB value and a 100 kB path', () => {
    const line = formatProblem({ file: 'w.json', path: `actors[0].${'k'.repeat(100_000)}`, message: `bad ${'v'.repeat(2_000_000)}` });
    expect(line.length).toBeLessThan(1_000);
    expect(line.startsWith('w.json: actors[0].kkk')).toBe(true);
  });

  it('reports a dataset with a huge misspelt key and value in short lines', () => {
    const huge = 'é'.repeat(500_000);
    const result = loadDataset(JSON.stringify({ [huge]: huge, event: huge }), { file: 'big.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const p of result.problems) expect(formatProblem(p).length, formatProblem(p).slice(0, 80)).toBeLessThan(1_000);
  }, 30_000);
});

describe('the schema’s limits', () => {
  it('refuses a 100 kB id and a 60,000-character name, each in one short line', () => {
    const data = {
      event: { title: { fr: 'Atelier' } },
      actors: [{ id: 'a'.repeat(100_000), name: { fr: 'x'.repeat(60_000) }, kind: 'association', scale: 'local', place: null }],
    };
    const result = loadDataset(JSON.stringify(data), { file: 'big.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map(formatProblem);
    expect(lines.some((l) => l.includes('actors[0].id — at most 200 characters'))).toBe(true);
    expect(lines.some((l) => l.includes('actors[0].name.fr — at most 50,000 characters'))).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThan(1_000);
  });
});
