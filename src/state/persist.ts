// Remembers the visitor's language in localStorage. Stored text is an edge: checked with zod, and a
// value that cannot be read is ignored (the default applies), never trusted.
import { z } from 'zod';
import { lazySchema } from '../data/lazySchema';
import { LANGUAGES, type Language } from '../i18n/t';

const KEY = 'maillage:lang';
const Stored = lazySchema(() => z.enum(LANGUAGES));

export function readLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language | undefined {
  try {
    const parsed = Stored.safeParse(storage?.getItem(KEY));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

export function writeLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: Language): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // storage full or blocked: the choice lasts for this visit only
  }
}
