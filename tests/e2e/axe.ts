// Runs axe-core in a page and returns its violations, one line each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, options: Record<string, unknown> = {}): Promise<string[]> {
  // Evaluated, not added as an inline <script>: the site's Content-Security-Policy refuses those.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, opts);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, options);
  return violations;
}
