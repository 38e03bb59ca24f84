// Details of a session: section, speakers, status, actors, places, themes, and its notes.
import type { Dataset } from '../../data/dataset';
import type { Session } from '../../data/schema';
import { sessionNumber, speakersOf } from '../../data/select';
import { el } from '../dom';
import { noteView } from './note';
import { localized } from '../localized';
import { facts, selectButton, titled, type DetailsContext } from './parts';

export function sessionDetails(ctx: DetailsContext, d: Dataset, session: Session): HTMLElement[] {
  const { t, lang } = ctx;
  const section = d.sectionById.get(session.section);
  const speakers = speakersOf(d, session);
  const speakerItems =
    speakers.length > 0
      ? speakers.map((p) => selectButton(ctx, { type: 'person', id: p.id }, p.name))
      : [session.speakerNote ? localized(session.speakerNote, lang) : ''];
  const notes = noteView(ctx, d, session.id, 4);
  return [
    el('p', { class: 'details-kicker' }, `${t('programme.session')} ${sessionNumber(d, session.id)} · `, section ? localized(section.title, lang) : ''),
    el('h2', { tabindex: '-1' }, localized(session.title, lang)),
    session.status === 'to-be-confirmed' ? facts([[t('details.status'), t('programme.status.to-be-confirmed')]]) : null,
    titled(t('details.speakers'), speakerItems),
    titled(
      t('details.actors'),
      session.actors.flatMap((id) => {
        const a = d.actorById.get(id);
        return a ? [selectButton(ctx, { type: 'actor', id }, localized(a.name, lang))] : [];
      }),
    ),
    session.places.length > 0
      ? titled(
          t('details.places'),
          session.places.flatMap((id) => {
            const p = d.placeById.get(id);
            return p ? [selectButton(ctx, { type: 'place', id }, localized(p.name, lang))] : [];
          }),
        )
      : null,
    session.themes.length > 0
      ? titled(
          t('details.themes'),
          session.themes.flatMap((id) => {
            const th = d.themeById.get(id);
            return th ? [localized(th.label, lang)] : [];
          }),
        )
      : null,
    session.notes !== undefined ? el('section', { class: 'details-block', 'aria-label': t('details.notes') }, el('h3', {}, t('details.notes')), notes) : null,
  ].filter((x): x is HTMLElement => x !== null);
}
