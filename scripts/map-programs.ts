// tsx scripts/map-programs.ts <dist dir> — how many WebGL shader programs the page links while the
// workshop loads (desktop window), and after a place and a cluster are selected on the map. Under
// software WebGL each program is a long task of the page (style.ts, perFeature, explains why the
// map's layers share them). Each program is listed with its kind (MapLibre's shader, told by the
// names in its source), the defines that make it a variant, and how long the page waited for its
// link (the status read, where the main thread blocks). QUERY='?data=/…' loads another dataset.
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
  window.programLinks = [];
  const proto = WebGL2RenderingContext.prototype;
  const sources = new WeakMap();
  const attached = new WeakMap();
  const shaderSource = proto.shaderSource;
  proto.shaderSource = function (shader, source) {
    sources.set(shader, source);
    return shaderSource.call(this, shader, source);
  };
  const attachShader = proto.attachShader;
  proto.attachShader = function (program, shader) {
    attached.set(program, [...(attached.get(program) || []), sources.get(shader) || '']);
    return attachShader.call(this, program, shader);
  };
  const link = proto.linkProgram;
  proto.linkProgram = function (program) {
    window.programsLinked++;
    return link.call(this, program);
  };
  // Told by names in MapLibre's shaders (src/shaders/glsl), past the preludes they share.
  const kindOf = (source) =>
    source.includes('u_sdfgamma') || source.includes('u_patternscale_a_x') ? 'line SDF (dashed line)'
    : source.includes('a_pos_normal') ? 'line'
    : source.includes('u_extrude_scale') ? 'circle'
    : source.includes('v_pos = (gl_Position.xy') ? 'fill outline'
    : source.includes('uniform vec2 u_fill_translate') ? 'fill'
    : source.includes('u_overlay_scale') ? 'debug'
    : /uniform (highp |lowp |mediump )?vec4 u_color;/.test(source) && source.includes('u_opacity') ? 'background'
    : 'clipping mask (or another small shader)';
  const parameter = proto.getProgramParameter;
  proto.getProgramParameter = function (program, name) {
    if (name !== this.LINK_STATUS) return parameter.call(this, program, name);
    const start = performance.now();
    const status = parameter.call(this, program, name);
    const source = (attached.get(program) || []).join('\\n');
    const defines = [...new Set(source.match(/#define (HAS_UNIFORM_u_\\w+|\\w+)/g) || [])].map((d) => d.slice(8)).filter((d) => !['scale', 'LINE_DISTANCE_SCALE', 'EXTENT', 'PI', 'GLOBE_RADIUS'].includes(d));
    window.programLinks.push({ at: Math.round(start), ms: Math.round(performance.now() - start), kind: kindOf(source), uniforms: defines.filter((d) => d.startsWith('HAS_UNIFORM')).length });
    return status;
  };
})();`);
const linked = () => page.evaluate(() => (window as unknown as { programsLinked: number }).programsLinked);
const links = () =>
  page.evaluate(() => (window as unknown as { programLinks: { at: number; ms: number; kind: string; uniforms: number }[] }).programLinks.splice(0));
const printLinks = async () => {
  for (const l of await links()) console.info(`  at ${l.at} ms: ${l.kind} (${l.uniforms} properties as uniforms), page waited ${l.ms} ms for its link`);
};
await page.goto(`${server.url}${process.env.QUERY ?? ''}`);
await page.getByRole('region', { name: 'Carte des lieux' }).locator('canvas').waitFor();
// The map at rest (a large dataset's takes longer), at most a minute.
await page.locator('.map-view:not([aria-busy])').waitFor({ timeout: 60_000 });
await page.waitForTimeout(2000);
console.info(`programs linked at load: ${await linked()}`);
await printLinks();
// The first place of the list (Barcelone in the workshop).
await page.locator('button.map-place-button').first().click();
await page.waitForTimeout(2000);
await page
  .getByRole('button', { name: /^Groupe de/ })
  .first()
  .press('Enter');
await page.waitForTimeout(2000);
console.info(`after selecting a place and opening a cluster: ${await linked()}`);
await printLinks();
await browser.close();
await server.close();
