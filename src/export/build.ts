// Builds the file of each export format from what the app holds: the dataset for data files, the
// live graph and map for pictures.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/dataset';
import { localize, translator, type Language } from '../i18n/t';
import { toCsvSet } from './csv';
import { fileStem } from './download';
import { PROJECTOR, type ExportFormat } from './formats';
import { gexfText } from './gexf';
import { geoJsonText } from './geojson';
import { jsonText } from './json';
import { zipTexts } from './zip';
import { pngBlob } from './image/canvasBlob';
import type { FrameSpec } from './image/frame';
import { graphCanvas, graphSurface, graphSvgDocument, surfaceSize } from './image/graphImage';
import { graphLegendItems, mapLegendItems } from './image/legend';

export interface ExportContext {
  readonly dataset: Dataset;
  readonly lang: Language;
  readonly dark: boolean;
  /** Where the graph view is drawn. */
  readonly graph: ParentNode;
  /** Where the map view is drawn. */
  readonly mapArea: ParentNode;
  /** The live MapLibre map, or null when there is none (no WebGL, still loading). */
  readonly map: () => MapLibreMap | null;
  readonly now: () => Date;
}

export interface ExportFile {
  readonly blob: Blob;
  readonly name: string;
}

export class ExportUnavailable extends Error {
  constructor(readonly reason: 'noGraph' | 'noMap') {
    super(reason);
  }
}

const text = (body: string, type: string) => new Blob([body], { type });

function frameSpec(context: ExportContext, size: { width: number; height: number }, view: 'graph' | 'map'): FrameSpec {
  const t = translator(context.lang);
  const date = new Intl.DateTimeFormat(context.lang, { dateStyle: 'long' }).format(context.now());
  const attribution = view === 'map' ? context.mapArea.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() : '';
  return {
    ...size,
    title: localize(context.dataset.event.title, context.lang),
    subtitle: t('export.picture.subtitle', { view: t(view === 'graph' ? 'view.graph' : 'view.map'), date }),
    legendTitle: t('export.picture.legend'),
    legend: view === 'graph' ? graphLegendItems(context.graph) : mapLegendItems(context.mapArea),
    credits: [
      ...(context.dataset.event.source ? [t('export.picture.dataCredit', { source: context.dataset.event.source })] : []),
      ...(attribution ? [t('export.picture.basemapCredit', { attribution })] : []),
      t('export.picture.madeWith'),
    ],
    dark: context.dark,
  };
}

async function graphPicture(context: ExportContext, size: 'projector' | 'view'): Promise<Blob> {
  const surface = graphSurface(context.graph);
  if (!surface) throw new ExportUnavailable('noGraph');
  const dims = size === 'projector' ? PROJECTOR : surfaceSize(surface);
  return pngBlob(await graphCanvas(surface, frameSpec(context, dims, 'graph')));
}

async function mapPicture(context: ExportContext, size: 'projector' | 'view'): Promise<Blob> {
  const live = context.map();
  if (!live) throw new ExportUnavailable('noMap');
  const canvas = live.getCanvas();
  const dims =
    size === 'projector' ? PROJECTOR : { width: Math.max(320, Math.round(canvas.clientWidth)), height: Math.max(240, Math.round(canvas.clientHeight)) };
  const { dataset, lang } = context;
  const labels = dataset.places.map((p) => ({
    text: localize(p.name, lang),
    lon: p.longitude,
    lat: p.latitude,
    weight: dataset.actors.filter((a) => a.place === p.id).length,
  }));
  const { mapCanvas } = await import('./image/mapImage');
  return pngBlob(await mapCanvas(live, frameSpec(context, dims, 'map'), labels));
}

export async function buildExport(format: ExportFormat, context: ExportContext): Promise<ExportFile> {
  const { dataset, lang } = context;
  const stem = fileStem(localize(dataset.event.title, lang));
  const [graphWord, mapWord] = lang === 'fr' ? ['graphe', 'carte'] : ['graph', 'map'];
  switch (format) {
    case 'geojson':
      return { blob: text(geoJsonText(dataset, lang), 'application/geo+json'), name: `${stem}.geojson` };
    case 'gexf':
      return { blob: text(gexfText(dataset, lang), 'application/gexf+xml'), name: `${stem}.gexf` };
    case 'csv': {
      const zip = zipTexts(toCsvSet(dataset, lang));
      return { blob: new Blob([zip.slice().buffer], { type: 'application/zip' }), name: `${stem}-csv.zip` };
    }
    case 'json':
      return { blob: text(jsonText(dataset), 'application/json'), name: `${stem}.json` };
    case 'graph-svg': {
      const surface = graphSurface(context.graph);
      if (!surface || surface instanceof HTMLCanvasElement) throw new ExportUnavailable('noGraph');
      return { blob: text(graphSvgDocument(surface, frameSpec(context, PROJECTOR, 'graph')), 'image/svg+xml'), name: `${stem}-${graphWord}.svg` };
    }
    case 'graph-png-projector':
      return { blob: await graphPicture(context, 'projector'), name: `${stem}-${graphWord}-1920x1080.png` };
    case 'graph-png-view':
      return { blob: await graphPicture(context, 'view'), name: `${stem}-${graphWord}.png` };
    case 'map-png-projector':
      return { blob: await mapPicture(context, 'projector'), name: `${stem}-${mapWord}-1920x1080.png` };
    case 'map-png-view':
      return { blob: await mapPicture(context, 'view'), name: `${stem}-${mapWord}.png` };
  }
}
