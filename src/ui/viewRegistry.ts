// The views of the app, in one list: the phone's tab bar is built from it, and main.ts mounts each
// one in its area. Adding a view is one entry here (id, i18n label, icon, area, mount).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/dataset';
import type { MessageKey } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewId, ViewState } from '../state/viewState';
import { createGraphView } from '../graph/view';
import { rendererFromQuery } from '../graph/rendererChoice';
import { mountMap } from '../map/mount';
import { createFilters } from './filters';
import { createProgramme } from './programme';
import { el } from './dom';
import { createTableToggle } from '../table/toggle';

export interface ViewContext {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  /** The page's query string (renderer and basemap settings). */
  readonly search: string;
  /** How many px at the bottom of `element` something covers (the phone's details sheet). */
  readonly coveredBelow: (element: Element) => number;
  /** The header's controls (a view may add its button there, as the table does). */
  readonly tools: HTMLElement;
  /** The area of another view (the table takes the map's place on a wide screen). */
  readonly areaOf: (id: ViewId) => HTMLElement;
  /** The graph's first drawing and layout: the graph says when it is drawn and at rest, the map waits for them. */
  readonly firstDrawing: FirstDrawing;
}

/** Promises kept when the graph is first drawn, and when its first layout has come to rest. */
export interface FirstDrawing {
  readonly drawn: Promise<void>;
  readonly done: () => void;
  readonly atRest: Promise<void>;
  readonly rested: () => void;
}

export function createFirstDrawing(): FirstDrawing {
  let done = () => {};
  let rested = () => {};
  const drawn = new Promise<void>((resolve) => (done = resolve));
  const atRest = new Promise<void>((resolve) => (rested = resolve));
  return { drawn, done, atRest, rested };
}

export interface MountedView {
  destroy(): void;
  /** The live MapLibre map, for the map view (exports use it). */
  readonly map?: () => MapLibreMap | null;
}

export interface ViewEntry {
  readonly id: ViewId;
  /** The tab's name. */
  readonly labelKey: MessageKey;
  /** A short symbol drawn above the name (decorative). */
  readonly icon: string;
  /** The element the view lives in: side by side with the others on a desktop, alone on a phone. */
  readonly area: () => HTMLElement;
  readonly mount: (area: HTMLElement, ctx: ViewContext) => MountedView;
}

/** `mount` run in a task of its own; destroyed before then, it never runs. */
export function mountLater(mount: () => MountedView): MountedView {
  let mounted: MountedView | null = null;
  const timer = setTimeout(() => (mounted = mount()), 0);
  return {
    destroy() {
      clearTimeout(timer);
      mounted?.destroy();
    },
    map: () => mounted?.map?.() ?? null,
  };
}

/** A view's area: a section with the id the tabs point at. */
export const sectionArea = (id: ViewId) => () => el('section', { class: `view view-${id}`, id });

export const viewRegistry: readonly ViewEntry[] = [
  {
    id: 'graph',
    labelKey: 'phone.tab.graph',
    icon: '◉',
    area: sectionArea('graph'),
    mount: (area, { dataset, store, search, coveredBelow, firstDrawing }) =>
      createGraphView(area, {
        dataset,
        store,
        renderer: rendererFromQuery(search),
        coveredBelow,
        onFirstDrawing: firstDrawing.done,
        onSettled: firstDrawing.rested,
      }),
  },
  {
    id: 'map',
    labelKey: 'phone.tab.map',
    icon: '⊕',
    area: sectionArea('map'),
    // The map (its list of places, its legend) is put together in a task of its own, after the
    // graph's: together they held the page for a quarter of a second at 15,000 actors, and on the
    // workshop the map was a tenth of the task a phone's first paint waits for.
    mount: (area, { dataset, store, coveredBelow, firstDrawing }) =>
      mountLater(() => mountMap(area, { dataset, store, coveredBelow, after: firstDrawing.drawn, graphAtRest: firstDrawing.atRest })),
  },
  {
    id: 'programme',
    labelKey: 'phone.tab.programme',
    icon: '☰',
    // The side panel: the selection's details (mounted by main.ts first), filters, programme.
    area: () => el('aside', { class: 'panel', id: 'panel' }),
    // Its filters and programme in a task after the graph's too (below the details, which main.ts
    // mounts at once: nothing above them moves when they come).
    mount: (area, { dataset, store }) =>
      mountLater(() => {
        const parts = [createFilters(area, dataset, store), createProgramme(area, dataset, store)];
        return { destroy: () => parts.forEach((p) => p.destroy()) };
      }),
  },
  {
    id: 'table',
    labelKey: 'phone.tab.table',
    icon: '▦',
    area: sectionArea('table'),
    // Built the first time it is shown: a tab on a phone, the header's Table button on a wide
    // screen (where it takes the map's place).
    mount: (area, { dataset, store, tools, areaOf, coveredBelow }) =>
      createTableToggle(tools, { dataset, store, mapArea: areaOf('map'), tableArea: area, coveredBelow }),
  },
];
