// The order in which the workshop comes on screen at load (issue 11, Lighthouse desktop): the
// graph's rings with the page, where the layout leaves them, its nodes over them; the offline copy
// set up only once the graph is drawn.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

interface Rings {
  /** Each ring's radii, outermost first. */
  readonly radii: string[];
  /** The drawing's zoom and pan. */
  readonly transform: string | null;
  /** The ring captions' words. */
  readonly captions: string[];
  /** How many nodes were drawn. */
  readonly nodes: number;
}

declare global {
  interface Window {
    firstRings?: Rings;
    registeredWhen?: { nodes: number; loaded: boolean };
  }
}

/** The graph's rings as drawn now. */
const ringsNow = (page: Page) =>
  page.evaluate(() => {
    const bands = [...document.querySelectorAll('#graph ellipse[data-band]')];
    return {
      radii: bands.map((e) => `${e.getAttribute('rx')}/${e.getAttribute('ry')}`),
      transform: bands[0]?.closest('g[transform]')?.getAttribute('transform') ?? null,
      captions: [...document.querySelectorAll('#graph [data-ring]')].map((t) => t.textContent ?? ''),
      nodes: document.querySelectorAll('#graph [data-node]').length,
    };
  });

describe('the workshop at load', () => {
  it('draws the rings before the nodes, where they stay once the nodes and the captions come', async () => {
    const page = await browser().newPage({ viewport: { width: 1350, height: 940 } });
    const watched = watch(page);
    // The rings as first drawn, noted by the page itself as soon as they are there.
    await page.addInitScript(() => {
      const note = () => {
        if (window.firstRings) return;
        const bands = [...document.querySelectorAll('#graph ellipse[data-band]')];
        if (bands.length === 0) return;
        window.firstRings = {
          radii: bands.map((e) => `${e.getAttribute('rx')}/${e.getAttribute('ry')}`),
          transform: bands[0]?.closest('g[transform]')?.getAttribute('transform') ?? null,
          captions: [...document.querySelectorAll('#graph [data-ring]')].map((t) => t.textContent ?? ''),
          nodes: document.querySelectorAll('#graph [data-node]').length,
        };
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(inject('baseURL'));
    await page.locator('#graph [data-node]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.querySelector('#graph [aria-busy="true"]'));
    const first = await page.evaluate(() => window.firstRings);
    const last = await ringsNow(page);
    // Ahead of the layout: the rings alone, with no words yet (captions are placed off the nodes).
    expect(first?.nodes).toBe(0);
    expect(first?.captions.every((c) => c === '')).toBe(true);
    // Then the graph, over rings that have not moved.
    expect(last.nodes).toBe(16);
    expect(last.radii).toHaveLength(7);
    expect(first?.radii).toEqual(last.radii);
    expect(first?.transform).toEqual(last.transform);
    expect(last.captions).toContain('Local');
    expect(last.captions).toContain('Mondial');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  // The workshop is in the app; a dataset named by the address is fetched and checked first, while
  // the page waits idle: the offline copy (whose install takes seconds of a core) waits for it too.
  for (const [name, query, nodes] of [
    ['the workshop', '', 16],
    ['a dataset named by the address', '?data=synthetic/places-3k.json', null],
  ] as const) {
    it(`sets up the offline copy after the load, once the graph is drawn: ${name}`, async () => {
      const context = await browser().newContext({ viewport: { width: 1350, height: 940 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const container = navigator.serviceWorker;
        const register = container.register.bind(container);
        container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
          window.registeredWhen ??= { nodes: document.querySelectorAll('#graph [data-node]').length, loaded: document.readyState === 'complete' };
          return register(...args);
        };
      });
      await page.goto(`${inject('baseURL')}${query}`);
      const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
      expect(['activating', 'activated']).toContain(state);
      const when = await page.evaluate(() => window.registeredWhen);
      expect(when?.loaded).toBe(true);
      if (nodes === null) expect(when?.nodes).toBeGreaterThan(0);
      else expect(when?.nodes).toBe(nodes);
      await context.close();
    });
  }
});
