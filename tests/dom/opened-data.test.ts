// Datasets of the opened shape (issue 9) as a person meets them: a text in one language shown in the
// other, kinds and scales the app has never seen, a network without a programme.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import { readDatasetFromDisk } from '../../scripts/nodeDataset';
import type { Dataset } from '../../src/data/dataset';
import { createGraphView } from '../../src/graph/view';
import { createPresentation } from '../../src/present/presentation';
import { goToStep, lastStep, nextStep } from '../../src/present/steps';
import { select } from '../../src/state/actions';
import { createDetails } from '../../src/ui/details';
import { createFilters } from '../../src/ui/filters';
import { createHeader } from '../../src/ui/header';
import { createProgramme } from '../../src/ui/programme';
import { container, setupStore } from './helpers';

function fixture(name: string): Dataset {
  const result = readDatasetFromDisk(join(process.cwd(), 'tests/fixtures', name));
  if (!result.ok) throw new Error(`${name} is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.dataset;
}

describe('a French-only dataset shown in English', () => {
  const dataset = fixture('valid-french-only.json');

  it('shows the French text marked lang="fr", and the English text unmarked', () => {
    const store = setupStore({ lang: 'en' });
    const root = container();
    createHeader(root, dataset, store);
    createDetails(root, dataset, store);
    const title = getByRole(root, 'heading', { level: 1 });
    expect(title.textContent).toBe('Réseau solidaire de Montreuil');
    expect(title.getAttribute('lang')).toBe('fr');

    store.update(select({ type: 'actor', id: 'ville-de-montreuil' }));
    const name = getByRole(root, 'heading', { level: 2, name: 'Ville de Montreuil' });
    expect(within(name).getByText('Ville de Montreuil').closest('[lang]')?.getAttribute('lang')).toBe('fr');
    const description = getByText(root, 'Commune de Seine-Saint-Denis jumelée avec Yélimané.');
    expect(description.closest('[lang]')?.getAttribute('lang')).toBe('fr');
    // The English name of the other actor is in the page's language: no lang of its own.
    const cuf = getByRole(root, 'button', { name: 'United Cities France' });
    expect(cuf.querySelector('[lang]')).toBeNull();
    // The app's own words stay English.
    expect(getByText(root, 'municipality')).toBeTruthy();
  }, 30_000);

  it('drops the mark when the page is in the text’s language', () => {
    const store = setupStore({ lang: 'fr' });
    const root = container();
    createHeader(root, dataset, store);
    expect(getByRole(root, 'heading', { level: 1 }).hasAttribute('lang')).toBe(false);
  }, 30_000);
});

describe('a dataset with its own vocabulary', () => {
  const dataset = fixture('valid-custom-vocabulary.json');

  it('lists its own kinds in the graph legend, with their labels', () => {
    const store = setupStore({ lang: 'en' });
    const root = container();
    root.setAttribute('aria-label', 'Graph');
    const view = createGraphView(root, { dataset, store });
    const legend = getByRole(root, 'list', { name: 'Kinds of actors' });
    const names = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual(['city', "farmers' union", 'cooperative']);
    const swatches = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('path')?.getAttribute('fill'));
    expect(new Set(swatches).size).toBe(3);
    view.destroy();
  }, 60_000);

  it('draws one ring per declared scale, captioned with its label', () => {
    const store = setupStore({ lang: 'fr' });
    const root = container();
    const view = createGraphView(root, { dataset, store });
    const captions = [...root.querySelectorAll('[data-ring]')].map((c) => c.textContent);
    expect(captions).toEqual(['Village', 'Pays', 'Monde']);
    view.destroy();
  }, 60_000);

  it('offers its kinds, scales and relation kinds as filters, a label in the other language marked', () => {
    const store = setupStore({ lang: 'fr' });
    const root = container();
    createFilters(root, dataset, store);
    const kinds = getByRole(root, 'group', { name: 'Types d’acteurs' });
    expect(
      within(kinds)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent?.trim()),
    ).toEqual(['ville', 'syndicat paysan', 'cooperative']);
    const cooperative = within(kinds).getByRole('checkbox', { name: 'cooperative' });
    expect(cooperative.closest('label')?.querySelector('[lang="en"]')?.textContent).toBe('cooperative');
    const scales = getByRole(root, 'group', { name: 'Échelles' });
    expect(
      within(scales)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent?.trim()),
    ).toEqual(['Village', 'Pays', 'Monde']);
    const relations = getByRole(root, 'group', { name: 'Types de relations' });
    expect(within(relations).getByRole('checkbox', { name: 'approvisionne' })).toBeTruthy();
    expect(within(relations).getByRole('checkbox', { name: 'allied with' })).toBeTruthy();
    // No theme in the dataset: no empty theme group.
    expect(queryByRole(root, 'group', { name: 'Thèmes' })).toBeNull();
  }, 30_000);
});

describe('a network without a programme', () => {
  const dataset = fixture('valid-no-programme.json');

  it('says in the programme panel that there is no programme', () => {
    const store = setupStore({ lang: 'fr' });
    const root = container();
    createProgramme(root, dataset, store);
    const nav = getByRole(root, 'navigation', { name: 'Programme' });
    expect(within(nav).getByText(/Ces données n’ont pas de programme/)).toBeTruthy();
    expect(within(nav).queryAllByRole('button')).toEqual([]);
  }, 30_000);

  it('presents its title, then the whole network, and stops there', () => {
    const store = setupStore({ lang: 'en' });
    const root = container();
    createPresentation(root, dataset, store);
    store.update(goToStep(dataset, 0));
    const caption = getByRole(root, 'region', { name: 'Presentation step' });
    expect(within(caption).getByText("The department's partners")).toBeTruthy();
    store.update(nextStep(dataset));
    expect(within(caption).getByText('3 actors, 2 relations')).toBeTruthy();
    expect(lastStep(dataset)).toBe(1);
    store.update(nextStep(dataset));
    expect(store.get().step).toBe(1);
  }, 30_000);

  it('shows an actor’s other facts from the spreadsheet', () => {
    const store = setupStore({ lang: 'fr' });
    const root = container();
    createDetails(root, dataset, store);
    store.update(select({ type: 'actor', id: 'association-b' }));
    const block = getByRole(root, 'heading', { name: 'Autres informations' }).closest('section')!;
    expect(within(block).getByText('Adhérents')).toBeTruthy();
    expect(within(block).getByText('120')).toBeTruthy();
  }, 30_000);
});
