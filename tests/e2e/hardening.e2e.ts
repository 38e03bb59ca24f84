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
