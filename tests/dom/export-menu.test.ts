import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createExportMenu } from '../../src/export/menu';
import { container, setupStore, shippedDataset } from './helpers';

interface Download {
  readonly name: string;
  readonly blob: Blob;
}

let downloads: Download[] = [];
let blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

function setup(lang: 'fr' | 'en' = 'fr') {
  const store = setupStore({ lang });
  const menu = createExportMenu(container(), {
    dataset: shippedDataset(),
    store,
    graph: document.createElement('div'),
    mapArea: document.createElement('div'),
    map: () => null,
    now: () => new Date('2026-12-02T12:00:00Z'),
  });
  return { store, menu, user: userEvent.setup() };
}

const read = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('Export menu', () => {
  it('opens a list where every format is a button with a name', async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Exporter' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: 'Exporter le réseau' });
    const data = within(panel).getByRole('list', { name: 'Données' });
    const pictures = within(panel).getByRole('list', { name: 'Images' });
    expect(
      within(data)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['GeoJSON : lieux et liens (SIG)', 'GEXF pour Gephi', 'CSV : acteurs, relations, lieux (.zip)', 'JSON Maillage']);
    expect(within(pictures).getAllByRole('button')).toHaveLength(5);
    expect(document.activeElement).toBe(within(data).getByRole('button', { name: 'GeoJSON : lieux et liens (SIG)' }));
  });

  it('downloads the GeoJSON with its file name and type', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    await user.click(screen.getByRole('button', { name: 'GeoJSON : lieux et liens (SIG)' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    const [file] = downloads;
    expect(file?.name).toMatch(/^du-local-au-mondial.*\.geojson$/);
    expect(file?.blob.type).toBe('application/geo+json');
    const geojson = JSON.parse(await read(file!.blob)) as { type: string; features: unknown[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toBe(`Fichier téléchargé : ${file?.name}`);
  }, 30_000);

  it('downloads the GEXF, the CSV set as a zip and the JSON, named in English when the app is', async () => {
    const { user } = setup('en');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    for (const [name, pattern, type] of [
      ['GEXF for Gephi', /\.gexf$/, 'application/gexf+xml'],
      ['CSV: actors, relations, places (.zip)', /-csv\.zip$/, 'application/zip'],
      ['Maillage JSON', /\.json$/, 'application/json'],
    ] as const) {
      const before = downloads.length;
      await user.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(downloads).toHaveLength(before + 1), { timeout: 20_000 });
      expect(downloads.at(-1)?.name).toMatch(pattern);
      expect(downloads.at(-1)?.blob.type).toBe(type);
    }
  }, 30_000);

  it('says so when the map cannot be pictured, and downloads nothing', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Exporter' }));
    await user.click(screen.getByRole('button', { name: 'Carte en PNG, vidéoprojecteur (1920 × 1080)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('La carte n’est pas affichée ici : pas d’image de la carte.'), { timeout: 20_000 });
    expect(downloads).toHaveLength(0);
  }, 30_000);

  it('closes with Escape and gives the focus back to its button', async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Exporter' });
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Exporter le réseau' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('follows the language', async () => {
    const { store, user } = setup();
    store.update((s) => ({ ...s, lang: 'en' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('button', { name: 'Map as PNG, projector (1920 × 1080)' })).toBeTruthy();
  });
});
