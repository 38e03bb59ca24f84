// Fetches the gazetteer files only when a dataset needs geocoding, once per page.
import { createGazetteer, type Gazetteer } from './gazetteer';

let pending: Promise<Gazetteer> | null = null;

export function loadGazetteer(base: string = import.meta.env.BASE_URL, fetcher: typeof fetch = fetch): Promise<Gazetteer> {
  pending ??= (async () => {
    const get = async (file: string): Promise<unknown> => {
      const response = await fetcher(new URL(`${base}gazetteer/${file}`, document.baseURI).href);
      if (!response.ok) throw new Error(`gazetteer/${file}: HTTP ${response.status}`);
      return response.json();
    };
    const [communes, cities] = await Promise.all([get('communes.json'), get('cities.json')]);
    const result = createGazetteer({ communes, cities });
    if (!result.ok) throw new Error(result.error);
    return result.gazetteer;
  })().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
