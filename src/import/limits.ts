// How much a file may hold. Past these the page says so rather than struggling.
export const MAX_BYTES = 64 * 1024 * 1024;
export const MAX_ROWS = 200_000;

export const formatMegabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
