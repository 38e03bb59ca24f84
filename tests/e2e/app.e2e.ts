import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watch } from './browser';
import { axeViolations } from './axe';

const browser = useBrowser();

describe('the production build in Chromium', () => {
  it('shows the workshop title and the seven sessions, with no console error', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const watched = watch(page);
    await page.goto(inject('baseURL'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Du local au mondial : quelle alliance stratégique');
    const programme = page.getByRole('navigation', { name: 'Programme' });
    await expect(programme.getByRole('button').count()).resolves.toBe(7);
    await expect(programme.getByRole('button', { name: /Gilbert Roger/ }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/app-1280x720.png' });
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('passes an axe-core check of WCAG A and AA rules, with a selection open', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${inject('baseURL')}#/acteur/cites-unies-france`);
    await page.getByRole('heading', { name: 'Cités Unies France', level: 2 }).waitFor();
    const violations = await axeViolations(page, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(violations).toEqual([]);
    await page.close();
  });
});
