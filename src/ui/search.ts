// One search box (a combobox with a listbox of results): type, move with the arrows, choose with
// Enter; "/" anywhere focuses it. Choosing selects in every view; a theme sets the theme filter.
import type { Dataset } from '../data/dataset';
import type { SearchIndex, SearchResult } from '../data/search';
import { translator } from '../i18n/t';
import { select, setFilters } from '../state/actions';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el, isTypingTarget, replaceChildren } from './dom';
import { createLifecycle } from './lifecycle';

let instances = 0;

export function createSearch(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  // Built when first needed (the box takes focus, or a search runs), not during the page's load;
  // its code too (MiniSearch is a tenth of the page's first JavaScript): fetched at that moment.
  let built: SearchIndex | null = null;
  let building: Promise<SearchIndex> | null = null;
  // A failed fetch (offline before the app was kept, a new version deployed meanwhile) is tried
  // again at the next use rather than kept.
  const index = (): Promise<SearchIndex> =>
    (building ??= import('../data/search').then(
      ({ createSearchIndex }) => (built = createSearchIndex(dataset)),
      (error: unknown) => {
        building = null;
        throw error;
      },
    ));
  const uid = `search-${++instances}`;
  const input = el('input', {
    type: 'search',
    id: `${uid}-input`,
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': `${uid}-list`,
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const label = el('label', { for: `${uid}-input`, class: 'visually-hidden' });
  const list = el('ul', { role: 'listbox', id: `${uid}-list`, class: 'search-results', hidden: true });
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const root = el('div', { class: 'search' }, label, input, list, status);
  container.append(root);

  let results: SearchResult[] = [];
  let active = -1;

  function choose(result: SearchResult | undefined) {
    if (!result) return;
    if (result.kind === 'theme') store.update(setFilters((f) => ({ ...f, themes: [result.id] })));
    else store.update(select({ type: result.kind, id: result.id }));
    close();
    input.value = '';
  }

  function renderResults() {
    const t = translator(store.get().lang);
    replaceChildren(
      list,
      ...results.map((r, i) => {
        const option = el(
          'li',
          {
            role: 'option',
            id: `${uid}-opt-${i}`,
            'aria-selected': String(i === active),
            'aria-label': `${r.label}, ${t(`search.kind.${r.kind}`)}`,
            class: 'search-option',
          },
          el('span', { class: 'search-label', lang: r.labelLang }, r.label),
          el('span', { class: 'search-kind', 'aria-hidden': 'true' }, t(`search.kind.${r.kind}`)),
        );
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => choose(r));
        return option;
      }),
    );
    const open = input.value.trim().length >= 2;
    list.hidden = !open || results.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${uid}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = open ? (results.length > 0 ? t('search.count', { count: results.length }) : t('search.none', { query: input.value.trim() })) : '';
  }

  /** Searches what the box holds: at once when the index is there, else once it is (with what the
   * box holds then). */
  function run(): Promise<void> | void {
    if (!built) {
      return index().then(
        // Searched once the code is there, unless the person has left the box meanwhile.
        () => (life.destroyed || document.activeElement !== input ? undefined : run()),
        () => {
          if (life.destroyed) return;
          results = [];
          renderResults();
          status.textContent = translator(store.get().lang)('search.unavailable');
        },
      );
    }
    results = built.search(input.value, store.get().lang);
    active = results.length > 0 ? 0 : -1;
    renderResults();
  }

  function close() {
    results = [];
    active = -1;
    renderResults();
  }

  function onKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (results.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      renderResults();
      document.getElementById(`${uid}-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // Enter before the index is there: chosen once the search has run.
      if (!built) void Promise.resolve(run()).then(() => choose(results[active]));
      else choose(results[active]);
    } else if (e.key === 'Escape') {
      if (input.value) {
        e.stopPropagation();
        input.value = '';
        close();
      } else input.blur();
    }
  }

  function onSlash(e: KeyboardEvent) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTypingTarget(e.target)) return;
    e.preventDefault();
    input.focus();
  }

  const onBlur = () => setTimeout(close, 0);
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  const life = createLifecycle();
  input.addEventListener('focus', () => void index().catch(() => {}));
  life.on(document, 'keydown', onSlash);

  function update(state: ViewState) {
    const t = translator(state.lang);
    label.textContent = t('search.label');
    input.placeholder = t('search.placeholder');
    list.setAttribute('aria-label', t('search.results'));
    if (results.length > 0) void run();
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) update(s);
  });
  life.add(unsubscribe);
  life.add(() => root.remove());
  update(store.get());

  return {
    update,
    input,
    destroy: life.destroy,
  };
}
