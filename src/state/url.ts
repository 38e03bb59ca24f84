// The URL hash as a view of the state: `#/acteur/<id>`, `#/session/<id>`, `#/lieu/<id>`,
// `#/personne/<id>`, plus the rest of what is on screen, short and readable:
//   ?lang=en&layout=free&step=2
//   &hidden-kinds=commune,association&hidden-scales=global&themes=climat
//   &hidden-relations=funding&sourced=1&speakers=1&sessions=1&view=map&map=europe
// Pure: parse and format only. URL text is an edge, so it goes through zod; a part that cannot be
// read is left out and named in `unreadable` (for one notice), never a failure.
import { z } from 'zod';
import { built, lazySchema } from '../data/lazySchema';
import { LANGUAGES, type Language } from '../i18n/t';
import {
  APP_VIEWS,
  MAP_FRAMES,
  noFilters,
  type AppView,
  type Filters,
  type GraphLayout,
  type MapFrame,
  type Selection,
  type SelectionType,
  type ViewState,
} from './viewState';

const SEGMENT: Record<SelectionType, string> = { actor: 'acteur', session: 'session', place: 'lieu', person: 'personne' };
const TYPE_OF_SEGMENT = new Map(Object.entries(SEGMENT).map(([type, seg]) => [seg, type as SelectionType]));

const Id = lazySchema(() =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(200),
);
/** A comma-separated list of ids: at most 200, each an id; duplicates are dropped. */
const IdList = lazySchema(() =>
  z
    .string()
    .max(20_000)
    .transform((text) => text.split(','))
    .pipe(z.array(built(Id)).max(200))
    .transform((ids) => [...new Set(ids)]),
);
const Flag = lazySchema(() => z.literal('1').transform(() => true));

/** Each parameter of the hash and how it is read (each schema built when a parameter of its name is read). */
const PARAMS = {
  lang: lazySchema(() => z.enum(LANGUAGES)),
  layout: lazySchema(() => z.enum(['rings', 'free'])),
  step: lazySchema(() => z.coerce.number().int().min(0).max(999)),
  'hidden-kinds': IdList,
  'hidden-scales': IdList,
  themes: IdList,
  'hidden-relations': IdList,
  sourced: Flag,
  speakers: Flag,
  sessions: Flag,
  view: lazySchema(() => z.enum(APP_VIEWS as [AppView, ...AppView[]])),
  map: lazySchema(() => z.enum(MAP_FRAMES as [MapFrame, ...MapFrame[]])),
} as const;
type ParamName = keyof typeof PARAMS;
const isParam = (name: string): name is ParamName => Object.hasOwn(PARAMS, name);

export interface UrlState {
  readonly selection: Selection | null;
  readonly lang?: Language;
  readonly layout?: GraphLayout;
  readonly step?: number;
  /** The filters the address names (the default, nothing hidden, when it names none). */
  readonly filters?: Filters;
  readonly showPeople?: boolean;
  readonly showSessions?: boolean;
  readonly view?: AppView;
  readonly mapFrame?: MapFrame;
  /** Parts of the address that could not be read (a path, `name=value`), for one notice. */
  readonly unreadable?: readonly string[];
}

/** What formatHash writes; the fields after `step` default to the initial state. */
export type HashState = Pick<ViewState, 'selection' | 'lang' | 'layout' | 'step'> &
  Partial<Pick<ViewState, 'filters' | 'showPeople' | 'showSessions' | 'view' | 'mapFrame'>>;

const MAX_SHOWN = 80;
const shorten = (s: string): string => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

export function parseHash(hash: string): UrlState {
  let raw = hash.replace(/^#/, '');
  // `#lang=en` typed by hand, without the path: read as `#/?lang=en`.
  if (!raw.includes('?') && !raw.startsWith('/') && raw.includes('=')) raw = `/?${raw}`;
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = cut < 0 ? '' : raw.slice(cut + 1);
  const unreadable: string[] = [];
  const read: Partial<{ [K in ParamName]: z.output<(typeof PARAMS)[K]> }> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    params = new URLSearchParams();
  }
  for (const [name, value] of params) {
    // A bare `?embed`-style flag in the hash, an unknown name or a bad value: left out, reported.
    const parsed = isParam(name) ? PARAMS[name].safeParse(value) : null;
    if (parsed?.success && !(name in read)) Object.assign(read, { [name]: parsed.data });
    else unreadable.push(shorten(value === '' ? name : `${name}=${value}`));
  }
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => safeDecode(p));
  let selection: Selection | null = null;
  if (parts.length > 0) {
    const type = TYPE_OF_SEGMENT.get(parts[0] ?? '');
    const id = Id.safeParse(parts[1]);
    if (type && id.success && parts.length === 2) selection = { type, id: id.data };
    else unreadable.unshift(shorten(path));
  }
  const filters: Filters = {
    hiddenKinds: read['hidden-kinds'] ?? noFilters.hiddenKinds,
    hiddenScales: read['hidden-scales'] ?? noFilters.hiddenScales,
    themes: read.themes ?? noFilters.themes,
    hiddenRelationKinds: read['hidden-relations'] ?? noFilters.hiddenRelationKinds,
    hideUnsourced: read.sourced ?? false,
  };
  const anyFilter = read['hidden-kinds'] || read['hidden-scales'] || read.themes || read['hidden-relations'] || read.sourced;
  return {
    selection,
    ...(read.lang && { lang: read.lang }),
    ...(read.layout && { layout: read.layout }),
    ...(read.step !== undefined && { step: read.step }),
    ...(anyFilter && { filters }),
    ...(read.speakers && { showPeople: true }),
    ...(read.sessions && { showSessions: true }),
    ...(read.view && { view: read.view }),
    ...(read.map && { mapFrame: read.map }),
    ...(unreadable.length > 0 && { unreadable }),
  };
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Commas stay readable in a list: ids never contain one. */
const list = (ids: readonly string[]): string => ids.map((id) => encodeURIComponent(id)).join(',');

export function formatHash(state: HashState): string {
  const path = state.selection ? `/${SEGMENT[state.selection.type]}/${encodeURIComponent(state.selection.id)}` : '/';
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.lang !== 'fr') add('lang', state.lang);
  if (state.layout !== 'rings') add('layout', state.layout);
  if (state.step !== null) add('step', String(state.step));
  const f = state.filters ?? noFilters;
  if (f.hiddenKinds.length > 0) add('hidden-kinds', list(f.hiddenKinds));
  if (f.hiddenScales.length > 0) add('hidden-scales', list(f.hiddenScales));
  if (f.themes.length > 0) add('themes', list(f.themes));
  if (f.hiddenRelationKinds.length > 0) add('hidden-relations', list(f.hiddenRelationKinds));
  if (f.hideUnsourced) add('sourced', '1');
  if (state.showPeople) add('speakers', '1');
  if (state.showSessions) add('sessions', '1');
  if (state.view && state.view !== 'graph') add('view', state.view);
  if (state.mapFrame) add('map', state.mapFrame);
  return `#${path}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

export const selectionSegment = (type: SelectionType): string => SEGMENT[type];
