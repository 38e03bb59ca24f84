import { afterEach, describe, expect, it } from 'vitest';
import { getByLabelText, getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { mountPresenter } from '../../src/present/mount';
import { createSearch } from '../../src/ui/search';
import { createGraphView } from '../../src/graph/view';
import { goToStep } from '../../src/present/steps';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function setup(lang: 'fr' | 'en' = 'fr') {
  const root = container();
  const tools = document.createElement('div');
  root.append(tools);
  const store = setupStore({ lang });
  const presenter = mountPresenter({ dataset, store, tools, stage: root, port: null, storage: null });
  cleanups.push(() => presenter.destroy());
  const user = userEvent.setup();
  const caption = () => getByRole(root, 'region', { name: lang === 'fr' ? 'Étape de la présentation' : 'Presentation step' });
  return { root, tools, store, presenter, user, caption };
}

describe('the presentation', () => {
  it('starts from the Présenter button on the title, in a projector theme', async () => {
    const { root, store, user, caption } = setup();
    expect(queryByRole(root, 'region', { name: 'Étape de la présentation' })).toBeNull();
    const button = getByRole(root, 'button', { name: 'Présenter' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await user.click(button);
    expect(store.get()).toMatchObject({ step: 0, selection: null, theme: 'projector-dark' });
    expect(caption().textContent).toContain('Du local au mondial');
    expect(getByRole(root, 'button', { name: 'Arrêter la présentation' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.dataset.presenting).toBe('on');
    expect(document.activeElement).toBe(caption()); // read out, and no focus ring left on a button
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(getByRole(root, 'button', { name: 'Présenter' }));
  });

  it('steps with PageDown, Space, ArrowLeft, Home, End and digits, selecting each session', async () => {
    const { root, store, user, caption } = setup();
    await user.click(getByRole(root, 'button', { name: 'Présenter' }));
    await user.keyboard('{PageDown}');
    expect(store.get()).toMatchObject({ step: 1, selection: { type: 'session', id: 'introduction' } });
    getByRole(root, 'button', { name: 'Arrêter la présentation' }).focus();
    await user.keyboard(' '); // on a focused button too: Space is "next" while presenting
    expect(store.get()).toMatchObject({ step: 2, selection: { type: 'session', id: 'savigny-le-temple' } });
    expect(store.get().step).not.toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(store.get().step).toBe(1);
    await user.keyboard('{End}');
    expect(store.get()).toMatchObject({ step: 8, selection: null });
    expect(caption().textContent).toContain('Le réseau complet');
    await user.keyboard('{Home}');
    expect(store.get().step).toBe(0);
    await user.keyboard('5');
    expect(store.get()).toMatchObject({ step: 5, selection: { type: 'session', id: 'amap' } });
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowRight}');
    expect(store.get().step).toBe(6);
    await user.keyboard('0');
    expect(store.get().step).toBe(0);
  });

  it('captions each session with its title and speaker', async () => {
    const { root, user, caption } = setup();
    await user.click(getByRole(root, 'button', { name: 'Présenter' }));
    await user.keyboard('7');
    const text = caption().textContent ?? '';
    expect(text).toContain('Session 7 sur 7');
    expect(text).toContain('Cités Unies France : enjeux et perspectives');
    expect(text).toContain('Intervenant·e : Gilbert Roger');
    expect(text).toContain('Session 7 sur 7'); // the digit key's number; no second numbering
    expect(text).not.toMatch(/Étape \d/);
    await user.keyboard('4');
    expect(caption().textContent).toContain('Un membre du Réseau AGCS');
  });

  it('blacks the screen with B or ".", and brings it back', async () => {
    const { root, store, user } = setup();
    await user.click(getByRole(root, 'button', { name: 'Présenter' }));
    await user.keyboard('3b');
    expect(store.get()).toMatchObject({ step: 3, blackout: true });
    expect(getByText(root, 'Écran noir : appuyez sur B pour revenir.')).toBeTruthy();
    expect(document.documentElement.dataset.presenting).toBe('blackout');
    await user.keyboard('{PageDown}'); // next only lifts the black screen
    expect(store.get()).toMatchObject({ step: 3, blackout: false });
    await user.keyboard('.');
    expect(store.get().blackout).toBe(true);
    await user.keyboard('B');
    expect(store.get().blackout).toBe(false);
  });

  it('leaves with Escape, back to the standard theme, keeping the session selected', async () => {
    const { root, store, user } = setup();
    await user.click(getByRole(root, 'button', { name: 'Présenter' }));
    await user.keyboard('2{Escape}');
    await Promise.resolve();
    expect(store.get()).toMatchObject({ step: null, theme: 'standard', selection: { type: 'session', id: 'savigny-le-temple' } });
    expect(queryByRole(root, 'region', { name: 'Étape de la présentation' })).toBeNull();
    expect(document.documentElement.dataset.presenting).toBeUndefined();
  });

  it('takes no keys when not presenting, nor while the person types', async () => {
    const { root, store, user } = setup();
    cleanups.push(createSearch(root, dataset, store).destroy);
    await user.keyboard('{PageDown}5b');
    expect(store.get()).toMatchObject({ step: null, blackout: false, selection: null });
    await user.click(getByRole(root, 'button', { name: 'Présenter' }));
    await user.type(getByRole(root, 'combobox', { name: 'Rechercher' }), 'b5 ');
    expect(store.get()).toMatchObject({ step: 0, blackout: false });
  });

  it('keeps the chosen theme, offers the light projector theme, and speaks English', async () => {
    const { root, store, user } = setup('en');
    await user.selectOptions(getByLabelText(root, 'Display'), 'Projector, light');
    expect(store.get().theme).toBe('projector-light');
    await user.click(getByRole(root, 'button', { name: 'Present' }));
    await user.keyboard('{Escape}');
    await Promise.resolve();
    expect(store.get().theme).toBe('projector-light');
    expect(within(root).getByRole('button', { name: 'Console for the presenter, in another window' })).toBeTruthy();
  });

  it('removes what it added when destroyed, twice safely', async () => {
    const { root, presenter, store, user } = setup();
    presenter.destroy();
    presenter.destroy();
    expect(queryByRole(root, 'button', { name: 'Présenter' })).toBeNull();
    store.update((s) => ({ ...s, step: 1 }));
    await user.keyboard('{PageDown}');
    expect(store.get().step).toBe(1);
  });
});

describe('presentation keys and the graph', () => {
  it('leave the graph its arrow keys until presenting, then step the programme with them', async () => {
    const { root, store, user } = setup();
    const area = document.createElement('section');
    root.append(area);
    const graph = createGraphView(area, { dataset, store });
    cleanups.push(() => graph.destroy());
    const savigny = getByRole(area, 'button', { name: /^Savigny-le-Temple \(77\), commune/ });
    savigny.focus();
    for (const key of ['{ArrowRight}', '{ArrowLeft}', '{ArrowUp}', '{ArrowDown}']) {
      savigny.focus();
      await user.keyboard(key);
      if (document.activeElement !== savigny) break;
    }
    expect(document.activeElement).not.toBe(savigny); // the graph moved its focus
    expect(store.get().step).toBeNull();

    store.update(goToStep(dataset, 2));
    const focused = document.activeElement;
    await user.keyboard('{ArrowRight}');
    expect(store.get().step).toBe(3);
    expect(document.activeElement).toBe(focused); // the graph did not see the key
  });
});
