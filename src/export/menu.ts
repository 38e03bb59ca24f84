// The "Exporter / Export" control in the header: a button that opens a short list of formats, each a
// real button. A click builds the file (build.ts, loaded on first use) and downloads it; a status
// line says what happened. Escape or a click elsewhere closes the list.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from '../data/dataset';
import { translator, type MessageKey } from '../i18n/t';
import type { Store } from '../state/store';
import type { ViewState } from '../state/viewState';
import { el } from '../ui/dom';
import { downloadBlob } from './download';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import { createLifecycle } from '../ui/lifecycle';
import './export.css';

export interface ExportMenuOptions {
  readonly dataset: Dataset;
  readonly store: Store<ViewState>;
  readonly graph: ParentNode;
  readonly mapArea: ParentNode;
  readonly map: () => MapLibreMap | null;
  readonly now?: () => Date;
}

let menus = 0;

export function createExportMenu(container: HTMLElement, options: ExportMenuOptions) {
  const { dataset, store } = options;
  const id = `export-menu-${++menus}`;
  const toggle = el('button', { type: 'button', class: 'export-toggle', 'aria-expanded': 'false', 'aria-controls': id });
  const dataHeading = el('h2', { class: 'export-heading', id: `${id}-data` });
  const pictureHeading = el('h2', { class: 'export-heading', id: `${id}-pictures` });
  const buttons = new Map<ExportFormat, HTMLButtonElement>(
    EXPORT_FORMATS.map((f) => [f.id, el('button', { type: 'button', class: 'export-format', 'data-format': f.id })]),
  );
  const list = (group: 'data' | 'picture', heading: HTMLElement) =>
    el(
      'ul',
      { class: 'export-list', 'aria-labelledby': heading.id },
      ...EXPORT_FORMATS.filter((f) => f.group === group).map((f) => el('li', {}, buttons.get(f.id) ?? null)),
    );
  const status = el('p', { class: 'export-status', role: 'status' });
  const panel = el(
    'div',
    { class: 'export-panel', id, role: 'group', hidden: true },
    dataHeading,
    list('data', dataHeading),
    pictureHeading,
    list('picture', pictureHeading),
    status,
  );
  const root = el('div', { class: 'export-menu' }, toggle, panel);
  container.append(root);

  let busy = false;
  const t = () => translator(store.get().lang);

  function setOpen(open: boolean, focusToggle = false) {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) buttons.get('geojson')?.focus();
    else if (focusToggle) toggle.focus();
  }

  async function run(format: ExportFormat) {
    if (busy) return;
    busy = true;
    root.setAttribute('aria-busy', 'true');
    status.textContent = t()('export.status.working');
    try {
      const [{ buildExport }] = await Promise.all([import('./build')]);
      const state = store.get();
      const file = await buildExport(format, {
        dataset,
        lang: state.lang,
        dark: state.theme === 'projector-dark',
        graph: options.graph,
        mapArea: options.mapArea,
        map: options.map,
        now: options.now ?? (() => new Date()),
      });
      downloadBlob(file.blob, file.name);
      status.textContent = t()('export.status.done', { name: file.name });
    } catch (error) {
      const reason = error instanceof Error && (error.message === 'noMap' || error.message === 'noGraph') ? error.message : null;
      status.textContent = reason ? t()(`export.status.${reason}`) : t()('export.status.failed');
      if (!reason) console.error('Export failed:', error);
    } finally {
      busy = false;
      root.removeAttribute('aria-busy');
    }
  }

  const onToggle = () => setOpen(panel.hidden);
  const onPanelClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-format]') : null;
    const format = EXPORT_FORMATS.find((f) => f.id === button?.dataset.format)?.id;
    if (format) void run(format);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      setOpen(false, true);
    }
  };
  const onOutside = (event: PointerEvent) => {
    if (!panel.hidden && event.target instanceof Node && !root.contains(event.target)) setOpen(false);
  };
  const life = createLifecycle();
  life.on(toggle, 'click', onToggle);
  life.on(panel, 'click', onPanelClick);
  life.on(root, 'keydown', onKey);
  life.on(document, 'pointerdown', onOutside);

  function update(state: ViewState) {
    const tr = translator(state.lang);
    toggle.textContent = tr('export.button');
    dataHeading.textContent = tr('export.group.data');
    pictureHeading.textContent = tr('export.group.pictures');
    panel.setAttribute('aria-label', tr('export.panel'));
    for (const [format, button] of buttons) button.textContent = tr(`export.format.${format}` as MessageKey);
  }
  life.add(store.subscribe(update));
  life.add(() => root.remove());
  update(store.get());

  return { update, destroy: life.destroy };
}
