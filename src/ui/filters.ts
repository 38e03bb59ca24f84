// Filters by kind, scale, theme, relation kind and provenance, applied to graph and map alike
// through the store, with a count of what is shown.
import type { Dataset } from '../data/dataset';
import type { VocabularyItem } from '../data/vocabulary';
import { selectVisibleActorIds, selectVisibleRelations } from '../state/selectors';
import { translator, type Language, type Translate } from '../i18n/t';
import { actorKindLabel, relationKindLabel, scaleLabel } from '../vocabulary/labels';
import { pickText, type PickedText } from '../data/text';
import { setFilters } from '../state/actions';
import type { Store } from '../state/store';
import { noFilters, type Filters, type ViewState } from '../state/viewState';
import { el, replaceChildren } from './dom';
import { pickedNode } from './localized';
import { kindDisplayOrder } from '../vocabulary/visual';
import { createLifecycle } from './lifecycle';

const toggled = <T>(list: readonly T[], item: T, on: boolean): readonly T[] =>
  on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);

export function createFilters(container: HTMLElement, dataset: Dataset, store: Store<ViewState>) {
  // The dataset's vocabulary in its order (scales local → global), only what is used.
  const vocabulary = dataset.resolvedVocabulary;
  const used = (items: readonly VocabularyItem[], values: readonly string[]) => {
    const present = new Set(values);
    return items.map((item) => item.id).filter((id) => present.has(id));
  };
  const usedKinds = new Set(dataset.actors.map((a) => a.kind));
  const kinds = kindDisplayOrder(vocabulary).filter((k) => usedKinds.has(k));
  const scales = used(
    vocabulary.scales,
    dataset.actors.map((a) => a.scale),
  );
  const relationKinds = used(
    vocabulary.relationKinds,
    dataset.relations.map((r) => r.kind),
  );

  const summary = el('summary');
  const count = el('p', { class: 'filter-count', role: 'status' });
  const body = el('div', { class: 'filter-body' });
  const root = el('details', { class: 'filters' }, summary, count, body);
  container.append(root);
  let renderedLang = '';

  function checkbox(label: string | PickedText, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
    const input = el('input', { type: 'checkbox' });
    input.checked = checked;
    input.addEventListener('change', () => onChange(input.checked));
    return el('label', { class: 'filter-option' }, input, ' ', typeof label === 'string' ? label : pickedNode(label));
  }

  function group(legend: string, ...parts: HTMLElement[][]): HTMLFieldSetElement | null {
    if (parts.every((p) => p.length === 0)) return null;
    return el('fieldset', {}, el('legend', {}, legend), ...parts.flat());
  }

  const change = (f: (filters: Filters) => Filters) => store.update(setFilters(f));

  function render(state: ViewState, t: Translate) {
    const f = state.filters;
    const lang: Language = state.lang;
    const reset = el('button', { type: 'button' }, t('filters.reset'));
    reset.addEventListener('click', () => change(() => noFilters));
    replaceChildren(
      body,
      group(
        t('filters.kinds'),
        kinds.map((k) =>
          checkbox(actorKindLabel(vocabulary, k, lang), !f.hiddenKinds.includes(k), (on) =>
            change((x) => ({ ...x, hiddenKinds: toggled(x.hiddenKinds, k, !on) })),
          ),
        ),
      ),
      group(
        t('filters.scales'),
        scales.map((s) =>
          checkbox(scaleLabel(vocabulary, s, lang), !f.hiddenScales.includes(s), (on) =>
            change((x) => ({ ...x, hiddenScales: toggled(x.hiddenScales, s, !on) })),
          ),
        ),
      ),
      group(
        t('filters.themes'),
        dataset.themes.length > 0 ? [el('p', { class: 'filter-hint' }, t('filters.themesHint'))] : [],
        dataset.themes.map((th) =>
          checkbox(pickText(th.label, lang), f.themes.includes(th.id), (on) => change((x) => ({ ...x, themes: toggled(x.themes, th.id, on) }))),
        ),
      ),
      group(
        t('filters.relationKinds'),
        relationKinds.map((k) =>
          checkbox(relationKindLabel(vocabulary, k, lang), !f.hiddenRelationKinds.includes(k), (on) =>
            change((x) => ({ ...x, hiddenRelationKinds: toggled(x.hiddenRelationKinds, k, !on) })),
          ),
        ),
      ),
      group(t('filters.provenance'), [checkbox(t('filters.hideUnsourced'), f.hideUnsourced, (on) => change((x) => ({ ...x, hideUnsourced: on })))]),
      reset,
    );
  }

  let renderedFilters: Filters | null = null;
  function update(state: ViewState) {
    const t = translator(state.lang);
    summary.textContent = t('filters.title');
    const actors = selectVisibleActorIds(dataset, state);
    const relations = selectVisibleRelations(dataset, state);
    const text = t('filters.shown', {
      actors: actors.size,
      totalActors: dataset.actors.length,
      relations: relations.length,
      totalRelations: dataset.relations.length,
    });
    if (count.textContent !== text) count.textContent = text;
    if (renderedLang === state.lang && renderedFilters === state.filters) return;
    // Re-render, keeping focus on the control being used (same position in the new controls).
    const controls = () => [...body.querySelectorAll<HTMLElement>('input, button')];
    const focused = controls().indexOf(document.activeElement as HTMLElement);
    render(state, t);
    if (focused >= 0) controls()[focused]?.focus();
    renderedLang = state.lang;
    renderedFilters = state.filters;
  }

  const life = createLifecycle();
  life.add(store.subscribe(update));
  life.add(() => root.remove());
  update(store.get());
  return { update, destroy: life.destroy };
}
