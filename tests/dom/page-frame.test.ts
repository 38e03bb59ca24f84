// The page's small frames: the maximise button of a view, the drop-a-file overlay, the notices.
import { describe, expect, it, vi } from 'vitest';
import { getByRole, queryByRole, queryByText } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createStore } from '../../src/state/store';
import { initialViewState, type ViewState } from '../../src/state/viewState';
import { createViewFrame } from '../../src/ui/viewFrame';
import { createDropOverlay } from '../../src/ui/dropOverlay';
import { createNotices } from '../../src/ui/notice';

function area() {
  const section = document.createElement('section');
  document.body.append(section);
  return section;
}

describe('a view frame', () => {
  it('gives the view the whole screen and gives it back, by button or Escape', async () => {
    const store = createStore<ViewState>({ ...initialViewState });
    const section = area();
    createViewFrame(section, 'graph', 'view.graph', store);
    const user = userEvent.setup();
    expect(section.getAttribute('aria-label')).toBe('Graphe des alliances');
    const grow = getByRole(section, 'button', { name: 'Agrandir : Graphe des alliances' });
    expect(grow.getAttribute('aria-pressed')).toBe('false');
    await user.click(grow);
    expect(store.get().maximized).toBe('graph');
    const restore = getByRole(section, 'button', { name: 'Revenir à la vue partagée' });
    expect(restore.getAttribute('aria-pressed')).toBe('true');
    await user.click(restore);
    expect(store.get().maximized).toBeNull();
    await user.click(grow);
    await user.keyboard('{Escape}');
    expect(store.get().maximized).toBeNull();
    expect(document.activeElement).toBe(grow);
  });

  it('leaves Escape to a field, and to another view’s frame', async () => {
    const store = createStore<ViewState>({ ...initialViewState, maximized: 'map' });
    const section = area();
    createViewFrame(section, 'graph', 'view.graph', store);
    const user = userEvent.setup();
    await user.keyboard('{Escape}');
    expect(store.get().maximized).toBe('map');
    const field = document.createElement('input');
    document.body.append(field);
    store.update((s) => ({ ...s, maximized: 'graph' }));
    field.focus();
    await user.keyboard('{Escape}');
    expect(store.get().maximized).toBe('graph');
  });

  it('follows the language, and once destroyed leaves no button and no key behind', async () => {
    const store = createStore<ViewState>({ ...initialViewState, maximized: 'graph' });
    const section = area();
    const frame = createViewFrame(section, 'graph', 'view.graph', store);
    store.update((s) => ({ ...s, lang: 'en' }));
    expect(getByRole(section, 'button', { name: 'Back to the shared view' })).toBeTruthy();
    frame.destroy();
    frame.destroy();
    expect(queryByRole(section, 'button')).toBeNull();
    await userEvent.setup().keyboard('{Escape}');
    expect(store.get().maximized).toBe('graph');
  });
});

/** A drag event carrying files, as the browser sends while a file is dragged over the page. */
function fileDrag(type: string, files: File[] = []) {
  const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
}

describe('the drop overlay', () => {
  it('says what dropping does while a file is over the page, and opens the dropped file', () => {
    const onFile = vi.fn();
    const overlay = createDropOverlay({ getLang: () => 'fr', onFile });
    const message = () => queryByText(document.body, 'Déposez le fichier pour l’ouvrir dans Maillage');
    expect(message()?.closest('[hidden]')).not.toBeNull();
    window.dispatchEvent(fileDrag('dragenter'));
    expect(message()?.closest('[hidden]')).toBeNull();
    const over = fileDrag('dragover');
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer?.dropEffect).toBe('copy');
    window.dispatchEvent(fileDrag('dragleave'));
    expect(message()?.closest('[hidden]')).not.toBeNull();
    window.dispatchEvent(fileDrag('dragenter'));
    const file = new File(['{}'], 'reseau.json', { type: 'application/json' });
    const drop = fileDrag('drop', [file]);
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(message()?.closest('[hidden]')).not.toBeNull();
    overlay.destroy();
  });

  it('ignores a drag of text, not files, and nothing once destroyed', () => {
    const onFile = vi.fn();
    const overlay = createDropOverlay({ getLang: () => 'en', onFile });
    const text = new Event('dragenter', { cancelable: true }) as DragEvent;
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    window.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    overlay.destroy();
    overlay.destroy();
    expect(queryByText(document.body, 'Drop the file to open it in Maillage')).toBeNull();
    window.dispatchEvent(fileDrag('drop', [new File(['x'], 'x.csv')]));
    expect(onFile).not.toHaveBeenCalled();
  });
});

describe('notices', () => {
  it('shows a notice a person can dismiss', async () => {
    const notices = createNotices(document.body, () => 'fr');
    notices.show('Le lien ne mène à rien de connu.');
    const status = getByRole(document.body, 'status');
    expect(status.textContent).toContain('Le lien ne mène à rien de connu.');
    await userEvent.setup().click(getByRole(status, 'button', { name: 'Fermer l’avis' }));
    expect(status.textContent).toBe('');
    notices.destroy();
    expect(queryByRole(document.body, 'status')).toBeNull();
  });
});
