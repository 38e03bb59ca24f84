// The bench's probe, injected by scripts/bench-browser.ts into every page it measures (the app and
// the peers alike) before any of the page's own scripts run. It watches from outside: no page
// exposes a hook for it. Plain JavaScript, so that it reaches the page as written.
//
// What it records, all on the page's clock (performance.now(), ms since navigation start):
// - long tasks (PerformanceObserver 'longtask', buffered), and the scripts that ran in long
//   animation frames ('long-animation-frame', where Chromium has it): which file held the page;
// - graph activity inside the element named by window.__BENCH_GRAPH (a CSS selector): the first and
//   last draw call on a canvas there (2D or WebGL, by wrapping the contexts' draw methods) and the
//   first and last DOM mutation there (SVG); the first drawing is the first draw call or the first
//   SVG shape with a size;
// - frame times: requestAnimationFrame timestamps while recording;
// - click to selection: the pointerdown's timeStamp to the first paint after the element named by
//   window.__BENCH_DETAILS changes.
(() => {
  const graphSelector = window.__BENCH_GRAPH || 'body';
  // Parts of the graph element that are not its drawing (the app's legend): not a first drawing.
  const asideSelector = window.__BENCH_ASIDE || null;
  const detailsSelector = window.__BENCH_DETAILS || 'body';
  const state = {
    longTasks: [],
    scripts: [],
    firstDraw: null,
    lastActivity: null,
    activityCount: 0,
    frames: [],
    recording: false,
  };
  let frameId = 0;

  // Long task entries reach an observer's callback late, sometimes tens of seconds after a long
  // task on a busy page: load() takes the pending ones with takeRecords().
  const addTasks = (entries) => {
    for (const entry of entries) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  let longTaskObserver = null;
  try {
    longTaskObserver = new PerformanceObserver((list) => addTasks(list.getEntries()));
    longTaskObserver.observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task support: the fields stay empty
  }

  // A long animation frame lists the scripts (over 5 ms) that ran in it, with the file each came
  // from: what lets the bench tell the page's own code from a library's in a long task.
  const addScripts = (entries) => {
    for (const entry of entries) {
      for (const script of entry.scripts || [])
        state.scripts.push({
          start: script.startTime,
          duration: script.duration,
          source: script.sourceURL || '',
          // Which function (or, for a callback, what called it: a timer, a frame, an event).
          name: script.sourceFunctionName || script.invoker || '',
        });
    }
  };
  let frameObserver = null;
  try {
    frameObserver = new PerformanceObserver((list) => addScripts(list.getEntries()));
    frameObserver.observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no long animation frame support: no scripts listed
  }

  const inGraph = (canvas) => {
    if (canvas.__benchFrame !== frameId) {
      canvas.__benchFrame = frameId;
      canvas.__benchInGraph = typeof canvas.closest === 'function' && canvas.isConnected && canvas.closest(graphSelector) !== null;
    }
    return canvas.__benchInGraph;
  };
  const activity = () => {
    const now = performance.now();
    if (state.firstDraw === null) state.firstDraw = now;
    state.lastActivity = now;
    state.activityCount++;
  };
  const wrap = (proto, names) => {
    if (!proto) return;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        if (this.canvas && inGraph(this.canvas)) activity();
        return original.apply(this, args);
      };
    }
  };
  wrap(window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype, ['fill', 'stroke', 'fillRect', 'fillText', 'drawImage', 'putImageData']);
  wrap(window.WebGLRenderingContext && WebGLRenderingContext.prototype, ['drawArrays', 'drawElements']);
  wrap(window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']);

  // SVG (or HTML) drawing: mutations inside the graph element; the first drawing is the first shape
  // with a size, checked once a frame until found.
  let observed = null;
  const mutations = new MutationObserver(() => {
    state.lastActivity = performance.now();
    state.activityCount++;
  });
  const shapes = 'svg path, svg circle, svg rect, svg line, svg use, svg polygon, svg ellipse';
  const lookForShapes = () => {
    const root = document.querySelector(graphSelector);
    if (!root) return;
    if (observed !== root) {
      mutations.disconnect();
      mutations.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      observed = root;
    }
    if (state.firstDraw !== null) return;
    for (const shape of root.querySelectorAll(shapes)) {
      if (asideSelector && shape.closest(asideSelector)) continue;
      const box = shape.getBoundingClientRect();
      if (box.width > 0 || box.height > 0) {
        state.firstDraw = performance.now();
        break;
      }
    }
  };

  let watching = true;
  let looping = false;
  const tick = (time) => {
    frameId++;
    if (state.recording) state.frames.push(time);
    if (watching) lookForShapes();
    looping = watching || state.recording;
    if (looping) requestAnimationFrame(tick);
  };
  const loop = () => {
    if (looping) return;
    looping = true;
    requestAnimationFrame(tick);
  };
  loop();

  const afterNextPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

  window.__bench = {
    /** Load-phase figures: first drawing, last activity so far, long tasks. */
    load() {
      if (longTaskObserver) addTasks(longTaskObserver.takeRecords());
      if (frameObserver) addScripts(frameObserver.takeRecords());
      return {
        now: performance.now(),
        firstDraw: state.firstDraw,
        lastActivity: state.lastActivity,
        activityCount: state.activityCount,
        longTasks: state.longTasks.slice(),
        scripts: state.scripts.slice(),
        domElements: document.getElementsByTagName('*').length,
        // A page that says its graph is still busy (aria-busy, as the app's does while its layout
        // runs) is not settled, however long it waits between two drawings.
        busy: document.querySelector(`${graphSelector} [aria-busy="true"], ${graphSelector}[aria-busy="true"]`) !== null,
      };
    },
    /** Stops the per-frame watching of the load phase (no cost left during interactions). */
    stopWatching() {
      watching = false;
    },
    startFrames() {
      // The start counts as a frame's edge: a page blocked through the whole input still shows
      // one long frame, from the start to its first frame.
      state.frames = [performance.now()];
      state.recording = true;
      loop();
      return performance.now();
    },
    /** Waits for one more frame (so a blocked frame's gap is counted), then stops and returns them. */
    async stopFrames() {
      const last = await new Promise((resolve) => requestAnimationFrame(resolve));
      state.recording = false;
      if (state.frames[state.frames.length - 1] !== last) state.frames.push(last);
      return { frames: state.frames.slice(), now: performance.now() };
    },
    /** Arms the click measure; resolves with { clickAt, shownAt } once the details change, or null after `timeout` ms. */
    armClick(timeout) {
      return new Promise((resolve) => {
        let clickAt = null;
        let timer = 0;
        const details = document.querySelector(detailsSelector);
        if (!details) return resolve({ error: `no element ${detailsSelector}` });
        const before = details.textContent;
        const onDown = (event) => {
          clickAt = event.timeStamp;
        };
        window.addEventListener('pointerdown', onDown, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (clickAt === null || details.textContent === before) return;
          observer.disconnect();
          clearTimeout(timer);
          const changedAt = performance.now();
          void afterNextPaint().then((shownAt) => resolve({ clickAt, changedAt, shownAt, text: details.textContent.slice(0, 80) }));
        });
        observer.observe(details, { subtree: true, childList: true, characterData: true, attributes: true });
        timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, timeout);
      });
    },
    afterNextPaint,
    /** The centre of the largest node the graph shows as an on-screen element with role button, or null. */
    domNodePoint() {
      const area = document.querySelector(graphSelector);
      if (!area) return null;
      const frame = area.getBoundingClientRect();
      let best = null;
      for (const node of area.querySelectorAll('svg [role="button"]')) {
        const box = node.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const inside = x > frame.left + 4 && x < frame.right - 4 && y > frame.top + 4 && y < frame.bottom - 4;
        if (inside && box.width > 2 && (!best || box.width * box.height > best.size)) best = { x, y, size: box.width * box.height };
      }
      return best && { x: best.x, y: best.y };
    },
  };
})();
