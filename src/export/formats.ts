// The formats the Export menu offers, in its order. Light on purpose: what builds each file is in
// build.ts, loaded on the first click.
export const EXPORT_FORMATS = [
  { id: 'geojson', group: 'data' },
  { id: 'gexf', group: 'data' },
  { id: 'csv', group: 'data' },
  { id: 'json', group: 'data' },
  { id: 'graph-svg', group: 'picture' },
  { id: 'graph-png-projector', group: 'picture' },
  { id: 'graph-png-view', group: 'picture' },
  { id: 'map-png-projector', group: 'picture' },
  { id: 'map-png-view', group: 'picture' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** Projector size of exported pictures. */
export const PROJECTOR = { width: 1920, height: 1080 } as const;
