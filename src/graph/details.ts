// The graph's caption: what is selected, in words (name, kind, scale, seat, relations), so that a
// click shows something without hover when the side panel is not beside the graph (full screen,
// narrow screens). Not a live region: the side panel is the one that announces the selection.
import type { Dataset } from '../data/dataset';
import { relationsOfActor, sessionNumber, speakersOf } from '../data/select';
import { localize, translator, type Language } from '../i18n/t';
import { el, replaceChildren, type Child } from '../ui/dom';
import { localized, pickedNode } from '../ui/localized';
import { actorKindLabel, relationKindLabel, scaleLabel } from '../vocabulary/labels';
import type { Selection } from '../state/viewState';

export function renderDetails(root: HTMLElement, d: Dataset, selection: Selection | null, lang: Language, clear: HTMLButtonElement): void {
  replaceChildren(root, selection ? clear : null, ...detailsContent(d, selection, lang));
}

function detailsContent(d: Dataset, selection: Selection | null, lang: Language): Child[] {
  const t = translator(lang);
  const actorName = (id: string) => {
    const a = d.actorById.get(id);
    return a ? localize(a.name, lang) : id;
  };
  /** An actor's name as a child, marked with its lang when it is in the other language. */
  const actorNameNode = (id: string): Child => {
    const a = d.actorById.get(id);
    return a ? localized(a.name, lang) : id;
  };
  if (!selection) return [el('p', { class: 'graph-details-hint' }, t('graph.details.hint'))];
  if (selection.type === 'actor') {
    const a = d.actorById.get(selection.id);
    if (!a) return [];
    const place = a.place ? d.placeById.get(a.place) : undefined;
    const placeName = place ? localize(place.name, lang) : '';
    const country = place?.country ? ` (${place.country})` : '';
    const where = place && a.address?.includes(placeName) ? `${a.address}${country}` : [a.address, `${placeName}${country}`].filter(Boolean).join(', ');
    const seat = place ? t('graph.details.seat', { place: where }) : t('graph.details.noSeat');
    const relations = relationsOfActor(d, a.id);
    return [
      el('h3', {}, localized(a.name, lang)),
      el('p', {}, `${actorKindLabel(d.resolvedVocabulary, a.kind, lang).text} · ${scaleLabel(d.resolvedVocabulary, a.scale, lang).text} · ${seat}`),
      relations.length === 0
        ? el('p', {}, t('graph.details.noRelations'))
        : el(
            'ul',
            { 'aria-label': t('graph.details.relations') },
            ...relations.map((r) =>
              el(
                'li',
                {},
                actorNameNode(r.from),
                ' → ',
                r.label ? localized(r.label, lang) : pickedNode(relationKindLabel(d.resolvedVocabulary, r.kind, lang)),
                ' → ',
                actorNameNode(r.to),
                r.provenance.type === 'unsourced' && ` ${t('graph.details.unsourced')}`,
              ),
            ),
          ),
    ];
  }
  if (selection.type === 'person') {
    const p = d.personById.get(selection.id);
    if (!p) return [];
    return [
      el('h3', {}, p.name),
      el('p', {}, t('graph.details.speaksFor', { actor: actorName(p.speaksFor) })),
      el('ul', {}, ...p.affiliations.map((a) => el('li', {}, localized(a.role, lang), ' — ', actorNameNode(a.actor)))),
    ];
  }
  if (selection.type === 'session') {
    const s = d.sessionById.get(selection.id);
    if (!s) return [];
    const speakers = speakersOf(d, s).map((p) => p.name);
    return [
      el('h3', {}, t('graph.node.sessionName', { n: sessionNumber(d, s.id), title: localize(s.title, lang) })),
      el('p', {}, t('graph.details.speakers', { names: speakers.length ? speakers.join(', ') : s.speakerNote ? localize(s.speakerNote, lang) : '—' })),
      el('p', {}, t('graph.details.actors', { names: s.actors.map(actorName).join(', ') })),
    ];
  }
  const place = d.placeById.get(selection.id);
  if (!place) return [];
  const actors = d.actors.filter((a) => a.place === place.id).map((a) => localize(a.name, lang));
  return [
    el('h3', {}, localized(place.name, lang), place.country ? ` (${place.country})` : ''),
    el('p', {}, t('graph.details.actors', { names: actors.join(', ') || '—' })),
  ];
}
