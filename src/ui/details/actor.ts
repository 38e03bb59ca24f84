// Details of an actor: kind, scale, seat, description, relations with provenance, sessions, people.
import type { Dataset } from '../../data/dataset';
import type { Actor } from '../../data/schema';
import { relationsOfActor, sessionsOfActor } from '../../data/select';
import { el } from '../dom';
import { noteView } from './note';
import { languageNote, localized, pickedNode } from '../localized';
import { pickText } from '../../data/text';
import { actorKindLabel, relationInverseLabel, relationKindLabel, scaleLabel } from '../../vocabulary/labels';
import { attributes, facts, programmeQuote, provenanceLine, selectButton, sourceLinks, titled, type DetailsContext } from './parts';

export function actorDetails(ctx: DetailsContext, d: Dataset, actor: Actor): HTMLElement[] {
  const { t, lang } = ctx;
  const place = actor.place ? d.placeById.get(actor.place) : undefined;
  const seat = place
    ? el('span', {}, selectButton(ctx, { type: 'place', id: place.id }, localized(place.name, lang)), actor.address && ` — ${actor.address}`)
    : t('details.noSeat');
  const relations = relationsOfActor(d, actor.id).map((r) => {
    const outgoing = r.from === actor.id;
    const other = d.actorById.get(outgoing ? r.to : r.from);
    const v = d.resolvedVocabulary;
    const verb = outgoing
      ? r.label
        ? localized(r.label, lang)
        : pickedNode(relationKindLabel(v, r.kind, lang))
      : pickedNode(relationInverseLabel(v, r.kind, lang));
    return el(
      'div',
      { class: 'relation' },
      el('span', {}, verb, ' '),
      other ? selectButton(ctx, { type: 'actor', id: other.id }, localized(other.name, lang)) : null,
      el('div', {}, provenanceLine(ctx, r.provenance)),
    );
  });
  const kind = () => pickedNode(actorKindLabel(d.resolvedVocabulary, actor.kind, lang));
  const scale = () => pickedNode(scaleLabel(d.resolvedVocabulary, actor.scale, lang));
  const presenting = sessionsOfActor(d, actor.id);
  const sessions = presenting.map((s) => selectButton(ctx, { type: 'session', id: s.id }, localized(s.title, lang)));
  // The notes of the sessions that present the actor, so that a click on a node opens them.
  const notes = presenting.map((s) =>
    el('details', { class: 'session-notes', open: presenting.length === 1 }, el('summary', {}, localized(s.title, lang)), noteView(ctx, d, s.id, 5)),
  );
  const people = d.people
    .filter((p) => p.affiliations.some((a) => a.actor === actor.id))
    .map((p) => {
      const role = p.affiliations.find((a) => a.actor === actor.id)?.role;
      return el('span', {}, selectButton(ctx, { type: 'person', id: p.id }, p.name), role && ' — ', role && localized(role, lang));
    });
  return [
    el('p', { class: 'details-kicker' }, kind(), ' · ', scale()),
    el('h2', { tabindex: '-1' }, localized(actor.name, lang)),
    facts([
      [t('details.kind'), el('span', {}, kind())],
      [t('details.scale'), el('span', {}, scale(), actor.scaleNote && el('span', { class: 'muted' }, ' — ', localized(actor.scaleNote, lang)))],
      [t('details.seat'), seat],
    ]),
    actor.description ? el('p', { class: 'description' }, localized(actor.description, lang), languageNote(pickText(actor.description, lang), t)) : null,
    // A description that only restates the programme shows the programme's words it rests on.
    actor.descriptionQuote !== undefined
      ? el('p', { class: 'description-source' }, `${t('details.descriptionFrom')} `, programmeQuote(ctx, actor.descriptionQuote, 'provenance-programme'))
      : null,
    attributes(ctx, actor.attributes),
    titled(t('details.relations'), relations, t('details.noRelations')),
    titled(t('details.sessions'), sessions, t('details.noSessions')),
    notes.length > 0 ? el('section', { class: 'details-block', 'aria-label': t('details.notes') }, el('h3', {}, t('details.notes')), ...notes) : null,
    people.length > 0 ? titled(t('details.people'), people) : null,
    sourceLinks(ctx, actor.sources),
  ].filter((x): x is HTMLElement => x !== null);
}
