// A dataset opened from a file, read back by the one loader. A file opened on its own comes
// without the session notes that sit beside a dataset folder: those read as empty.
import { loadDataset, type LoadResult } from '../data/load';

export const noNotes = (): string => '';

export const loadKeptText = (text: string, name: string): LoadResult => loadDataset(text, { file: name, readNote: noNotes });
