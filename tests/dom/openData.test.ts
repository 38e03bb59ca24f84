import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findByRole, getByRole, queryByRole, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createStore as idbStore, type UseStore } from 'idb-keyval';
import { createDatasetStorage } from '../../src/import/storage';
import { createOpenData, type Opened } from '../../src/ui/openData';
import { container } from './helpers';

// jsdom has <dialog> but not its methods; the browser's own (focus trap, Escape) is tested in e2e.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

let n = 0;
const freshStorage = () => createDatasetStorage(idbStore(`open-data-test-${++n}-${Math.random().toString(36).slice(2)}`, 'datasets'));
const fixtureFile = (name: string, type = 'text/csv') => new File([readFileSync(resolve('tests/fixtures/import', name))], name, { type });

function setup(storage = freshStorage()) {
  const opened: Opened[] = [];
  const header = container();
  const openData = createOpenData({
    getLang: () => 'fr',
    storage,
    currentId: () => null,
    onOpened: (o) => opened.push(o),
    now: () => new Date('2026-12-02T10:00:00.000Z'),
  });
  openData.button(header);
  return { opened, header, openData, storage };
}

describe('the Open data dialog', () => {
  it('opens from the header button with a file picker and My data, and its close button closes it', async () => {
    const user = userEvent.setup();
    const { header } = setup();
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const dialog = getByRole(document.body, 'dialog', { name: 'Ouvrir des données' });
    expect(within(dialog).getByLabelText('Choisir un fichier')).toHaveProperty('accept', '.csv,.tsv,.txt,.xlsx,.gexf,.json,.zip');
    await findByRole(dialog, 'status');
    await waitFor(() => expect(within(dialog).getByText('Aucune donnée gardée dans ce navigateur pour l’instant.')).toBeTruthy());
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(queryByRole(document.body, 'dialog')).toBeNull();
  });

  it('opens a picked file, keeps it under My data, and removes it with a button naming it', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { header, opened } = setup();
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const dialog = getByRole(document.body, 'dialog');
    await user.upload(within(dialog).getByLabelText('Choisir un fichier'), fixtureFile('partenaires-excel-fr.csv'));
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 20_000 });
    expect(opened[0]?.dataset.actors).toHaveLength(6);
    expect(opened[0]?.kept?.name).toBe('partenaires-excel-fr.csv');
    expect(queryByRole(document.body, 'dialog')).toBeNull();

    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const list = await findByRole(document.body, 'list', { name: 'Mes données' });
    const open = await within(list).findByRole('button', { name: 'Ouvrir « partenaires-excel-fr.csv »' });
    expect(list.textContent).toContain('2 déc. 2026');
    await user.click(open);
    await waitFor(() => expect(opened).toHaveLength(2));
    expect(opened[1]).toMatchObject({ fresh: false, name: 'partenaires-excel-fr.csv' });

    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    await user.click(await findByRole(document.body, 'button', { name: 'Supprimer « partenaires-excel-fr.csv » de mes données' }));
    await waitFor(() => expect(getByRole(document.body, 'dialog').textContent).toContain('« partenaires-excel-fr.csv » a été supprimé de ce navigateur.'));
    expect(queryByRole(document.body, 'button', { name: /Ouvrir « partenaires/ })).toBeNull();
  });

  it('reopens a kept dataset with its own vocabulary, and lists the problems of one no longer valid', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const text = readFileSync(resolve('tests/fixtures/valid-custom-vocabulary.json'), 'utf8');
    await storage.save({ name: 'villages.json', size: text.length, text }, new Date('2026-12-01T09:00:00.000Z'));
    await storage.save({ name: 'abime.json', size: 10, text: '{"event": {"title": {"fr": "x"}}, "actors": []}' }, new Date('2026-12-01T10:00:00.000Z'));
    const { header, opened } = setup(storage);
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const list = await findByRole(document.body, 'list', { name: 'Mes données' });
    await user.click(await within(list).findByRole('button', { name: 'Ouvrir « abime.json »' }));
    const alert = getByRole(getByRole(document.body, 'dialog'), 'alert');
    await waitFor(() => expect(alert.textContent).toContain('abime.json'));
    expect(alert.textContent).toContain('actors');
    expect(opened).toHaveLength(0);

    await user.click(within(list).getByRole('button', { name: 'Ouvrir « villages.json »' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toMatchObject({ fresh: false, name: 'villages.json' });
    expect(opened[0]?.dataset.resolvedVocabulary.scales.map((s) => s.id)).toEqual(['village', 'country', 'world']);
    expect(queryByRole(document.body, 'dialog')).toBeNull();
  });

  it('lists the problems of an invalid file in the dialog and opens nothing', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const { header, opened } = setup();
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const dialog = getByRole(document.body, 'dialog');
    await user.upload(within(dialog).getByLabelText('Choisir un fichier'), fixtureFile('erreurs.csv'));
    const alert = await within(dialog).findByText(/« erreurs\.csv » n’a pas été ouvert : 11 problème/, {}, { timeout: 20_000 });
    expect(alert.closest('[role="alert"]')?.textContent).toContain('erreurs.csv, ligne 3, colonne « Latitude » : « 48.9.1 » n’est pas un nombre');
    expect(opened).toHaveLength(0);
  });

  it('refuses a file past the size limit before reading it, saying the limit', async () => {
    const user = userEvent.setup();
    const { header, opened } = setup();
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const dialog = getByRole(document.body, 'dialog');
    const big = new File(['Nom\nA\n'], 'enorme.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 80 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText('Choisir un fichier'), big);
    await within(dialog).findByText('enorme.csv : le fichier pèse 80 Mo ; Maillage ouvre jusqu’à 64 Mo');
    expect(opened).toHaveLength(0);
  });

  it('still opens the file for this visit when the browser cannot keep it', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const broken: UseStore = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const { header, opened } = setup(createDatasetStorage(broken));
    await user.click(getByRole(header, 'button', { name: 'Ouvrir des données' }));
    const dialog = getByRole(document.body, 'dialog');
    await waitFor(() => expect(dialog.textContent).toContain('Ce navigateur ne garde pas de données'));
    await user.upload(within(dialog).getByLabelText('Choisir un fichier'), fixtureFile('relations-seules.csv'));
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 20_000 });
    expect(opened[0]).toMatchObject({ kept: null, fresh: true });
    expect(opened[0]?.dataset.relations).toHaveLength(3);
  });
});
