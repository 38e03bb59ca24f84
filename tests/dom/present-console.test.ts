import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { findByText, getByLabelText, getByRole, getByText, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { createStore as idbStore, set } from 'idb-keyval';
import type { ChannelPort } from '../../src/present/channel';
import { mountConsole } from '../../src/present/console';
import { mountPresenter } from '../../src/present/mount';
import { openNotesStore } from '../../src/present/notesStore';
import { goToStep } from '../../src/present/steps';
import { channelAuth, newPairingKey } from '../../src/present/pairing';
import { container, setupStore, shippedDataset } from './helpers';

const dataset = shippedDataset();
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** BroadcastChannel semantics between ports: a message goes, cloned and later, to every other port. */
function hub() {
  const ports = new Set<{ listeners: Set<(e: MessageEvent) => void> }>();
  return {
    port(): ChannelPort & { inject(data: unknown): void } {
      const self = { listeners: new Set<(e: MessageEvent) => void>() };
      ports.add(self);
      const deliver = (to: typeof self, data: unknown) =>
        setTimeout(() => to.listeners.forEach((l) => l(new MessageEvent('message', { data: structuredClone(data) }))), 0);
      return {
        postMessage: (data) => ports.forEach((p) => p !== self && deliver(p, data)),
        addEventListener: (_type, l) => self.listeners.add(l),
        removeEventListener: (_type, l) => self.listeners.delete(l),
        close: () => ports.delete(self),
        inject: (data) => deliver(self, data),
      };
    },
  };
}

let dbCount = 0;
async function setup({ dbName = `console-${++dbCount}-${Math.random()}`, now = (): number => 0 }: { dbName?: string; now?: () => number } = {}) {
  const link = hub();
  const audienceRoot = container();
  const tools = document.createElement('div');
  audienceRoot.append(tools);
  const audience = setupStore();
  const presenter = mountPresenter({ dataset, store: audience, tools, stage: audienceRoot, port: link.port(), storage: null });
  const consoleRoot = container();
  const store = setupStore();
  const consolePort = link.port();
  // As the room's Console button opens it: with the room's presentation in its address.
  const presentation = presenter.channel.presentation();
  // …and paired with the key the room's screen hands to the window it opened.
  const pairingKey = presenter.pairingKey();
  const view = mountConsole(consoleRoot, { dataset, store, port: consolePort, now, notes: openNotesStore({ dbName, delay: 5 }), presentation, pairingKey });
  await view.ready;
  cleanups.push(() => {
    presenter.destroy();
    view.destroy();
  });
  return { audience, audienceRoot, store, consoleRoot, view, presenter, consolePort, dbName, link, presentation, pairingKey, user: userEvent.setup() };
}

const currentStep = (root: HTMLElement) => getByRole(root, 'region', { name: 'Étape en cours' });

describe('the presenter console', () => {
  it('follows the audience window, and drives it', async () => {
    const { audience, audienceRoot, store, consoleRoot, user } = await setup();
    expect(currentStep(consoleRoot).textContent).toContain('La présentation n’a pas commencé.');
    await user.click(getByRole(audienceRoot, 'button', { name: 'Présenter' }));
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(store.get().step).toBe(1));
    expect(store.get().selection).toEqual({ type: 'session', id: 'introduction' });
    expect(currentStep(consoleRoot).textContent).toContain('Introduction et problématique');
    const next = getByRole(consoleRoot, 'region', { name: 'Étape suivante' });
    expect(next.textContent).toContain('2. L');
    await user.click(getByRole(consoleRoot, 'button', { name: 'Suivant →' }));
    await waitFor(() => expect(audience.get().step).toBe(2));
    await user.click(getByRole(consoleRoot, 'button', { name: 'Écran noir' }));
    await waitFor(() => expect(audience.get().blackout).toBe(true));
    const steps = getByRole(consoleRoot, 'navigation', { name: 'Toutes les étapes' });
    await user.click(within(steps).getByRole('button', { name: /^6\. Cités Unies Belgique/ }));
    await waitFor(() => expect(audience.get()).toMatchObject({ step: 6, blackout: false, selection: { id: 'cites-unies-belgique' } }));
    expect(within(steps).getByRole('button', { name: /^6\./ }).getAttribute('aria-current')).toBe('step');
    await user.click(getByRole(consoleRoot, 'button', { name: 'Arrêter la présentation' }));
    await waitFor(() => expect(audience.get().step).toBeNull());
  }, 30_000); // two windows, every step re-rendered: give it room on a busy machine

  it('ignores and counts malformed messages', async () => {
    const { store, view, consolePort, consoleRoot, presentation } = await setup();
    const port = consolePort as ChannelPort & { inject(data: unknown): void };
    const common = { v: 3, from: 'evil', presentation, role: 'audience', since: 1, mac: 'A'.repeat(43) };
    port.inject({ ...common, type: 'state', seq: 99, step: 'next', blackout: false });
    port.inject('PageDown');
    port.inject({ ...common, type: 'state', seq: 99, step: 500, blackout: false }); // past the last step
    await waitFor(() => expect(view.channel.stats().rejected).toBe(3));
    expect(store.get().step).toBeNull();
    expect(getByText(consoleRoot, '3 message(s) illisible(s) ignoré(s) entre fenêtres.')).toBeTruthy();
  });

  it('cannot be driven or unlinked by another tab that reads the channel but has no key', async () => {
    const { audience, store, view, presenter, link, presentation, user, audienceRoot } = await setup();
    const spy = link.port(); // any tab of the site: it hears every message, presentation id included
    const heard: unknown[] = [];
    spy.addEventListener('message', (e) => heard.push(e.data));
    await user.click(getByRole(audienceRoot, 'button', { name: 'Présenter' }));
    await waitFor(() => expect(store.get().step).toBe(0));
    expect(heard.length).toBeGreaterThan(0);
    const common = { v: 3, from: 'spoof', presentation, role: 'console', since: 0 };
    // Unsigned, signed with a key of its own, and a replay of a heard message with a new step:
    spy.postMessage({ ...common, type: 'state', seq: 5, step: 5, blackout: true, mac: 'A'.repeat(43) });
    const ownKey = await channelAuth(newPairingKey());
    const forged = { ...common, type: 'state' as const, seq: 6, step: 5, blackout: true };
    spy.postMessage({ ...forged, mac: await ownKey.sign(forged) });
    const fromRoom = (m: unknown) => (m as { type: string; role: string }).type === 'state' && (m as { role: string }).role === 'audience';
    await waitFor(() => expect(heard.some(fromRoom)).toBe(true));
    const heardState = heard.find(fromRoom) as Record<string, unknown>;
    spy.postMessage({ ...heardState, step: 5, seq: 7 });
    const hello = { ...common, role: 'audience', type: 'hello' as const, since: 10 ** 12 };
    spy.postMessage({ ...hello, mac: await ownKey.sign(hello) });
    await waitFor(() => expect(view.channel.stats().rejected).toBe(4));
    // The room's screen takes the replay for its own message (its own id) and drops it unread.
    await waitFor(() => expect(presenter.channel.stats().rejected).toBe(3));
    expect(audience.get()).toMatchObject({ step: 0, blackout: false });
    expect(store.get()).toMatchObject({ step: 0, blackout: false });
    expect(presenter.channel.presentation()).toBe(presentation); // not unlinked
    // The paired windows still follow each other.
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(store.get().step).toBe(1));
  });

  it('refuses a signed change that jumps the clock out of range, and stays in step', async () => {
    const { audience, store, view, link, presentation, pairingKey, user, audienceRoot } = await setup();
    await user.click(getByRole(audienceRoot, 'button', { name: 'Présenter' }));
    await waitFor(() => expect(store.get().step).toBe(0));
    const auth = await channelAuth(pairingKey);
    const jump = {
      v: 3,
      from: 'faulty',
      presentation,
      role: 'console',
      since: 0,
      type: 'state' as const,
      seq: Number.MAX_SAFE_INTEGER,
      step: 3,
      blackout: false,
    };
    link.port().postMessage({ ...jump, mac: await auth.sign(jump) });
    await waitFor(() => expect(view.channel.stats().rejected).toBe(1));
    expect(store.get().step).toBe(0);
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(store.get().step).toBe(1));
    expect(audience.get().step).toBe(1);
  });

  it('tells a console opened without the room’s key that it is not paired, and it moves nothing', async () => {
    const link = hub();
    const root = container();
    const audience = setupStore();
    const tools = document.createElement('div');
    const presenter = mountPresenter({ dataset, store: audience, tools, stage: container(), port: link.port(), storage: null });
    const store = setupStore();
    const view = mountConsole(root, {
      dataset,
      store,
      port: link.port(),
      notes: openNotesStore({ dbName: `unpaired-${Math.random()}`, delay: 5 }),
      presentation: presenter.channel.presentation(),
      pairingKey: null,
    });
    cleanups.push(() => {
      presenter.destroy();
      view.destroy();
    });
    await view.ready;
    await findByText(root, /Console non appairée/);
    await userEvent.click(getByRole(root, 'button', { name: 'Suivant →' }));
    expect(store.get().step).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(audience.get().step).toBeNull();
  });

  it('shows the session’s programme notes, and saves the facilitator’s notes as they are typed', async () => {
    const { consoleRoot, store, user, dbName } = await setup();
    await user.click(getByRole(consoleRoot, 'button', { name: 'Présenter' }));
    await user.click(getByRole(consoleRoot, 'button', { name: 'Suivant →' }));
    await user.click(getByRole(consoleRoot, 'button', { name: 'Suivant →' }));
    expect(store.get().step).toBe(2);
    const note = getByLabelText(consoleRoot, /^Notes sur la session : L'expérience de la municipalité de Savigny/);
    await user.type(note, 'Demander les chiffres{Enter}- jumelages');
    await user.keyboard('b'); // typing: no black screen
    expect(store.get().blackout).toBe(false);
    await findByText(consoleRoot, 'Notes enregistrées dans ce navigateur.');
    const actorNote = getByLabelText(consoleRoot, /^Notes sur Savigny-le-Temple/);
    await user.type(actorNote, 'Ville hôte');
    await waitFor(async () => expect((await openNotesStore({ dbName, win: null })).get('actor:savigny-le-temple')).toBe('Ville hôte'));
    const reopened = await openNotesStore({ dbName, win: null });
    expect(reopened.get('session:savigny-le-temple')).toBe('Demander les chiffres\n- jumelagesb');
  });

  it('tells of unreadable stored notes and shows their raw text', async () => {
    const dbName = `damaged-${Math.random()}`;
    await set('session:amap', 'texte d’avant, dans un format inconnu', idbStore(dbName, 'notes'));
    const { consoleRoot } = await setup({ dbName });
    expect(getByRole(consoleRoot, 'alert').textContent).toBe(
      '1 note(s) enregistrée(s) étaient illisibles ; leur texte brut est conservé dans « Notes récupérées ».',
    );
    const raw = getByLabelText(consoleRoot, /^Texte récupéré \(session:amap@/) as HTMLTextAreaElement;
    expect(raw.value).toBe('texte d’avant, dans un format inconnu');
    expect(raw.readOnly).toBe(true);
  });

  it('shows the elapsed time from the clock it is given', async () => {
    let t = 0;
    const { consoleRoot, user, store } = await setup({ now: () => t });
    t = 65_000;
    await user.click(getByRole(consoleRoot, 'button', { name: 'Présenter' }));
    t = 125_000;
    store.update((s) => ({ ...s }));
    await user.click(getByRole(consoleRoot, 'button', { name: 'Suivant →' }));
    t = 130_000;
    await user.click(getByRole(consoleRoot, 'button', { name: 'Écran noir' }));
    expect(getByRole(consoleRoot, 'timer').textContent).toBe('Temps écoulé 2:10Sur cette étape 0:05');
    await user.click(getByRole(consoleRoot, 'button', { name: 'Remettre le chronomètre à zéro' }));
    expect(getByRole(consoleRoot, 'timer').textContent).toBe('Temps écoulé 0:00Sur cette étape 0:00');
  });

  it('imports a notes file, and refuses a damaged one with its problems in words', async () => {
    const { consoleRoot, user } = await setup();
    const input = getByLabelText(consoleRoot, 'Importer un fichier de notes');
    const damaged = new File(['## AMAP {#session:amap}\nbon\n## Cassé {#session:amap\n'], 'notes.md', { type: 'text/markdown' });
    await user.upload(input, damaged);
    const refusal = await findByText(consoleRoot, 'Le fichier n’a pas été importé :');
    expect(refusal.getAttribute('role')).toBe('alert');
    const problems = within(refusal.parentElement as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toEqual(['ligne 3 : titre de note mal formé ; attendu « ## Titre {#session:identifiant} » ou « {#actor:identifiant} ».']);
    const good = new File(['## Intro {#session:introduction}\n\nbienvenue\n'], 'notes.md', { type: 'text/markdown' });
    await user.upload(input, good);
    await findByText(consoleRoot, '1 note(s) importée(s).');
    await user.click(getByRole(consoleRoot, 'button', { name: 'Présenter' }));
    await user.click(getByRole(consoleRoot, 'button', { name: 'Suivant →' }));
    expect((getByLabelText(consoleRoot, /^Notes sur la session : Introduction/) as HTMLTextAreaElement).value).toBe('bienvenue');
  });

  it('shows notes saved in another console window', async () => {
    const dbName = `two-consoles-${Math.random()}`;
    const link = hub();
    const [rootA, rootB] = [container(), container()];
    const a = mountConsole(rootA, { dataset, store: setupStore(), port: link.port(), notes: openNotesStore({ dbName, delay: 5, win: null }) });
    const b = mountConsole(rootB, { dataset, store: setupStore(), port: link.port(), notes: openNotesStore({ dbName, delay: 5, win: null }) });
    cleanups.push(() => {
      a.destroy();
      b.destroy();
    });
    await Promise.all([a.ready, b.ready]);
    const label = 'Notes sur Université Paris 8';
    await userEvent.type(getByLabelText(rootB, label), 'depuis la fenêtre B');
    const shown = getByLabelText(rootA, label) as HTMLTextAreaElement;
    await waitFor(() => expect(shown.value).toBe('depuis la fenêtre B'));
  });

  it('keeps both texts when another console saves the note being typed here, and offers to join them', async () => {
    const dbName = `conflict-${Math.random()}`;
    const link = hub();
    const [rootA, rootB] = [container(), container()];
    const a = mountConsole(rootA, { dataset, store: setupStore(), port: link.port(), notes: openNotesStore({ dbName, delay: 60_000, win: null }) });
    const b = mountConsole(rootB, { dataset, store: setupStore(), port: link.port(), notes: openNotesStore({ dbName, delay: 5, win: null }) });
    cleanups.push(() => {
      a.destroy();
      b.destroy();
    });
    await Promise.all([a.ready, b.ready]);
    const label = 'Notes sur Université Paris 8';
    const fieldA = getByLabelText(rootA, label) as HTMLTextAreaElement;
    await userEvent.type(fieldA, 'écrit dans A');
    // Meanwhile, in the other window (the focus stays in A's field):
    const fieldB = getByLabelText(rootB, label) as HTMLTextAreaElement;
    fieldB.value = 'écrit dans B';
    fieldB.dispatchEvent(new Event('input', { bubbles: true }));
    // A is still in its field: its text stays, B's is kept aside and the conflict is said.
    await findByText(rootA, /Modifiée dans une autre fenêtre/);
    expect(fieldA.value).toBe('écrit dans A');
    expect(within(rootA).getAllByDisplayValue('écrit dans B')).toHaveLength(1); // under "Notes récupérées"
    await userEvent.click(getByRole(rootA, 'button', { name: 'Garder les deux ici' }));
    expect(fieldA.value).toBe('écrit dans A\n\nécrit dans B');
  });

  it('shows a message at the length limit of a note', async () => {
    const { consoleRoot } = await setup();
    const field = getByLabelText(consoleRoot, 'Notes sur Université Paris 8') as HTMLTextAreaElement;
    expect(field.maxLength).toBe(100_000);
    field.value = 'x'.repeat(100_000);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await findByText(consoleRoot, /Limite atteinte : une note compte au plus/);
  });

  it('imports from a localised button, not the browser’s own file control', async () => {
    const { consoleRoot, user } = await setup();
    const button = getByRole(consoleRoot, 'button', { name: 'Importer des notes…' });
    const input = getByLabelText(consoleRoot, 'Importer un fichier de notes') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.hidden).toBe(true); // not shown, and out of the tab order: the button is the control
    expect(input.tabIndex).toBe(-1);
    let opened = 0;
    input.addEventListener('click', (e) => {
      opened += 1;
      e.preventDefault();
    });
    button.focus();
    await user.keyboard('{Enter}');
    expect(opened).toBe(1);
  });

  it('numbers sessions as the digit keys do, once, and leaves no gap under the current step', async () => {
    const { consoleRoot, user, audienceRoot } = await setup();
    await user.click(getByRole(audienceRoot, 'button', { name: 'Présenter' }));
    await user.keyboard('2');
    const current = currentStep(consoleRoot);
    await waitFor(() => expect(current.textContent).toContain('Session 2 sur 7 · Dynamique de réseaux au niveau local'));
    expect(current.textContent).not.toMatch(/Étape \d/);
    const steps = getByRole(consoleRoot, 'navigation', { name: 'Toutes les étapes' });
    const names = within(steps)
      .getAllByRole('button')
      .map((b) => b.textContent ?? '');
    expect(names[0]).toBe('Titre de l’atelier');
    expect(names.slice(1, 8).map((n) => n.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(names[8]).toBe('Le réseau complet');
    // the save status sits in the notes card, under "Vos notes", not between the cards
    const status = getByText(consoleRoot, (_c, e) => e?.classList.contains('console-save') ?? false);
    expect(status.closest('.console-notes')).not.toBeNull();
  });

  it('follows only its own presentation: another tab presenting the same data moves neither it nor an ordinary tab', async () => {
    const { audience, audienceRoot, store, link, user } = await setup();
    // an ordinary tab, not presenting, on the same channel
    const ordinaryRoot = container();
    const ordinaryTools = document.createElement('div');
    ordinaryRoot.append(ordinaryTools);
    const ordinary = setupStore();
    const o = mountPresenter({ dataset, store: ordinary, tools: ordinaryTools, stage: ordinaryRoot, port: link.port(), storage: null });
    // a second tab that opens #/?step=3: it presents on its own
    const otherRoot = container();
    const otherTools = document.createElement('div');
    otherRoot.append(otherTools);
    const other = setupStore();
    const b = mountPresenter({ dataset, store: other, tools: otherTools, stage: otherRoot, port: link.port(), storage: null });
    cleanups.push(() => {
      o.destroy();
      b.destroy();
    });
    other.update(goToStep(dataset, 3));
    await new Promise((r) => setTimeout(r, 20));
    expect(ordinary.get().step).toBeNull();
    expect(audience.get().step).toBeNull();
    expect(store.get().step).toBeNull();
    // the room's own presentation still reaches its console
    await user.click(getByRole(audienceRoot, 'button', { name: 'Présenter' }));
    await waitFor(() => expect(store.get().step).toBe(0));
    expect(other.get().step).toBe(3);
    expect(ordinary.get().step).toBeNull();
  });

  it('a duplicated room tab (same id kept in the tab’s storage) takes a fresh id, and the console stays with the first', async () => {
    const link = hub();
    const storage = window.sessionStorage;
    storage.clear();
    const mk = () => {
      const root = container();
      const tools = document.createElement('div');
      root.append(tools);
      const store = setupStore();
      return { root, store, presenter: mountPresenter({ dataset, store, tools, stage: root, port: link.port(), storage }) };
    };
    const first = mk();
    const consoleStore = setupStore();
    const view = mountConsole(container(), {
      dataset,
      store: consoleStore,
      port: link.port(),
      notes: openNotesStore({ dbName: `twin-${Math.random()}`, delay: 5, win: null }),
      presentation: first.presenter.channel.presentation(),
    });
    await new Promise((r) => setTimeout(r, 5));
    const twin = mk(); // joined later, same sessionStorage
    cleanups.push(() => {
      first.presenter.destroy();
      twin.presenter.destroy();
      view.destroy();
      storage.clear();
    });
    await waitFor(() => expect(twin.presenter.channel.presentation()).not.toBe(first.presenter.channel.presentation()));
    twin.store.update(goToStep(dataset, 5));
    first.store.update(goToStep(dataset, 2));
    await waitFor(() => expect(consoleStore.get().step).toBe(2));
    await new Promise((r) => setTimeout(r, 20));
    expect(consoleStore.get().step).toBe(2);
    expect(first.store.get().step).toBe(2);
  });
});
