// tsx scripts/map-programs.ts <dist dir> — how many WebGL shader programs the page links while the
// workshop loads (desktop window), and after a place and a cluster are selected on the map. Under
// software WebGL each program is a long task of the page (style.ts, perFeature, explains why the
// map's layers share them).
import { launch } from '../tests/e2e/browser';
import { serveStatic } from './bench-server';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/map-programs.ts <dist dir>');
  process.exit(2);
}
const server = await serveStatic({ '/': dir });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
await page.addInitScript(`(() => {
  window.programsLinked = 0;
  const link = WebGL2RenderingContext.prototype.linkProgram;
  WebGL2RenderingContext.prototype.linkProgram = function (program) {
    window.programsLinked++;
    return link.call(this, program);
  };
})();`);
const linked = () => page.evaluate(() => (window as unknown as { programsLinked: number }).programsLinked);
await page.goto(server.url);
await page.getByRole('region', { name: 'Carte des lieux' }).locator('canvas').waitFor();
await page.waitForTimeout(5000);
console.info(`programs linked at load: ${await linked()}`);
await page
  .getByRole('button', { name: /^Barcelone/ })
  .first()
  .click();
await page.waitForTimeout(2000);
await page
  .getByRole('button', { name: /^Groupe de/ })
  .first()
  .press('Enter');
await page.waitForTimeout(2000);
console.info(`after selecting a place and opening a cluster: ${await linked()}`);
await browser.close();
await server.close();
