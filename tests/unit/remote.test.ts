import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fetchDataset } from '../../src/data/remote';

// A server made of the fixtures folder: a file that is not there answers 404.
const folder = new URL('../fixtures/editorial/', import.meta.url);
const served: string[] = [];
const fetcher = (async (input: URL | RequestInfo) => {
  const url = new URL(String(input));
  const name = url.pathname.replace(/^\//, '');
  served.push(name);
  const file = fileURLToPath(new URL(name, folder));
  return existsSync(file) ? new Response(readFileSync(file, 'utf8')) : new Response('', { status: 404 });
}) as typeof fetch;

describe('a dataset loaded from an address', () => {
  it('brings each note and, when there is one, its English version beside it', async () => {
    const result = await fetchDataset(new URL('https://example.test/valid.json'), fetcher);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.notesBySession.get('seance')).toContain('Introduction par Marie Curie');
    expect(result.dataset.englishNotesBySession.get('seance')).toContain('Introduction by Marie Curie');
  });

  it('does without an English note that is not there', async () => {
    const result = await fetchDataset(new URL('https://example.test/broken-context-without-footnote.json'), fetcher);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(served).toContain('sessions/contexte-sans-source.en.md');
    expect(result.dataset.englishNotesBySession.has('seance')).toBe(false);
    expect(result.dataset.notesBySession.get('seance')).toContain('dix mille habitants');
  });
});
