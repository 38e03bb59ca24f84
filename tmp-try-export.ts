import { launch, watch } from './tests/e2e/browser';
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
const w = watch(page);
await page.goto('http://localhost:4791/');
await page.waitForSelector('.map-view[data-state="ready"]', { timeout: 60000 });
await page.getByRole('button', { name: 'Exporter' }).click();
await page.screenshot({ path: '/tmp/exp-menu.png' });
for (const name of process.argv.slice(2)) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name }).click()]);
  const path = `/tmp/exp-${download.suggestedFilename()}`;
  await download.saveAs(path);
  console.log(name, '→', path);
}
console.log(await page.getByRole('status').filter({ hasText: /Fichier|échoué|carte/ }).allTextContents());
console.log(w.errors.join('\n'));
await browser.close();
