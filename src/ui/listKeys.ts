// The keys of a windowed list of rows (the map's places, the table): the row a key moves to, from
// the active one, `page` rows at a time for Page Up/Down. Undefined for any other key. The caller
// clamps to the list and scrolls the row into its window.
export function rowForKey(key: string, active: number, page: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return active + 1;
    case 'ArrowUp':
      return active - 1;
    case 'PageDown':
      return active + page;
    case 'PageUp':
      return active - page;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
