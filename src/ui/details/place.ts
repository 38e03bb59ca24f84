// Details of a place: what is seated there and the sessions that present it.
import type { Dataset } from '../../data/dataset';
import type { Place } from '../../data/schema';
import { actorsAtPlace, sessionsAtPlace } from '../../data/select';
import { el } from '../dom';
import { localized } from '../localized';
import { facts, selectButton, titled, type DetailsContext } from './parts';

export function placeDetails(ctx: DetailsContext, d: Dataset, place: Place): HTMLElement[] {
  const { t, lang } = ctx;
  return [
    el('p', { class: 'details-kicker' }, place.country ? `${t('details.place')} · ${place.country}` : t('details.place')),
    el('h2', { tabindex: '-1' }, localized(place.name, lang)),
    facts([
      [t('details.country'), place.country],
      ['', `${place.latitude.toFixed(4)}, ${place.longitude.toFixed(4)} (${t(`details.precision.${place.precision}`)})`],
      [t('details.geocodedFrom'), place.geocodedFrom],
    ]),
    titled(
      t('details.actorsHere'),
      actorsAtPlace(d, place.id).map((a) => selectButton(ctx, { type: 'actor', id: a.id }, localized(a.name, lang))),
    ),
    titled(
      t('details.sessions'),
      sessionsAtPlace(d, place.id).map((s) => selectButton(ctx, { type: 'session', id: s.id }, localized(s.title, lang))),
      t('details.noSessions'),
    ),
  ];
}
