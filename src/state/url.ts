// The URL hash as a view of the state: `#/acteur/<id>`, `#/session/<id>`, `#/lieu/<id>`,
// `#/personne/<id>`, plus `?lang=en&layout=free&step=2`. Pure: parse and format only. URL text is
// an edge, so it goes through zod.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/t';
import type { GraphLayout, Selection, SelectionType, ViewState } from './viewState';

const SEGMENT: Record<SelectionType, string> = { actor: 'acteur', session: 'session', place: 'lieu', person: 'personne' };
const TYPE_OF_SEGMENT = new Map(Object.entries(SEGMENT).map(([type, seg]) => [seg, type as SelectionType]));

const ParamsSchema = z.object({
  lang: z.enum(LANGUAGES).optional().catch(undefined),
  layout: z.enum(['rings', 'free']).optional().catch(undefined),
  step: z.coerce.number().int().min(0).max(999).optional().catch(undefined),
});

export interface UrlState {
  readonly selection: Selection | null;
  readonly lang?: Language;
  readonly layout?: GraphLayout;
  readonly step?: number;
  /** Text of a path that could not be read, for a notice. */
  readonly unreadable?: string;
}

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function parseHash(hash: string): UrlState {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const params = ParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  const parts = path.split('/').filter(Boolean).map((p) => safeDecode(p));
  let selection: Selection | null = null;
  let unreadable: string | undefined;
  if (parts.length > 0) {
    const type = TYPE_OF_SEGMENT.get(parts[0] ?? '');
    const id = Id.safeParse(parts[1]);
    if (type && id.success && parts.length === 2) selection = { type, id: id.data };
    else unreadable = path;
  }
  return {
    selection,
    ...(params.lang && { lang: params.lang }),
    ...(params.layout && { layout: params.layout }),
    ...(params.step !== undefined && { step: params.step }),
    ...(unreadable !== undefined && { unreadable }),
  };
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export function formatHash(state: Pick<ViewState, 'selection' | 'lang' | 'layout' | 'step'>): string {
  const path = state.selection ? `/${SEGMENT[state.selection.type]}/${encodeURIComponent(state.selection.id)}` : '/';
  const params = new URLSearchParams();
  if (state.lang !== 'fr') params.set('lang', state.lang);
  if (state.layout !== 'rings') params.set('layout', state.layout);
  if (state.step !== null) params.set('step', String(state.step));
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export const selectionSegment = (type: SelectionType): string => SEGMENT[type];
