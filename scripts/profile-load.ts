// tsx scripts/profile-load.ts <dist dir> <out.cpuprofile> [width height] — a CPU profile (DevTools'
// .cpuprofile) of the app's load on the workshop, with Lighthouse's mobile CPU slowdown (4×), in
// a window of the size given (default 412×823, Lighthouse's phone). To see where the first
// seconds go; build with `npx vite build --minify false --outDir <dir>` for readable names.
import { writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';

const [dir, out, w, h] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: tsx scripts/profile-load.ts <dist dir> <out.cpuprofile> [width height]');
  process.exit(2);
}
const server = await serveStatic({ '/': dir }, { gzip: true });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: Number(w ?? 412), height: Number(h ?? 823) } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU ?? 4) });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForTimeout(4000);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  const tasks = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => `${e.name} ${Math.round(e.startTime)}`));
  console.log(tasks.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
