import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { skipHiddenSky } from '../../src/map/skipSky';

describe('the embedded basemap without a sky', () => {
  it('gives the map its own draw functions without the sky, and leaves the ones other maps share', () => {
    const shared = { sky: vi.fn(), background: vi.fn(), circle: vi.fn() };
    const painter = { drawFunctions: shared };
    const other = { drawFunctions: shared };
    skipHiddenSky({ painter } as unknown as MapLibreMap);
    painter.drawFunctions.sky();
    painter.drawFunctions.background();
    expect(shared.sky).not.toHaveBeenCalled();
    expect(shared.background).toHaveBeenCalledTimes(1);
    expect(other.drawFunctions.sky).toBe(shared.sky);
  });

  it('does nothing to a map without a painter', () => {
    expect(() => skipHiddenSky({} as MapLibreMap)).not.toThrow();
  });
});
