import { launch } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';
const server = await serveStatic({ '/': '/tmp/rb' }, { gzip: false });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(server.url, { waitUntil: 'commit' });
await page.waitForFunction(() => document.title === 'done', null, { timeout: 300000 });
console.log((await page.evaluate(() => (window as unknown as { out: string[] }).out)).join('\n'));
await browser.close(); await server.close();
