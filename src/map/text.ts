// Small text helpers shared by the map's list, info region and labels.
import type { Dataset } from '../data/dataset';
import { speakersOf } from '../data/select';
import type { Place, Session } from '../data/schema';
import { localize, type Language, type Translate } from '../i18n/t';

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

/** Places sorted by their name in the current language (as localeCompare in that language, with
 * one collator and each name worked out once: thousands of places sort in a few milliseconds). */
export function sortedPlaces(d: Dataset, lang: Language): Place[] {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  const { compare } = collator;
  return d.places
    .map((place) => ({ place, name: placeName(place, lang) }))
    .sort((a, b) => compare(a.name, b.name))
    .map((named) => named.place);
}
