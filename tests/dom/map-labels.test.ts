import { describe, expect, it, vi } from 'vitest';
import { getAllByRole, getByRole, queryAllByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createLabels, type OverlayMap } from '../../src/map/labels';

// A map seen from above at a fixed scale: 10 px per degree, origin at the top left. No WebGL.
function fakeMap(features: ReturnType<OverlayMap['queryRenderedFeatures']>): OverlayMap {
  return {
    project: ([lon, lat]) => ({ x: lon * 10, y: lat * 10 }),
    getZoom: () => 5,
    queryRenderedFeatures: () => features,
  };
}

const cluster = (id: number, count: number, lon: number, lat: number) => ({
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { cluster_id: id, point_count: count },
});
const place = (i: number, lon: number, lat: number, actorCount = 1) => ({
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id: `p${i}`, nameFr: `Lieu ${i}`, nameEn: `Place ${i}`, actorCount, linkCount: 0, lit: true, selected: i === 7 },
});

function setup(features: ReturnType<OverlayMap['queryRenderedFeatures']>, map: OverlayMap = fakeMap(features)) {
  const layer = document.createElement('div');
  Object.defineProperty(layer, 'clientWidth', { value: 800 });
  Object.defineProperty(layer, 'clientHeight', { value: 600 });
  document.body.append(layer);
  const onCluster = vi.fn();
  const onPlace = vi.fn();
  const labels = createLabels(layer, map, { onCluster, onPlace });
  labels.refresh('fr');
  return { layer, labels, onCluster, onPlace };
}

describe('what is written over the map', () => {
  it('writes each cluster’s count on a button, and at most 40 names for many places', () => {
    const places = Array.from({ length: 120 }, (_, i) => place(i, 2 + (i % 12) * 6, 2 + Math.floor(i / 12) * 5));
    const { layer, labels } = setup([cluster(11, 4, 30, 30), cluster(12, 27, 60, 20), ...places]);
    const group = getByRole(layer, 'group', { name: /Groupes de lieux proches/ });
    const badges = getAllByRole(group, 'button');
    expect(badges.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      ['27', 'Groupe de 27 lieux proches : agrandir'],
      ['4', 'Groupe de 4 lieux proches : agrandir'],
    ]);
    // One tab stop among the counts.
    expect(badges.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const written = [...layer.querySelectorAll<HTMLElement>('[aria-hidden="true"][data-place]')].filter((s) => s.style.visibility === 'visible');
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(40);
    expect(labels.counts()).toEqual({ names: written.length, clusters: 2 });
    // The selected place is named first of all.
    expect(written.map((s) => s.textContent)).toContain('Lieu 7');
    labels.destroy();
    labels.destroy();
    expect(layer.children).toHaveLength(0);
  });

  it('names the places in view, on whichever copy of the world is in view, and projects no other', () => {
    // In view: longitudes 0 to 80 (800 px at 10 px per degree).
    const features = [place(1, 20, 20), place(2, 150, 20), place(3, -340, 30)];
    const map = fakeMap(features);
    const project = vi.spyOn(map, 'project');
    const { layer } = setup(features, { ...map, project, getBounds: () => ({ getWest: () => 0, getEast: () => 80 }) });
    const written = [...layer.querySelectorAll<HTMLElement>('[data-place]')].filter((s) => s.style.visibility === 'visible');
    expect(written.map((s) => s.textContent).sort()).toEqual(['Lieu 1', 'Lieu 3']);
    // Lieu 3 is drawn at 20° on the copy east of it.
    expect(project.mock.calls.map(([lngLat]) => lngLat[0]).filter((lng) => lng !== 0 && Math.abs(lng) <= 180)).toEqual(expect.arrayContaining([20]));
    expect(project.mock.calls.some(([lngLat]) => lngLat[0] === 150 || lngLat[0] === -340 || lngLat[0] === 380)).toBe(false);
  });

  it('moves between counts with the arrow keys and opens one with Enter', async () => {
    const { layer, onCluster } = setup([cluster(11, 4, 30, 30), cluster(12, 27, 60, 20), cluster(13, 9, 10, 50)]);
    const [first] = getAllByRole(layer, 'button');
    first?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('9');
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('4');
    await userEvent.keyboard('{Enter}');
    expect(onCluster).toHaveBeenCalledWith(11, [30, 30]);
  });

  it('spreads places that share one spot as buttons, each selecting its place; Escape closes', async () => {
    const { layer, labels, onPlace } = setup([cluster(11, 3, 30, 30)]);
    labels.spread(
      [30, 30],
      [
        { id: 'a', name: 'Ambassade' },
        { id: 'b', name: 'Bureau' },
        { id: 'c', name: 'Centre' },
      ],
    );
    const spread = getByRole(layer, 'group', { name: /3 lieux au même endroit/ });
    expect(getAllByRole(spread, 'button').map((b) => b.textContent)).toEqual(['Ambassade', 'Bureau', 'Centre']);
    expect(document.activeElement?.textContent).toBe('Ambassade');
    await userEvent.click(getByRole(spread, 'button', { name: 'Bureau' }));
    expect(onPlace).toHaveBeenCalledWith('b');
    expect(queryAllByRole(spread, 'button')).toHaveLength(0);
    labels.spread(
      [30, 30],
      [
        { id: 'a', name: 'Ambassade' },
        { id: 'b', name: 'Bureau' },
      ],
    );
    await userEvent.keyboard('{Escape}');
    expect(queryAllByRole(spread, 'button')).toHaveLength(0);
  });
});
