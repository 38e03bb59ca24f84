// Small building blocks shared by the details views: a link-like button that selects, a
// provenance line, a titled list.
import type { Provenance } from '../../data/schema';
import type { Language, Translate } from '../../i18n/t';
import { select } from '../../state/actions';
import type { Store } from '../../state/store';
import type { Selection, ViewState } from '../../state/viewState';
import { el, type Child } from '../dom';
import { localized } from '../localized';

export interface DetailsContext {
  readonly t: Translate;
  readonly lang: Language;
  readonly store: Store<ViewState>;
}

/** A button that selects something in every view. */
export function selectButton(ctx: DetailsContext, target: Selection, label: Child): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'select-link', 'data-select': `${target.type}:${target.id}` }, label);
  button.addEventListener('click', () => ctx.store.update(select(target)));
  return button;
}

export function provenanceLine(ctx: DetailsContext, p: Provenance): HTMLElement {
  const { t } = ctx;
  if (p.type === 'programme') return programmeQuote(ctx, p.quote);
  if (p.type === 'source') {
    return el(
      'span',
      { class: 'provenance provenance-source' },
      el('a', { href: p.url, target: '_blank', rel: 'noopener noreferrer' }, t('details.sourceAt', { host: hostOf(p.url) })),
      p.note && ' — ',
      p.note && localized(p.note, ctx.lang),
    );
  }
  if (p.type === 'document') {
    return el(
      'span',
      { class: 'provenance provenance-document' },
      t('details.labelled', { label: t('provenance.document') }),
      t('details.quote', { quote: p.quote }),
      p.note && ' — ',
      p.note && localized(p.note, ctx.lang),
    );
  }
  return el(
    'span',
    { class: 'provenance provenance-unsourced' },
    el('span', { class: 'badge badge-unsourced' }, t('provenance.unsourced')),
    p.note && ' ',
    p.note && localized(p.note, ctx.lang),
  );
}

/** The programme's own words, in quotation marks, with the programme named as their source. */
export function programmeQuote(ctx: DetailsContext, quote: string, className = 'provenance provenance-programme'): HTMLElement {
  const { t } = ctx;
  return el(
    'span',
    { class: className },
    // The programme is in French: say so to screen readers when the page is not.
    el('q', { class: 'programme-quote', lang: 'fr' }, t('details.quoted', { quote })),
    ' — ',
    el('cite', {}, t('details.programmeSource')),
  );
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
};

export function sourceLinks(ctx: DetailsContext, urls: readonly string[]): HTMLElement | null {
  if (urls.length === 0) return null;
  return titled(
    ctx.t('details.sources'),
    urls.map((u) => el('a', { href: u, target: '_blank', rel: 'noopener noreferrer' }, hostOf(u))),
  );
}

/** A heading and a list; `empty` shown when there are no items. */
export function titled(title: string, items: readonly Child[], empty?: string): HTMLElement {
  return el(
    'section',
    { class: 'details-block' },
    el('h3', {}, title),
    items.length > 0 ? el('ul', {}, ...items.map((item) => el('li', {}, item))) : empty ? el('p', { class: 'muted' }, empty) : null,
  );
}

/** An actor's other facts (a spreadsheet's extra columns), as they were given. */
export function attributes(ctx: DetailsContext, values: Readonly<Record<string, string>> | undefined): HTMLElement | null {
  const pairs = Object.entries(values ?? {}).filter(([, v]) => v.trim() !== '');
  if (pairs.length === 0) return null;
  return el('section', { class: 'details-block' }, el('h3', {}, ctx.t('details.attributes')), facts(pairs.map(([k, v]) => [k, v] as [string, Child])));
}

/** A definition list of label → value pairs, skipping empty values. */
export function facts(pairs: readonly [string, Child][]): HTMLElement {
  const dl = el('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === false || value === '') continue;
    dl.append(el('dt', {}, label), el('dd', {}, value));
  }
  return dl;
}
