// The hostile corpus (tests/fixtures/hostile/, issue 14) thrown at the built app the way a person or
// an attacker would: datasets through "Open data" and through `?data=`, session notes inside a
// dataset, notes files through the presenter console's import, basemap styles through `?basemap=`,
// and presenter-channel messages from another tab of the site. For each item: nothing runs (no
// script sets window.__pwned, no dialog opens, Object.prototype stays clean), nothing leaves the
// origin, nothing on screen is lost, the refusal is shown to the person, and the page stays
// responsive while it refuses (no long task over a second, by the browser's own Long Tasks API).
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { useBrowser, watch, type Watched } from './browser';
import { contentTypeOf, corpusFile, corpusFixtures, corpusPath, servedFile, type CorpusFile } from './hostileCorpus';

const browser = useBrowser();
/** The longest main-thread task allowed while bad input is refused. */
const LONG_TASK_MS = 1000;

interface Guarded {
  readonly page: Page;
  readonly watched: Watched;
  readonly dialogs: string[];
}

/** A context whose pages record their long tasks from the first script on. */
async function guardedContext(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const context = await browser().newContext({ viewport });
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API: nothing recorded, and the test below says so
    }
  });
  return context;
}

function guard(page: Page): Guarded {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, watched: watch(page), dialogs };
}

/** Serves the corpus beside the app, same origin, under /hostile/ (recipes made on the fly). */
async function serveCorpus(page: Page, base: string) {
  await page.route(`${base}hostile/**`, (route: Route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.split('/hostile/')[1] ?? '');
    const file = servedFile(path, ['datasets', 'notes', 'styles']);
    // A note's English version is optional: a file that is not there is a 404, as on a server.
    if (!file) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: file.bytes, contentType: contentTypeOf(file.name) });
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** Long tasks (ms) that overlapped [since, now]; waits a moment so the observer has reported. */
async function longTasksSince(page: Page, since: number): Promise<number[]> {
  const until = await now(page);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return page.evaluate(
    ([from, to]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((t) => t.start < to && t.start + t.duration > from)
        .map((t) => Math.round(t.duration)),
    [since, until] as const,
  );
}

/** Nothing ran, nothing opened a dialog, nothing polluted the prototypes, nothing left the origin. */
async function expectNothingRanOrLeft(g: Guarded, base: string, what: string) {
  const state = await g.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    polluted: (({} as Record<string, unknown>).polluted as unknown) ?? null,
    scripts: document.querySelectorAll('#app script, dialog script, #app iframe, #app object, #app embed').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
  }));
  expect(state, what).toEqual({ pwned: null, polluted: null, scripts: 0, handlers: 0, jsLinks: 0 });
  expect(g.dialogs, what).toEqual([]);
  const origin = new URL(base).origin;
  expect(
    g.watched.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')),
    what,
  ).toEqual([]);
}

/** Waits for the page to finish starting (the map drawn, when there is one, then a second and a
 * half with no long task), so that what is measured next is the refusal, not the page's own start. */
async function settle(page: Page) {
  const map = page.locator('.view-map [data-state="ready"]');
  if ((await page.locator('.view-map').count()) > 0) await map.first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      const last = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - last > 1500;
    },
    null,
    { timeout: 60_000, polling: 250 },
  );
}

/** The longest task seen while each item was refused, printed at the end (for the record, not asserted). */
const longest = new Map<string, number>();
afterAll(() => {
  const top = [...longest].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`longest main-thread tasks while refusing, ms: ${top.map(([what, ms]) => `${what} ${ms}`).join(', ')}`);
});

async function expectResponsive(page: Page, since: number, what: string) {
  const tasks = await longTasksSince(page, since);
  longest.set(what, Math.max(longest.get(what) ?? 0, ...tasks));
  expect(
    tasks.filter((d) => d > LONG_TASK_MS),
    `${what}: long tasks ${tasks.join(', ')} ms`,
  ).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Datasets

type DatasetOutcome =
  /** Refused, with this problem in the list shown. */
  | { readonly refused: RegExp }
  /** Opened, its hostile text shown as text: this in the page's first heading, and `text` in the page. */
  | { readonly shown: string; readonly text?: string };

const DATASETS: Readonly<Record<string, DatasetOutcome>> = {
  // The XML reader expands no entity, internal or external: the names keep them as written.
  'datasets/billion-laughs.gexf': { shown: 'billion-laughs', text: '&lol9;' },
  'datasets/dangling-and-duplicate-ids.json': { refused: /duplicate id "ville-a"/ },
  'datasets/deeply-nested.recipe.json': { refused: /event — expected object, got (\[\[\[|an array nested too deeply to show)/ },
  'datasets/external-entity.gexf': { shown: 'external-entity', text: 'Ville A &xxe;' },
  'datasets/formula-injection.csv': { shown: 'formula-injection', text: '=HYPERLINK' },
  'datasets/huge-field.recipe.json': { refused: /at most 50,000 characters \(got "x+… \(2,000,002 characters\)\)/ },
  'datasets/huge-id.recipe.json': { refused: /actors\[0\]\.id — at most 200 characters/ },
  'datasets/huge-string.recipe.json': { refused: /at most 50,000 characters \(got "A+… \(2,000,002 characters\)\)/ },
  'datasets/image.svg': { refused: /format non reconnu|format not recognised/ },
  'datasets/javascript-source-url.json': { refused: /http\(s\)/ },
  'datasets/prototype-pollution.json': { refused: /__proto__ — unknown key/ },
  'datasets/script-in-texts.json': { shown: 'Atelier piégé <script>' },
  'datasets/too-many.recipe.json': { refused: /people — at most 50,000 people/ },
};

describe('hostile datasets', () => {
  it('lists every dataset of the corpus here', () => {
    expect(corpusFixtures('datasets')).toEqual(Object.keys(DATASETS).sort());
  });

  it('refuses each bad file opened with "Open data", with its problems listed, and keeps the data on screen', async () => {
    const base = inject('baseURL');
    const context = await guardedContext();
    const g = guard(await context.newPage());
    const { page } = g;
    await page.goto(base);
    const heading = page.getByRole('heading', { level: 1 }).first();
    await heading.waitFor();
    const before = await heading.textContent();
    expect(await page.evaluate(() => 'PerformanceObserver' in window && PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true);
    await settle(page);

    const refused = Object.entries(DATASETS).filter((e): e is [string, { refused: RegExp }] => 'refused' in e[1]);
    for (const [fixture, outcome] of refused) {
      const file = corpusFile(fixture);
      await page.getByRole('button', { name: 'Ouvrir des données' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ouvrir des données' });
      const problems = dialog.getByRole('alert').filter({ hasText: `« ${file.name} » n’a pas été ouvert` });
      const since = await now(page);
      await dialog.getByLabel('Choisir un fichier').setInputFiles(corpusPath(fixture));
      await problems.waitFor({ timeout: 60_000 });
      await expectResponsive(page, since, fixture);
      await expect(problems.getByRole('listitem').first().textContent(), fixture).resolves.toMatch(outcome.refused);
      await expectNothingRanOrLeft(g, base, fixture);
      await dialog.getByRole('button', { name: 'Fermer' }).click();
      await expect(heading.textContent(), fixture).resolves.toBe(before);
    }
    await page.screenshot({ path: 'test-results/hostile-datasets-refused.png' });
    await context.close();
  });

  it('refuses each bad dataset named in a ?data= link with its problems listed, and shows hostile text only as text', async () => {
    const base = inject('baseURL');
    const context = await guardedContext();
    const g = guard(await context.newPage());
    const { page } = g;
    await serveCorpus(page, base);
    for (const [fixture, outcome] of Object.entries(DATASETS)) {
      const file = corpusFile(fixture);
      await page.goto('about:blank');
      await page.goto(`${base}?data=hostile/${encodeURIComponent(file.served)}`);
      const since = 0; // from the page's start to the verdict
      if ('refused' in outcome) {
        const alert = page.getByRole('alert').filter({ hasText: 'Ouvrir l’atelier' });
        await alert.waitFor({ timeout: 60_000 });
        await expectResponsive(page, since, fixture);
        await expect(alert.getByRole('listitem').first().textContent(), fixture).resolves.toMatch(outcome.refused);
      } else {
        const heading = page.getByRole('heading', { level: 1 }).first();
        await heading.waitFor({ timeout: 60_000 });
        await expect(heading.textContent(), fixture).resolves.toContain(outcome.shown);
        await page.locator('.view-map canvas').first().waitFor({ timeout: 60_000 });
      }
      await expectNothingRanOrLeft(g, base, fixture);
    }
    await context.close();
  });

  it('opens a file whose texts carry scripts and formulas, and shows them as plain text', async () => {
    const base = inject('baseURL');
    const context = await guardedContext();
    const g = guard(await context.newPage());
    const { page } = g;
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const shown = Object.entries(DATASETS).filter((e): e is [string, { shown: string; text?: string }] => 'shown' in e[1]);
    for (const [fixture, outcome] of shown) {
      const file = corpusFile(fixture);
      await page.getByRole('button', { name: 'Ouvrir des données' }).click();
      await page.getByRole('dialog', { name: 'Ouvrir des données' }).getByLabel('Choisir un fichier').setInputFiles(corpusPath(fixture));
      await page.getByText(`« ${file.name} » ouvert`).waitFor({ timeout: 60_000 });
      await expect(page.getByRole('heading', { level: 1 }).first().textContent(), fixture).resolves.toContain(outcome.shown);
      if (outcome.text) await expect.poll(() => page.locator('body').textContent(), { message: fixture, timeout: 30_000 }).toContain(outcome.text);
      await page.locator('.view-map canvas').first().waitFor({ timeout: 60_000 });
      await expectNothingRanOrLeft(g, base, fixture);
    }
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Session notes inside a dataset

/** Each hostile note (session id) and a text of it that must still be read. */
const NOTES: Readonly<Record<string, string>> = {
  script: 'Texte après le script.',
  'img-onerror': 'Texte après l’image.',
  iframe: 'Texte après le cadre.',
  'remote-image': 'Texte après l’image distante.',
  'svg-link': 'Texte après le lien.',
  style: 'Texte après le style.',
  'javascript-link': 'Texte après les liens.',
};

describe('hostile session notes', () => {
  it('lists every note of the corpus here', () => {
    const names = corpusFixtures('notes').filter((f) => f.startsWith('notes/sessions/'));
    expect(names.map((f) => corpusFile(f).name.replace(/\.md$/, '')).sort()).toEqual([...Object.keys(NOTES), 'huge'].sort());
  });

  it('refuses a dataset whose note has a million characters, saying which note, without holding the page', async () => {
    const base = inject('baseURL');
    const context = await guardedContext();
    const g = guard(await context.newPage());
    const { page } = g;
    await serveCorpus(page, base);
    await page.goto(`${base}?data=hostile/notes/huge-workshop.json#/session/huge`);
    const alert = page.getByRole('alert').filter({ hasText: 'Ouvrir l’atelier' });
    await alert.waitFor({ timeout: 60_000 });
    await expect(alert.getByRole('listitem').first().textContent()).resolves.toMatch(
      /note file "sessions\/huge\.md" has 1,\d{3},\d{3} characters; at most 100,000/,
    );
    await expectResponsive(page, 0, 'huge note');
    await expectNothingRanOrLeft(g, base, 'huge note');
    await context.close();
  });

  it('shows each note’s text with nothing run and nothing fetched from elsewhere', async () => {
    const base = inject('baseURL');
    const context = await guardedContext();
    const g = guard(await context.newPage());
    const { page } = g;
    await serveCorpus(page, base);
    await page.goto(`${base}?data=hostile/notes/workshop.json`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settle(page);
    for (const [id, text] of Object.entries(NOTES)) {
      const since = await now(page);
      await page.evaluate((hash) => (window.location.hash = hash), `#/session/${id}`);
      const notes = page.getByRole('region', { name: 'Notes de la session' });
      await notes.getByText(text).first().waitFor({ timeout: 60_000 });
      await expectResponsive(page, since, `note ${id}`);
      await expectNothingRanOrLeft(g, base, `note ${id}`);
      await expect(page.locator('#app style, #app link, #app [style*="url("], #app svg a').count(), `note ${id}`).resolves.toBe(0);
      await expect(page.locator('body').isVisible(), `note ${id}`).resolves.toBe(true);
    }
    // A remote image is a link naming its host, followed only on a click.
    await page.evaluate(() => (window.location.hash = '#/session/remote-image'));
    const notes = page.getByRole('region', { name: 'Notes de la session' });
    await notes.getByText('Texte après l’image distante.').waitFor();
    await expect(notes.locator('img').count()).resolves.toBe(0);
    await expect(notes.getByRole('link', { name: /evil\.example/ }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/hostile-notes.png' });
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Notes files imported in the presenter console

type NotesFileOutcome = { readonly refused: string } | { readonly imported: string };

const NOTES_FILES: Readonly<Record<string, NotesFileOutcome>> = {
  'notes-files/fifty-thousand-headings.recipe.json': { refused: 'plus de 2' },
  'notes-files/html-headings.md': { refused: 'Le fichier n’a pas été importé' },
  'notes-files/html-in-notes.md': { imported: '1 note(s) importée(s).' },
  'notes-files/huge-file.recipe.json': { refused: 'le fichier dépasse' },
  'notes-files/huge-note.recipe.json': { refused: 'dépasse la limite de' },
};

describe('hostile notes files', () => {
  it('lists every notes file of the corpus here', () => {
    expect(corpusFixtures('notes-files')).toEqual(Object.keys(NOTES_FILES).sort());
  });

  it('refuses each bad notes file with its problems listed, and keeps the notes typed before', async () => {
    const base = inject('baseURL');
    const context = await guardedContext({ width: 1280, height: 900 });
    const g = guard(await context.newPage());
    const { page } = g;
    await page.goto(`${base}?mode=console#/session/introduction?step=1`);
    const typed = page.getByLabel('Notes sur la session : Introduction et problématique');
    await typed.fill('Tour de table : 5 min.');
    await settle(page);
    const status = page.locator('.notes-file-status');
    for (const [fixture, outcome] of Object.entries(NOTES_FILES)) {
      // A fresh status each time, so the verdict waited for is this file's.
      await page.evaluate(() => document.querySelector('.notes-file-status')?.replaceChildren());
      const since = await now(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importer des notes…' }).click()]);
      await chooser.setFiles(corpusPath(fixture));
      if ('refused' in outcome) {
        await status.getByRole('alert').filter({ hasText: 'Le fichier n’a pas été importé' }).waitFor({ timeout: 60_000 });
        await expect(status.textContent(), fixture).resolves.toContain(outcome.refused);
      } else {
        await status.getByText(outcome.imported).waitFor({ timeout: 60_000 });
      }
      await expectResponsive(page, since, fixture);
      await expectNothingRanOrLeft(g, base, fixture);
      await expect(typed.inputValue(), fixture).resolves.toBe('Tour de table : 5 min.');
    }
    await page.screenshot({ path: 'test-results/hostile-notes-files.png', fullPage: true });
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Basemap styles

/** Each style and the notice the map shows about it. */
const STYLES: Readonly<Record<string, RegExp>> = {
  'styles/fifty-thousand-layers.recipe.json': /dépasse les limites/,
  'styles/foreign-resources.json': /fond de carte en ligne/,
  'styles/html-attribution.json': /./,
};

describe('hostile basemap styles', () => {
  it('lists every style of the corpus here', () => {
    expect(corpusFixtures('styles')).toEqual(Object.keys(STYLES).sort());
  });

  it('uses none of a style’s foreign resources or HTML, says what it refused, and keeps the places drawn', async () => {
    const base = inject('baseURL');
    const context = await guardedContext({ width: 1280, height: 720 });
    for (const [fixture, notice] of Object.entries(STYLES)) {
      const file: CorpusFile = corpusFile(fixture);
      const g = guard(await context.newPage());
      const { page } = g;
      await serveCorpus(page, base);
      await page.goto(`${base}?basemap=${encodeURIComponent(`${base}hostile/${file.served}`)}`);
      const region = page.getByRole('region', { name: 'Carte des lieux', exact: true });
      await region.locator('[data-state="ready"]').waitFor({ timeout: 60_000 });
      if (fixture.includes('attribution')) {
        // Accepted, its attribution made plain text before the map starts.
        const attribution = region.locator('.maplibregl-ctrl-attrib-inner').filter({ hasText: 'Acme tiles' });
        await attribution.waitFor({ timeout: 30_000 });
        await expect(attribution.locator('img, a, script, iframe').count(), fixture).resolves.toBe(0);
      } else {
        await region.getByRole('status').filter({ hasText: notice }).first().waitFor({ timeout: 60_000 });
        // From the style's arrival to the notice: the refusal, and the map's start on what is left.
        const since = await page.evaluate(
          (url) => (performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined)?.responseEnd ?? 0,
          `${base}hostile/${file.served}`,
        );
        await expectResponsive(page, since, fixture);
      }
      // The places are still listed on the map.
      await expect(region.getByRole('button', { name: /Lille/ }).count(), fixture).resolves.toBeGreaterThan(0);
      await expectNothingRanOrLeft(g, base, fixture);
      await page.close();
    }
    await context.close();
  }, 240_000);
});

// ---------------------------------------------------------------------------------------------
// Presenter channel messages

interface ChannelFixture {
  readonly description: string;
  readonly messages: readonly (
    { readonly raw: unknown } | { readonly base: 'state' | 'first-state'; readonly set?: Record<string, unknown>; readonly unset?: readonly string[] }
  )[];
}

const CHANNEL_NAME = 'maillage-presenter';

describe('hostile presenter-channel messages', () => {
  it('cannot move, black out or unlink a running presentation', async () => {
    const base = inject('baseURL');
    const fixtures = corpusFixtures('channel');
    expect(fixtures.length).toBeGreaterThan(0);
    const context = await guardedContext();
    // Another tab of the same site listens to the channel from the start…
    const other = guard(await context.newPage());
    await other.page.goto(`${base}#/`);
    await other.page.getByRole('heading', { level: 1 }).first().waitFor();
    await other.page.evaluate((name) => {
      const w = window as unknown as { heard: Record<string, unknown>[]; spy: BroadcastChannel };
      w.heard = [];
      w.spy = new BroadcastChannel(name);
      w.spy.onmessage = (e) => w.heard.push(e.data as Record<string, unknown>);
    }, CHANNEL_NAME);
    const g = guard(await context.newPage());
    const audience = g.page;
    await audience.goto(base);
    await audience.getByRole('button', { name: 'Présenter' }).click();
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=0');
    await audience.keyboard.press('PageDown');
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=1');
    // …and learns the presentation, its signed states and their clock from the room's messages.
    await other.page.waitForFunction(() =>
      (window as unknown as { heard: { type: string; step?: number }[] }).heard.some((m) => m.type === 'state' && m.step === 1),
    );
    const heard = await other.page.evaluate(() => (window as unknown as { heard: Record<string, unknown>[] }).heard);
    const states = heard.filter((m) => m.type === 'state');
    const first = states.find((m) => m.step === 0) ?? states[0]!;
    const latest = states[states.length - 1]!;
    await settle(audience);

    for (const fixture of fixtures) {
      const spec = JSON.parse(corpusFile(fixture).bytes.toString('utf8')) as ChannelFixture;
      const messages = spec.messages.map((m) => {
        if ('raw' in m) return m.raw;
        const message: Record<string, unknown> = { ...(m.base === 'first-state' ? first : latest) };
        for (const [key, value] of Object.entries(m.set ?? {})) message[key] = value === '{next}' ? Number(latest.seq) + 1 : value;
        for (const key of m.unset ?? []) delete message[key];
        return message;
      });
      const since = await now(audience);
      await other.page.evaluate((list) => {
        const spy = (window as unknown as { spy: BroadcastChannel }).spy;
        for (const message of list) spy.postMessage(message);
      }, messages);
      await audience.waitForTimeout(400);
      await expectResponsive(audience, since, fixture);
      await expect.poll(() => new URL(audience.url()).hash, { message: `${fixture}: ${spec.description}` }).toContain('step=1');
      await expect(audience.locator('.present-blackout:not([hidden])').count(), fixture).resolves.toBe(0);
      await expectNothingRanOrLeft(g, base, fixture);
    }
    // The room's screen still answers its own keys: the presentation was neither taken nor unlinked.
    await audience.keyboard.press('PageDown');
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=2');
    await expectNothingRanOrLeft(other, base, 'the other tab');
    await context.close();
  });
});
