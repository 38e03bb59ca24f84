import { describe, expect, it } from 'vitest';
import { getAllByRole, getByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { loadBundledDataset } from '../../src/data/bundled';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createProgramme } from '../../src/ui/programme';
import { createHeader } from '../../src/ui/header';

function setup() {
  const result = loadBundledDataset();
  if (!result.ok) throw new Error('bundled data invalid');
  const store = createStore<ViewState>(initialViewState);
  const container = document.createElement('div');
  document.body.append(container);
  createHeader(container, result.dataset, store);
  const programme = createProgramme(container, result.dataset, store);
  return { store, container, programme };
}

describe('the programme', () => {
  it('lists the introduction and three sections with their seven sessions in order', () => {
    const { container } = setup();
    const nav = getByRole(container, 'navigation', { name: 'Programme' });
    const headings = within(nav)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Introduction et problématique',
      'Dynamique de réseaux au niveau local',
      'Les collectivités locales actrices de nouvelles solidarités internationales',
      'Alliances continentales et mondiales',
    ]);
    const sessions = within(nav).getAllByRole('button');
    expect(sessions).toHaveLength(7);
    expect(sessions[0]?.textContent).toContain('Antonio Aniesa');
    expect(sessions[0]?.textContent).toContain('sous réserve');
    expect(sessions[3]?.textContent).toContain('Un membre du Réseau AGCS');
  });

  it('selects a session when it is clicked and marks it pressed', async () => {
    const { container, store } = setup();
    const button = getByRole(container, 'button', { name: /Cités Unies France : enjeux/ });
    await userEvent.click(button);
    expect(store.get().selection).toEqual({ type: 'session', id: 'cites-unies-france' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to English from the header, data text included', async () => {
    const { container } = setup();
    await userEvent.click(getByRole(container, 'button', { name: 'Switch to English' }));
    expect(getByRole(container, 'heading', { level: 1 }).textContent).toContain('From local to global');
    expect(getAllByRole(container, 'heading', { level: 3 })[1]?.textContent).toBe('Network dynamics at local level');
    expect(getByRole(container, 'button', { name: 'Passer en français' })).toBeTruthy();
  });
});
