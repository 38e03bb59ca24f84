import { describe, expect, it } from 'vitest';
import { audiencePresentationId, datasetScope, presentationFromSearch, renewPresentationId, shortHash } from '../../src/present/scope';
import { automaticView, nextView } from '../../src/present/viewChoice';

const HREF = 'https://example.org/maillage/';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('which presentation a window belongs to', () => {
  it('keeps the shipped workshop’s channel and notes database names, so notes already typed stay readable', () => {
    expect(datasetScope('', HREF)).toEqual({ dataset: null, channelName: 'maillage-presenter', notesDb: 'maillage-notes' });
    expect(datasetScope('?mode=console&presentation=abcdef123456', HREF).notesDb).toBe('maillage-notes');
  });

  it('gives a ?data= dataset its own channel and notes database, from its URL', () => {
    const a = datasetScope('?data=https://example.org/a.json', HREF);
    const b = datasetScope('?data=https://example.org/b.json', HREF);
    expect(a.dataset).toMatch(/^[0-9a-f]{8}$/);
    expect(a.channelName).toBe(`maillage-presenter-${a.dataset}`);
    expect(a.notesDb).toBe(`maillage-notes-${a.dataset}`);
    expect(b.dataset).not.toBe(a.dataset);
    expect(datasetScope('?data=https://example.org/a.json&mode=console', HREF)).toEqual(a); // the console it opens agrees
    expect(shortHash('')).toBe('811c9dc5');
  });

  it('reads the console’s presentation from its address, and refuses a malformed one', () => {
    expect(presentationFromSearch('?mode=console&presentation=abc123def456')).toBe('abc123def456');
    expect(presentationFromSearch('?mode=console')).toBeNull();
    expect(presentationFromSearch('?presentation=<script>')).toBeNull();
    expect(presentationFromSearch('?presentation=ab')).toBeNull();
  });

  it('keeps the room’s id for the tab’s reloads, one per dataset, and renews it when asked', () => {
    const storage = memoryStorage();
    const shipped = datasetScope('', HREF);
    const other = datasetScope('?data=https://example.org/a.json', HREF);
    let n = 0;
    const make = () => `generated${++n}`;
    const first = audiencePresentationId(shipped, storage, make);
    expect(audiencePresentationId(shipped, storage, make)).toBe(first);
    expect(audiencePresentationId(other, storage, make)).not.toBe(first);
    storage.setItem('maillage-presentation', 'x'); // tampered: too short, replaced
    expect(audiencePresentationId(shipped, storage, make)).toMatch(/^generated\d$/);
    const renewed = renewPresentationId(shipped, storage, make);
    expect(audiencePresentationId(shipped, storage, make)).toBe(renewed);
    expect(audiencePresentationId(shipped, null, make)).toMatch(/^generated\d$/);
  });
});

describe('what the room sees while presenting', () => {
  it('shows the graph alone on a short screen, both on a tall one, a maximised view alone', () => {
    expect(automaticView(true, null)).toBe('graph');
    expect(automaticView(false, null)).toBe('both');
    expect(automaticView(false, 'map')).toBe('map');
  });

  it('cycles on M: graph ↔ map on a short screen, both → graph → map → both on a tall one', () => {
    expect(nextView('graph', true)).toBe('map');
    expect(nextView('map', true)).toBe('graph');
    expect(nextView('both', true)).toBe('graph');
    expect(nextView('both', false)).toBe('graph');
    expect(nextView('graph', false)).toBe('map');
    expect(nextView('map', false)).toBe('both');
  });
});
