// Drop a file anywhere on the page to open it: while a file is dragged over the page, a full-page
// overlay says what dropping will do.
import { translator, type Language } from '../i18n/t';
import { el } from './dom';

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
  win.addEventListener('dragenter', onEnter);
  win.addEventListener('dragover', onOver);
  win.addEventListener('dragleave', onLeave);
  win.addEventListener('drop', onDrop);
  let destroyed = false;
  return {
    update() {},
    destroy() {
      if (destroyed) return;
      destroyed = true;
      win.removeEventListener('dragenter', onEnter);
      win.removeEventListener('dragover', onOver);
      win.removeEventListener('dragleave', onLeave);
      win.removeEventListener('drop', onDrop);
      overlay.remove();
    },
  };
}
