// tsx scripts/screenshot.ts <url> <out.png> [width] [height] [--click "role:name"]…
// Takes a screenshot of a page in the system's Chromium, to look at what we build.
import { launch, watch } from '../tests/e2e/browser';

const [url, out, w = '1280', h = '720', ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: tsx scripts/screenshot.ts <url> <out.png> [width] [height] [--click "role:name"]…');
  process.exit(2);
}
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const watched = watch(page);
await page.goto(url);
await page.waitForTimeout(1500);
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] !== '--click') continue;
  const [role, ...name] = (rest[i + 1] ?? '').split(':');
  await page
    .getByRole(role as 'button', { name: name.join(':') })
    .first()
    .click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out });
if (watched.errors.length) console.error(watched.errors.join('\n'));
await browser.close();
