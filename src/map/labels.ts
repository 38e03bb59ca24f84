// The names of places on the map, as HTML over the canvas: no glyph server is needed, the text is
// the browser's own (legible on a projector, any script), set with textContent. Labels are
// aria-hidden: the list of places says the same to screen readers.
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceProperties } from './features';
import { placeLabels, type LabelInput } from './labelPlacement';
import { placeRadiusAt } from './style';
import type { Language } from '../i18n/t';

/** What the labels need from the map: MapLibre's Map fits. */
export interface Projector {
  project(lngLat: [number, number]): { x: number; y: number };
  getZoom(): number;
}

export function createLabels(layer: HTMLElement, map: Projector) {
  const spans = new Map<string, HTMLSpanElement>();
  const sizes = new Map<string, { text: string; width: number; height: number }>();
  let places: FeatureCollection<Point, PlaceProperties> = { type: 'FeatureCollection', features: [] };
  let lang: Language = 'fr';

  function set(next: FeatureCollection<Point, PlaceProperties>, nextLang: Language) {
    places = next;
    lang = nextLang;
    const seen = new Set<string>();
    for (const f of places.features) {
      const { id } = f.properties;
      seen.add(id);
      let span = spans.get(id);
      if (!span) {
        span = document.createElement('span');
        span.className = 'map-label';
        span.setAttribute('aria-hidden', 'true');
        span.setAttribute('data-place', id);
        layer.append(span);
        spans.set(id, span);
      }
      const text = lang === 'en' ? f.properties.nameEn : f.properties.nameFr;
      if (span.textContent !== text) span.textContent = text;
      span.classList.toggle('is-dim', !f.properties.lit);
      span.classList.toggle('is-selected', f.properties.selected);
    }
    for (const [id, span] of spans) {
      if (!seen.has(id)) {
        span.remove();
        spans.delete(id);
      }
    }
    position();
  }

  /** Measures a label once per text and class change, not on every frame. */
  function size(id: string, span: HTMLSpanElement) {
    const key = `${span.textContent}|${span.className}`;
    const known = sizes.get(id);
    if (known && known.text === key) return known;
    const measured = { text: key, width: span.offsetWidth, height: span.offsetHeight };
    sizes.set(id, measured);
    return measured;
  }

  function position() {
    const width = layer.clientWidth;
    const height = layer.clientHeight;
    const zoom = map.getZoom();
    const inputs: LabelInput[] = [];
    for (const f of places.features) {
      const span = spans.get(f.properties.id);
      if (!span) continue;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const { x, y } = map.project([lon, lat]);
      const { width: w, height: h } = size(f.properties.id, span);
      const { selected, lit, actorCount, linkCount } = f.properties;
      inputs.push({
        id: f.properties.id,
        x,
        y,
        radius: placeRadiusAt(zoom, actorCount, selected ? 6 : 0),
        width: w,
        height: h,
        // The selection first, then what it lights, then the places with most actors and links.
        priority: (selected ? 10_000 : 0) + (lit ? 1000 : 0) + actorCount * 10 + linkCount,
      });
    }
    const boxes = placeLabels(inputs, { width, height });
    for (const [id, box] of boxes) {
      const span = spans.get(id);
      if (!span) continue;
      if (box) {
        span.style.transform = `translate(${Math.round(box.left)}px, ${Math.round(box.top)}px)`;
        span.style.visibility = 'visible';
      } else {
        span.style.visibility = 'hidden';
      }
    }
  }

  return {
    set,
    position,
    /** After a resize: the font may have changed size with the window, so measure again. */
    resized() {
      sizes.clear();
      position();
    },
    destroy() {
      for (const span of spans.values()) span.remove();
      spans.clear();
    },
  };
}
