import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

/** Records Content-Security-Policy violations in every page of a context, from its first script on. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  return (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('the built site under its Content-Security-Policy', () => {
  it('declares the policy before any script', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseURL'));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toMatch(/connect-src 'self'(;|$)/);
    expect(policy).toContain("worker-src 'self' blob:");
    await page.close();
  });

  it('runs the app, the map and the presenter console with no violation and no request elsewhere', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const violations = await recordViolations(context);
    const page = await context.newPage();
    const watched = watch(page);
    const base = inject('baseURL');
    await page.goto(`${base}#/lieu/lille`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The map draws (its canvas) and lists its places.
    await page.locator('.view-map canvas').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Lille/ }).first().waitFor();
    // The presenter console opens in its own window under the same policy.
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: /Console/ }).click();
    const consolePage = await popup;
    await consolePage.waitForLoadState();
    await consolePage.getByRole('heading').first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await violations(consolePage)).toEqual([]);
    expect(watched.errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
    const origin = new URL(base).origin;
    expect(watched.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('refuses an injected inline script and inline event handler', async () => {
    const context = await browser().newContext();
    const violations = await recordViolations(context);
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:,x');
      img.setAttribute('onerror', 'window.injected = true');
      document.body.append(img);
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  });
});
