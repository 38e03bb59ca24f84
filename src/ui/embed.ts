// `?embed`: a compact view for an iframe — the graph and the map of the shared selection and
// filters, no header, no presenter, open-data or export controls — with one link to the full app
// in the same state.
import { translator } from '../i18n/t';
import { formatHash, type HashState } from '../state/url';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from './dom';

/** Whether the page's query asks for the embedded view. */
export const isEmbed = (search: string): boolean => new URLSearchParams(search).has('embed');

/** The full app's address for a state: the same page and query (dataset included), `embed` removed. */
export function fullAppAddress(href: string, state: HashState): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete('embed');
  const query = params.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${formatHash(state)}`;
}

export function createEmbedBar(container: HTMLElement, store: Store<ViewState>, href: () => string = () => window.location.href) {
  const name = el('h1', { class: 'embed-name' });
  const link = el('a', { class: 'embed-open', target: '_blank', rel: 'noopener' });
  const root = el('div', { class: 'embed-bar' }, name, link);
  container.append(root);

  function update(state: ViewState) {
    const t = translator(state.lang);
    name.textContent = t('app.name');
    link.textContent = t('embed.open');
    link.href = fullAppAddress(href(), state);
  }
  const unsubscribe = store.subscribe(update);
  update(store.get());
  return {
    update,
    destroy() {
      unsubscribe();
      root.remove();
    },
  };
}
