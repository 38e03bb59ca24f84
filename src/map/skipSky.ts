// MapLibre 6 draws a sky under every frame, whatever the style: a full-screen pass, and at the
// first frame a shader program to compile (90–140 ms with a software renderer, in one task). On
// the embedded basemap nobody can see it: the map is flat (Web Mercator, pitch 0, maxPitch 0), so
// the horizon is never on screen, and the opaque water (the background layer) covers every pixel
// drawn before it. Here the map's painter is given its draw functions without the sky. An online
// style, which may set a sky or a globe, keeps it.
import type { Map as MapLibreMap } from 'maplibre-gl';

export function skipHiddenSky(map: MapLibreMap): void {
  const painter = (map as Partial<Pick<MapLibreMap, 'painter'>>).painter;
  if (!painter?.drawFunctions) return;
  // A copy: the functions are one object shared by every map of the page.
  painter.drawFunctions = { ...painter.drawFunctions, sky: () => {} };
}
