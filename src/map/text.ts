// Small text helpers shared by the map's list, info region and labels.
import type { Dataset } from '../data/dataset';
import { speakersOf } from '../data/select';
import type { Place, Session } from '../data/schema';
import { localize, type Language, type Translate } from '../i18n/t';
import { runAll } from '../ui/workSteps';
import { sortSteps } from './sortSteps';

export const actorCountText = (t: Translate, count: number): string =>
  count === 0 ? t('map.actorCount.zero') : count === 1 ? t('map.actorCount.one') : t('map.actorCount.other', { count });

export const sessionCountText = (t: Translate, count: number): string =>
  count === 0 ? t('map.sessionCount.zero') : count === 1 ? t('map.sessionCount.one') : t('map.sessionCount.other', { count });

export const placeName = (place: Place, lang: Language): string => localize(place.name, lang);

/** "Session 2 : title — speakers", the way the info region names a session. */
export function sessionText(d: Dataset, session: Session, lang: Language, t: Translate): string {
  const number = d.programme.indexOf(session) + 1;
  const speakers = speakersOf(d, session).map((p) => p.name);
  const title = t('map.info.session', { number, title: localize(session.title, lang) });
  return speakers.length > 0 ? `${title} — ${speakers.join(', ')}` : title;
}

const collators = new Map<Language, Intl.Collator>();
const sorted = new WeakMap<Dataset, Map<Language, Place[]>>();

/** Places sorted by their name in the current language (as localeCompare in that language, with
 * one collator and each name worked out once), kept per dataset and language. */
export const sortedPlaces = (d: Dataset, lang: Language): readonly Place[] => sorted.get(d)?.get(lang) ?? runAll(sortedPlacesSteps(d, lang));

/** The places sorted, a step at a time (sortSteps.ts): 5,000 names take tens of milliseconds. */
export function* sortedPlacesSteps(d: Dataset, lang: Language): Generator<void, readonly Place[], void> {
  const known = sorted.get(d)?.get(lang);
  if (known) return known;
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  const { compare } = collator;
  const named: { readonly place: Place; readonly name: string }[] = [];
  for (const place of d.places) {
    named.push({ place, name: placeName(place, lang) });
    if (named.length % 512 === 0) yield;
  }
  const order = (yield* sortSteps(named, (a, b) => compare(a.name, b.name))).map((entry) => entry.place);
  let byLang = sorted.get(d);
  if (!byLang) sorted.set(d, (byLang = new Map()));
  byLang.set(lang, order);
  return order;
}
