import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watch } from './browser';

const browser = useBrowser();

describe('a crafted link', () => {
  it('cannot make the site show a dataset from another origin, and nothing is requested from it', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const watched = watch(page);
    let served = false;
    await page.route('https://evil.example/**', (route) => {
      served = true;
      return route.fulfill({ body: '{}', contentType: 'application/json' });
    });
    await page.goto(`${inject('baseURL')}?data=https://evil.example/workshop.json`);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('https://evil.example is not this site');
    expect(served).toBe(false);
    expect(watched.requests.some((u) => u.startsWith('https://evil.example'))).toBe(false);
    await page.close();
  });
});

describe('a presentation', () => {
  it('cannot be driven from another tab of the site that reads the channel', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    // Another tab of the same site listens to the channel from the start…
    const other = await context.newPage();
    await other.goto(`${inject('baseURL')}#/`);
    await other.getByRole('heading', { level: 1 }).waitFor();
    await other.evaluate((name) => {
      const w = window as unknown as { heard: Record<string, unknown>[]; spyChannel: BroadcastChannel };
      w.heard = [];
      w.spyChannel = new BroadcastChannel(name);
      w.spyChannel.onmessage = (e) => w.heard.push(e.data as Record<string, unknown>);
    }, 'maillage-presenter');
    const audience = await context.newPage();
    await audience.goto(inject('baseURL'));
    await audience.getByRole('button', { name: 'Présenter' }).click();
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=0');
    // …learns the presentation from the room's own messages, and spoofs it.
    await other.waitForFunction(() => (window as unknown as { heard: { type: string }[] }).heard.some((m) => m.type === 'state'));
    const presentation = await other.evaluate(() => {
      const w = window as unknown as { heard: Record<string, unknown>[]; spyChannel: BroadcastChannel };
      const state = w.heard.find((m) => m.type === 'state')!;
      const spoof = { ...state, from: 'spoof', role: 'console', seq: 1_000, step: 5, blackout: true };
      w.spyChannel.postMessage({ ...spoof, mac: 'A'.repeat(43) }); // a made-up signature
      w.spyChannel.postMessage(spoof); // the room's signature, on other content
      w.spyChannel.postMessage({ ...spoof, seq: Number.MAX_SAFE_INTEGER });
      w.spyChannel.postMessage({ ...state, from: 'spoof', type: 'hello', role: 'audience', since: 0 }); // unlink attempt
      return state.presentation;
    });
    expect(typeof presentation).toBe('string');
    await audience.waitForTimeout(1000);
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=0');
    await expect(audience.locator('.present-blackout:not([hidden])').count()).resolves.toBe(0);
    // The room's screen still answers its own keys.
    await audience.keyboard.press('PageDown');
    await expect.poll(() => new URL(audience.url()).hash).toContain('step=1');
    await context.close();
  });
});
