// The module scripts/workshopPlugin.ts makes of the shipped workshop: its validated data and notes.
declare module 'virtual:maillage-workshop' {
  const workshop: { readonly raw: import('./schema').RawDataset; readonly notes: Readonly<Record<string, string>> };
  export default workshop;
}
