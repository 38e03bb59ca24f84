// "Ouvrir des données / Open data": a dialog with a file picker, the reading's progress, the
// problems of a file that could not be opened (the data on screen stays), and "My data", the
// datasets kept in this browser, each to reopen or remove. The shipped workshop is one click away.
import type { Dataset } from '../data/dataset';
import type { OpenOutcome } from '../import/workerClient';
import { describeProblem } from '../import/describe';
import { MAX_BYTES, formatSize } from '../import/limits';
import type { ImportProblem } from '../import/problem';
import type { DatasetStorage, SavedMeta } from '../import/storage';
import type { UnresolvedPlace } from '../import/types';
import type { GeocodingReport } from '../geocode/placeDataset';
import { translator, type Language } from '../i18n/t';
import { el, replaceChildren } from './dom';
import { createLifecycle } from './lifecycle';

/** A file's bytes (FileReader where Blob.arrayBuffer is missing, as in older engines and jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error('not a file')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

export const ACCEPT = '.csv,.tsv,.txt,.xlsx,.gexf,.json,.zip';

export interface Opened {
  readonly dataset: Dataset;
  readonly name: string;
  /** Where it is kept; null when this browser could not keep it. */
  readonly kept: SavedMeta | null;
  /** True when it was just read from a file (false when reopened from My data). */
  readonly fresh: boolean;
  readonly unresolvedPlaces: readonly UnresolvedPlace[];
  /** What the offline gazetteer placed, found ambiguous or did not know (null when not needed). */
  readonly geocoding?: GeocodingReport | null;
}

export interface OpenDataOptions {
  readonly getLang: () => Language;
  readonly storage: DatasetStorage;
  /** The kept dataset on screen, if any (marked in the list). */
  readonly currentId: () => string | null;
  readonly onOpened: (opened: Opened) => void;
  readonly now?: () => Date;
  readonly workshopHref?: string;
}

export function createOpenData(options: OpenDataOptions) {
  const { storage, now = () => new Date(), workshopHref = './' } = options;
  const heading = el('h2', { id: 'open-data-title' });
  const close = el('button', { type: 'button', class: 'dialog-close' }, '×');
  const intro = el('p', { class: 'muted' });
  const input = el('input', { type: 'file', accept: ACCEPT, id: 'open-data-file' });
  const pickLabel = el('label', { for: 'open-data-file', class: 'file-label' });
  const dropHint = el('p', { class: 'muted' });
  const progressLabel = el('label', { for: 'open-data-progress' });
  const progress = el('progress', { id: 'open-data-progress', max: 1, value: 0 });
  const progressBox = el('div', { class: 'open-progress', hidden: true }, progressLabel, progress);
  const problemsBox = el('div', { class: 'open-problems', role: 'alert', tabindex: 0 });
  const myTitle = el('h3', { id: 'my-data-title' });
  const myList = el('ul', { class: 'my-data', 'aria-labelledby': 'my-data-title' });
  const myStatus = el('p', { class: 'muted', role: 'status' });
  const workshop = el('a', { href: workshopHref, class: 'workshop-link' });
  // A filled-in template to start from (issue 9): the workshop as a workbook and as CSV.
  const templateXlsx = el('a', { class: 'template-link', download: '' });
  const templateCsv = el('a', { class: 'template-link', download: '' });
  const templates = el('p', { class: 'muted' });
  const dialog = el(
    'dialog',
    { class: 'open-data', 'aria-labelledby': 'open-data-title' },
    el('div', { class: 'dialog-head' }, heading, close),
    intro,
    templates,
    el('p', {}, pickLabel, input),
    dropHint,
    progressBox,
    problemsBox,
    el('section', { class: 'my-data-section' }, myTitle, myStatus, myList),
    el('p', {}, workshop),
  );
  document.body.append(dialog);
  let busy = false;

  const t = () => translator(options.getLang());

  function renderTexts() {
    const tr = t();
    heading.textContent = tr('import.title');
    close.setAttribute('aria-label', tr('import.close'));
    intro.textContent = tr('import.intro');
    const fr = options.getLang() === 'fr';
    const stem = fr ? 'maillage-modele' : 'maillage-template';
    templateXlsx.href = `${import.meta.env.BASE_URL}templates/${stem}.xlsx`;
    templateXlsx.textContent = tr('template.xlsx');
    templateCsv.href = `${import.meta.env.BASE_URL}templates/${stem}-${fr ? 'reseau' : 'network'}.csv`;
    templateCsv.textContent = tr('template.csv');
    replaceChildren(templates, `${tr('template.intro')} `, templateXlsx, ' · ', templateCsv);
    pickLabel.textContent = tr('import.pick');
    dropHint.textContent = tr('import.dropHint');
    myTitle.textContent = tr('import.myData');
    workshop.textContent = tr('import.workshop');
    dialog.lang = options.getLang();
  }

  async function renderList() {
    const tr = t();
    const lang = options.getLang();
    const items = await storage.list();
    myStatus.textContent = items === null ? tr('import.myDataUnavailable') : items.length === 0 ? tr('import.myDataEmpty') : '';
    const current = options.currentId();
    replaceChildren(
      myList,
      ...(items ?? []).map((meta) => {
        const open = el('button', { type: 'button', class: 'my-data-open', 'aria-label': tr('import.openSaved', { name: meta.name }) }, meta.name);
        const remove = el(
          'button',
          { type: 'button', class: 'my-data-remove', 'aria-label': tr('import.remove', { name: meta.name }) },
          tr('import.removeShort'),
        );
        open.addEventListener('click', () => void openSaved(meta));
        remove.addEventListener('click', () => void removeSaved(meta));
        const date = new Date(meta.savedAt).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
        return el(
          'li',
          {},
          open,
          el(
            'span',
            { class: 'muted' },
            ` ${tr('import.savedMeta', { size: formatSize(meta.size, lang), date })}${meta.id === current ? ` ${tr('import.current')}` : ''}`,
          ),
          remove,
        );
      }),
    );
  }

  function showProblems(name: string, problems: readonly ImportProblem[]) {
    const tr = t();
    replaceChildren(
      problemsBox,
      el('p', {}, tr('import.problemsTitle', { name, count: problems.length })),
      el('ul', { class: 'data-problems-list' }, ...problems.map((p) => el('li', {}, el('code', {}, describeProblem(p, tr))))),
    );
  }

  function open() {
    renderTexts();
    void renderList();
    if (!dialog.open) dialog.showModal();
  }

  async function openFile(file: File) {
    if (busy) return;
    busy = true;
    open();
    replaceChildren(problemsBox);
    progressLabel.textContent = t()('import.reading', { name: file.name });
    progress.value = 0;
    progressBox.hidden = false;
    try {
      if (file.size > MAX_BYTES) {
        showProblems(file.name, [
          { file: file.name, code: 'tooBig', params: { size: formatSize(file.size, options.getLang()), max: formatSize(MAX_BYTES, options.getLang()) } },
        ]);
        return;
      }
      const bytes = await readBytes(file);
      const { openBytes } = await import('../import/client');
      const outcome = await openBytes({ name: file.name, bytes, contentType: file.type }, (done) => {
        progress.value = done;
      });
      if (!outcome.ok) {
        showProblems(file.name, outcome.problems);
        return;
      }
      // Places named without coordinates: the offline gazetteer, fetched only now (issue 9).
      let { dataset, text } = outcome;
      let geocoding: GeocodingReport | null = null;
      if (outcome.unresolvedPlaces.length > 0) {
        progressLabel.textContent = t()('geocode.working');
        const [{ resolvePlaces }, { loadGazetteer }] = await Promise.all([import('../geocode/resolveOpened'), import('../geocode/load')]);
        const resolved = await resolvePlaces(file.name, JSON.parse(text) as unknown, outcome.unresolvedPlaces, () => loadGazetteer());
        if (resolved.ok) ({ dataset, text, report: geocoding } = resolved);
        else console.warn('Places could not be looked up:', resolved.error);
      }
      const saved = await storage.save({ name: file.name, size: file.size, text }, now());
      dialog.close();
      options.onOpened({ dataset, name: file.name, kept: saved.ok ? saved.meta : null, fresh: true, unresolvedPlaces: outcome.unresolvedPlaces, geocoding });
    } catch (error) {
      showProblems(file.name, [{ file: file.name, code: 'unreadable', params: { reason: error instanceof Error ? error.message : String(error) } }]);
    } finally {
      busy = false;
      progressBox.hidden = true;
      input.value = '';
    }
  }

  async function openSaved(meta: SavedMeta) {
    if (busy) return;
    busy = true;
    try {
      await reopen(meta);
    } finally {
      busy = false;
    }
  }

  async function reopen(meta: SavedMeta) {
    replaceChildren(problemsBox);
    const text = await storage.read(meta.id);
    if (text === null) {
      showProblems(meta.name, [{ file: meta.name, code: 'unreadable', params: { reason: t()('import.missingSaved') } }]);
      void renderList();
      return;
    }
    // Checked again in the import worker and indexed in slices, as a fresh file is.
    progressLabel.textContent = t()('import.reading', { name: meta.name });
    progress.removeAttribute('value');
    progressBox.hidden = false;
    let outcome: OpenOutcome;
    try {
      const { openKeptText } = await import('../import/openKept');
      outcome = await openKeptText(meta.name, text);
    } catch (error) {
      outcome = { ok: false, problems: [{ file: meta.name, code: 'unreadable', params: { reason: error instanceof Error ? error.message : String(error) } }] };
    } finally {
      progressBox.hidden = true;
    }
    if (!outcome.ok) {
      showProblems(meta.name, outcome.problems);
      return;
    }
    dialog.close();
    options.onOpened({ dataset: outcome.dataset, name: meta.name, kept: meta, fresh: false, unresolvedPlaces: [] });
  }

  async function removeSaved(meta: SavedMeta) {
    await storage.remove(meta.id);
    await renderList();
    myStatus.textContent = t()('import.removed', { name: meta.name });
  }

  const onChange = () => {
    const file = input.files?.[0];
    if (file) void openFile(file);
  };
  const onClose = () => dialog.close();
  const life = createLifecycle();
  life.on(input, 'change', onChange);
  life.on(close, 'click', onClose);
  life.add(() => dialog.remove());

  return {
    open,
    openFile,
    /** The header's "Open data" button; call again when the language changes. */
    button(container: HTMLElement) {
      const button = el('button', { type: 'button', class: 'open-data-button', 'aria-haspopup': 'dialog' });
      const label = (lang: Language = options.getLang()) => {
        button.textContent = translator(lang)('import.open');
      };
      label();
      button.addEventListener('click', open);
      container.prepend(button);
      return {
        update: label,
        focus: () => button.focus(),
        destroy() {
          button.removeEventListener('click', open);
          button.remove();
        },
      };
    },
    update() {
      renderTexts();
    },
    destroy: life.destroy,
  };
}
export type OpenData = ReturnType<typeof createOpenData>;
