// Export the notes as one Markdown file (a download link built from a Blob) and import such a
// file back; an import that fails says why, line by line, and changes nothing. The import is a
// real button in the app's language that opens the file chooser of a hidden file input (the
// browser's own "Choose File" would speak its own language, not the page's).
import type { Dataset } from '../data/dataset';
import { translator, type Language } from '../i18n/t';
import { el, replaceChildren } from '../ui/dom';
import { describeProblem, exportNotes, importNotes } from './notesExport';
import type { NotesStore } from './notesStore';
import { createLifecycle } from '../ui/lifecycle';

let instances = 0;

/** A file's text: Blob.text() where there is one, else a FileReader (older engines, jsdom). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

export interface NotesFileOptions {
  readonly dataset: Dataset;
  readonly notes: NotesStore;
  readonly getLang: () => Language;
  readonly today?: () => Date;
}

export function createNotesFile(container: HTMLElement, { dataset, notes, getLang, today = () => new Date() }: NotesFileOptions) {
  const id = `notes-import-${++instances}`;
  const heading = el('h2', {});
  const exportLink = el('a', { class: 'notes-export', href: '#', download: 'maillage-notes.md' });
  const importButton = el('button', { type: 'button', class: 'notes-import-button', 'aria-controls': id });
  // Not focusable and not shown: the button above is the control; the input only holds the file.
  const input = el('input', { type: 'file', id, hidden: true, tabindex: -1, accept: '.md,.markdown,.txt,text/markdown,text/plain' });
  const status = el('div', { class: 'notes-file-status', role: 'status' });
  const root = el(
    'section',
    { class: 'console-card notes-file' },
    heading,
    el('p', {}, exportLink),
    el('p', { class: 'notes-import' }, importButton, input),
    status,
  );
  container.append(root);
  let objectUrl: string | null = null;

  function onExport(e: MouseEvent) {
    const text = exportNotes(dataset, notes.all(), getLang());
    if (typeof URL.createObjectURL !== 'function') {
      e.preventDefault();
      return;
    }
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
    exportLink.href = objectUrl;
    exportLink.download = `maillage-notes-${today().toISOString().slice(0, 10)}.md`;
  }

  async function onImport() {
    const file = input.files?.[0];
    if (!file) return;
    const t = translator(getLang());
    let text: string;
    try {
      text = await readText(file);
    } catch {
      replaceChildren(status, el('p', { role: 'alert' }, `${t('presenter.notesFile.refused')} ${t('presenter.import.unreadable')}`));
      return;
    } finally {
      input.value = '';
    }
    const result = importNotes(dataset, text);
    const lang = getLang();
    if (!result.ok) {
      replaceChildren(
        status,
        el('p', { role: 'alert' }, t('presenter.notesFile.refused')),
        el('ul', {}, ...result.problems.map((p) => el('li', {}, describeProblem(p, lang)))),
      );
      return;
    }
    const { written, keptAside } = await notes.merge(result.notes);
    replaceChildren(
      status,
      el('p', {}, t('presenter.notesFile.imported', { count: written.length })),
      keptAside.length > 0 && el('p', {}, t('presenter.notesFile.keptAside', { count: keptAside.length })),
      result.warnings.length > 0 && el('p', {}, t('presenter.notesFile.warnings')),
      result.warnings.length > 0 && el('ul', {}, ...result.warnings.map((p) => el('li', {}, describeProblem(p, lang)))),
    );
  }
  const onChange = () => void onImport();
  const onChoose = () => input.click();

  const life = createLifecycle();
  life.on(exportLink, 'click', onExport);
  life.on(importButton, 'click', onChoose);
  life.on(input, 'change', onChange);
  life.add(() => {
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = null;
    root.remove();
  });

  function update(lang: Language) {
    const t = translator(lang);
    heading.textContent = t('presenter.notesFile.heading');
    exportLink.textContent = t('presenter.notesFile.export');
    importButton.textContent = t('presenter.notesFile.importButton');
    input.setAttribute('aria-label', t('presenter.notesFile.import'));
  }
  update(getLang());

  return {
    update,
    destroy: life.destroy,
  };
}
