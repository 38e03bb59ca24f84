// Details of a speaker: whom they speak for, their roles with provenance, their sessions.
import type { Dataset } from '../../data/dataset';
import type { Person } from '../../data/schema';
import { el } from '../dom';
import { localized } from '../localized';
import { facts, provenanceLine, selectButton, titled, type DetailsContext } from './parts';

export function personDetails(ctx: DetailsContext, d: Dataset, person: Person): HTMLElement[] {
  const { t, lang } = ctx;
  const speaksFor = d.actorById.get(person.speaksFor);
  return [
    el('p', { class: 'details-kicker' }, t('details.person')),
    el('h2', { tabindex: '-1' }, person.name),
    facts([[t('details.speaksFor'), speaksFor ? selectButton(ctx, { type: 'actor', id: speaksFor.id }, localized(speaksFor.name, lang)) : '']]),
    titled(
      t('details.affiliations'),
      person.affiliations.map((a) => {
        const actor = d.actorById.get(a.actor);
        return el(
          'div',
          {},
          localized(a.role, lang),
          ' — ',
          actor ? selectButton(ctx, { type: 'actor', id: actor.id }, localized(actor.name, lang)) : null,
          el('div', {}, provenanceLine(ctx, a.provenance)),
        );
      }),
    ),
    titled(
      t('details.sessions'),
      d.programme.filter((s) => s.speakers.includes(person.id)).map((s) => selectButton(ctx, { type: 'session', id: s.id }, localized(s.title, lang))),
      t('details.noSessions'),
    ),
  ];
}
