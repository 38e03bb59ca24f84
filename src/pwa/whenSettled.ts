// Runs work that the page does not need to show itself (setting up the offline copy) once the
// load is over: after the window's load event, at the first idle moment when nothing on the page
// is busy (the graph laid out, the map drawn: both say aria-busy until then), or at the latest
// `deadlineMs` after the load event. The service worker's install fetches and caches every file of
// the app; during the load it took the two cores the graph's and the map's first drawings need.
// Returns a function that cancels it; safe to call twice.

export interface WhenSettledOptions {
  /** Where to look for busy parts (by default, the document). */
  readonly root?: ParentNode;
  /** The longest wait after the load event, in ms: a part that stays busy (a map that waits for
   * its tab on a phone) does not keep the work away. */
  readonly deadlineMs?: number;
  /** How long to wait for an idle moment each time, in ms. */
  readonly idleTimeoutMs?: number;
}

const DEADLINE_MS = 6000;
const IDLE_TIMEOUT_MS = 1000;

export function whenSettled(
  run: () => void,
  { root = document, deadlineMs = DEADLINE_MS, idleTimeoutMs = IDLE_TIMEOUT_MS }: WhenSettledOptions = {},
): () => void {
  let done = false;
  let deadline: ReturnType<typeof setTimeout> | null = null;
  let idleHandle: number | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    done = true;
    window.removeEventListener('load', onLoad);
    if (deadline !== null) clearTimeout(deadline);
    if (idleHandle !== null) cancelIdleCallback(idleHandle);
    if (idleTimer !== null) clearTimeout(idleTimer);
    deadline = idleHandle = idleTimer = null;
  };
  const go = () => {
    if (done) return;
    cancel();
    run();
  };
  const busy = () => root.querySelector('[aria-busy="true"]') !== null;
  /** At the next idle moment: run if nothing is busy, else look again at the one after. */
  const nextIdle = () => {
    if (done) return;
    const check = () => {
      idleHandle = idleTimer = null;
      if (busy()) nextIdle();
      else go();
    };
    if (typeof requestIdleCallback === 'function') idleHandle = requestIdleCallback(check, { timeout: idleTimeoutMs });
    else idleTimer = setTimeout(check, Math.min(idleTimeoutMs, 500));
  };
  function onLoad() {
    window.removeEventListener('load', onLoad);
    if (done) return;
    deadline = setTimeout(go, deadlineMs);
    nextIdle();
  }
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad);
  return cancel;
}
