import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { fr } from '../../src/i18n/fr';
import { en } from '../../src/i18n/en';
import { viewRegistry } from '../../src/ui/viewRegistry';
import { createTabBar, type TabEntry } from '../../src/phone/tabBar';
import { createSheet, dragOutcome } from '../../src/phone/sheet';
import { createHeaderMenu } from '../../src/phone/headerMenu';
import { createPhoneLayout } from '../../src/phone/layout';
import { createEscapeClears } from '../../src/ui/escape';
import { select } from '../../src/state/actions';
import { el } from '../../src/ui/dom';
import { container, setupStore } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  vi.unstubAllGlobals();
});
const keep = <T extends { destroy(): void }>(part: T): T => {
  cleanups.push(() => part.destroy());
  return part;
};

/** A window whose media queries all match (a phone) or none do. */
function stubScreen(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: phone && query.includes('max-width: 700px'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

const entries: readonly TabEntry[] = viewRegistry;

describe('the view registry', () => {
  it('lists graph, map, programme and table once each, each with a label in both languages, an icon and a mount', () => {
    expect(viewRegistry.map((v) => v.id)).toEqual(['graph', 'map', 'programme', 'table']);
    for (const view of viewRegistry) {
      expect(fr[view.labelKey]).toBeTruthy();
      expect(en[view.labelKey]).toBeTruthy();
      expect(view.icon).not.toBe('');
      expect(typeof view.mount).toBe('function');
      expect(view.area().id).not.toBe('');
    }
  });
});

describe('the phone tab bar', () => {
  it('is a tablist whose tabs show their view when clicked', async () => {
    const user = userEvent.setup();
    const store = setupStore();
    const root = container();
    keep(createTabBar(root, entries, store, (id) => id));
    const tablist = getByRole(root, 'tablist', { name: 'Vues' });
    const tabs = getAllByRole(tablist, 'tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['◉Graphe', '⊕Carte', '☰Programme', '▦Tableau']);
    expect(getByRole(root, 'tab', { selected: true }).textContent).toContain('Graphe');
    await user.click(getByRole(root, 'tab', { name: 'Carte' }));
    expect(store.get().view).toBe('map');
    expect(getByRole(root, 'tab', { selected: true }).textContent).toContain('Carte');
    expect(getByRole(root, 'tab', { name: 'Carte' }).getAttribute('aria-controls')).toBe('map');
  });

  it('moves with the arrows, Home and End, and is one Tab stop', async () => {
    const user = userEvent.setup();
    const store = setupStore();
    const root = container();
    keep(createTabBar(root, entries, store, (id) => id));
    await user.tab();
    expect(document.activeElement).toBe(getByRole(root, 'tab', { name: 'Graphe' }));
    await user.keyboard('{ArrowRight}');
    expect(store.get().view).toBe('map');
    expect(document.activeElement).toBe(getByRole(root, 'tab', { name: 'Carte' }));
    await user.keyboard('{End}');
    expect(store.get().view).toBe('table');
    await user.keyboard('{ArrowRight}');
    expect(store.get().view).toBe('graph');
    await user.keyboard('{ArrowLeft}');
    expect(store.get().view).toBe('table');
    await user.keyboard('{Home}');
    expect(store.get().view).toBe('graph');
    expect(getAllByRole(root, 'tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('takes its tabs from the entries it is given, and follows the language', () => {
    const store = setupStore({ lang: 'en' });
    const root = container();
    keep(createTabBar(root, entries.slice(0, 3), store, (id) => id));
    expect(getAllByRole(root, 'tab').map((t) => t.textContent)).toEqual(['◉Graph', '⊕Map', '☰Programme']);
    expect(getByRole(root, 'tablist', { name: 'Views' })).toBeTruthy();
  });
});

describe('the details sheet', () => {
  function setup(active = true) {
    const store = setupStore();
    const root = container();
    const opener = el('button', { type: 'button' }, 'Nanterre');
    root.append(opener);
    const sheet = keep(createSheet(root, { store, active: () => active }));
    sheet.body.append(el('h2', {}, 'Ville de Nanterre'));
    keep(createEscapeClears(store));
    return { store, root, opener, sheet };
  }

  it('opens with a selection, labelled, with focus in it, and closes with its button, focus going back', async () => {
    const user = userEvent.setup();
    const { store, root, opener } = setup();
    expect(queryByRole(root, 'dialog')).toBeNull();
    opener.focus();
    store.update(select({ type: 'actor', id: 'nanterre' }));
    const dialog = getByRole(root, 'dialog', { name: 'Détails de la sélection' });
    expect(document.activeElement).toBe(dialog);
    await user.click(getByRole(dialog, 'button', { name: 'Fermer les détails' }));
    expect(store.get().selection).toBeNull();
    expect(queryByRole(root, 'dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes with Escape, and its handle toggles full and half height', async () => {
    const user = userEvent.setup();
    const { store, root, opener } = setup();
    opener.focus();
    store.update(select({ type: 'actor', id: 'nanterre' }));
    const dialog = getByRole(root, 'dialog');
    await user.click(getByRole(dialog, 'button', { name: 'Agrandir les détails' }));
    expect(getByRole(dialog, 'button', { name: 'Réduire les détails' })).toBeTruthy();
    await user.click(getByRole(dialog, 'button', { name: 'Réduire les détails' }));
    expect(getByRole(dialog, 'button', { name: 'Agrandir les détails' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(store.get().selection).toBeNull();
    expect(queryByRole(root, 'dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('stays closed where it is not in use (a desktop)', () => {
    const { store, root } = setup(false);
    store.update(select({ type: 'actor', id: 'nanterre' }));
    expect(queryByRole(root, 'dialog')).toBeNull();
  });

  it('turns a drag of its handle into full height, half height or closing', () => {
    expect(dragOutcome('half', -200, 420)).toBe('full');
    expect(dragOutcome('half', 10, 420)).toBe('half');
    expect(dragOutcome('half', 120, 420)).toBe('close');
    expect(dragOutcome('full', 200, 800)).toBe('half');
    expect(dragOutcome('full', 600, 800)).toBe('close');
    expect(dragOutcome('full', -100, 800)).toBe('full');
  });
});

describe('the phone header menu', () => {
  function setup() {
    const store = setupStore();
    const tools = container();
    const search = el('div', { class: 'search' }, el('input', { 'aria-label': 'Rechercher' }));
    const lang = el('button', { type: 'button', class: 'lang-switch' }, 'English');
    const open = el('button', { type: 'button' }, 'Ouvrir des données');
    const exporter = el('button', { type: 'button' }, 'Exporter');
    tools.append(open, search, lang, exporter);
    const menu = keep(createHeaderMenu(tools, store));
    return { tools, menu, open, exporter, search, lang };
  }

  it('gathers the controls other than search and language behind "Menu" on a phone', async () => {
    const user = userEvent.setup();
    const { tools, menu, open } = setup();
    menu.setActive(true);
    const button = getByRole(tools, 'button', { name: 'Menu' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(queryByRole(tools, 'button', { name: 'Ouvrir des données' })).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const group = getByRole(tools, 'group', { name: /Autres actions/ });
    expect(getAllByRole(group, 'button').map((b) => b.textContent)).toEqual(['Ouvrir des données', 'Exporter']);
    open.focus();
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('puts every control back where it was on a wider screen', () => {
    const { tools, menu, open, exporter, search, lang } = setup();
    menu.setActive(true);
    menu.setActive(false);
    expect([...tools.children].slice(0, 4)).toEqual([open, search, lang, exporter]);
  });
});

describe('the phone layout', () => {
  function setup(phone: boolean) {
    stubScreen(phone);
    const store = setupStore();
    const app = container();
    const tools = el('div', {});
    const views = viewRegistry.map((entry) => ({ entry, area: entry.area() }));
    const layout = el('main', {}, ...views.map((v) => v.area));
    const panel = views[2]!.area;
    const details = el('section', { 'aria-label': 'Détails' });
    panel.append(details);
    app.append(tools, layout);
    keep(createPhoneLayout({ app, layout, views, store, details, detailsHome: panel, headerTools: tools }));
    return { store, app, details, panel };
  }

  it('on a phone: one tab panel per view, the chosen one current, the details in the sheet', async () => {
    const user = userEvent.setup();
    const { store, app, details } = setup(true);
    expect(getAllByRole(app, 'tabpanel', { hidden: true })).toHaveLength(4);
    expect(app.querySelector('[data-current]')?.id).toBe('graph');
    await user.click(getByRole(app, 'tab', { name: 'Programme' }));
    expect(app.querySelector('[data-current]')?.id).toBe('panel');
    expect(getByRole(app, 'tabpanel', { name: 'Programme' }).id).toBe('panel');
    // Nothing selected: the details (the workshop's summary) head the programme tab.
    expect(details.parentElement?.id).toBe('panel');
    store.update(select({ type: 'actor', id: 'nanterre' }));
    expect(getByRole(app, 'dialog', { name: 'Détails de la sélection' }).contains(details)).toBe(true);
    store.update(select(null));
    expect(details.parentElement?.id).toBe('panel');
  });

  it('elsewhere: no tab panels, the details stay in the side panel, no sheet', () => {
    const { store, app, details, panel } = setup(false);
    expect(queryByRole(app, 'tabpanel')).toBeNull();
    expect(details.parentElement).toBe(panel);
    store.update(select({ type: 'actor', id: 'nanterre' }));
    expect(queryByRole(app, 'dialog')).toBeNull();
  });
});
