// Drop a file anywhere on the page to open it: while a file is dragged over the page, a full-page
// overlay says what dropping will do.
import { translator, type Language } from '../i18n/t';
import { el } from './dom';
import { createLifecycle } from './lifecycle';

const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function createDropOverlay(options: { getLang: () => Language; onFile: (file: File) => void; target?: Window }) {
  const win = options.target ?? window;
  const text = el('p', {});
  const overlay = el('div', { class: 'drop-overlay', hidden: true, 'aria-live': 'assertive' }, text);
  document.body.append(overlay);
  let depth = 0;
  const show = (on: boolean) => {
    if (on) text.textContent = translator(options.getLang())('import.drop');
    overlay.hidden = !on;
  };
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    show(true);
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!hasFiles(e) && !file) return;
    e.preventDefault();
    depth = 0;
    show(false);
    if (file) options.onFile(file);
  };
  const life = createLifecycle();
  life.on(win, 'dragenter', onEnter);
  life.on(win, 'dragover', onOver);
  life.on(win, 'dragleave', onLeave);
  life.on(win, 'drop', onDrop);
  life.add(() => overlay.remove());
  return {
    update() {},
    destroy: life.destroy,
  };
}
