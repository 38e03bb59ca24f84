// The shipped workshop, bundled with the app so that it works with no network. It still goes
// through loadDataset: bundled text is an edge like any other.
import workshopText from '../../data/workshop.json?raw';
import { loadDataset, type LoadResult } from './load';

const noteFiles = import.meta.glob<string>('../../data/sessions/*.md', { query: '?raw', import: 'default', eager: true });
const notes = new Map(Object.entries(noteFiles).map(([path, text]) => [path.replace('../../data/', ''), text]));

export const loadBundledDataset = (): LoadResult =>
  loadDataset(workshopText, { file: 'data/workshop.json', readNote: (path) => notes.get(path) });
