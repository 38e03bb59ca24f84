import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy, originsFrom } from './scripts/csp.ts';

/** Writes the site's Content-Security-Policy into the built index.html (see scripts/csp.ts). */
function csp(): Plugin {
  return {
    name: 'maillage-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>: a policy only governs what comes after it in the document.
      handler: (html) =>
        html.replace(
          /(<meta charset="utf-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(process.env)}" />`,
        ),
    },
  };
}

export default defineConfig({
  base: './',
  // Local address only; `npm start -- --host` serves on the network, `npm start -- --port 8080` picks a port.
  server: { port: 5173 },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  plugins: [csp()],
  // The other origins ?data= may load from: fixed when the site is built, never by a link.
  define: { __MAILLAGE_DATA_ORIGINS__: JSON.stringify(originsFrom(process.env.MAILLAGE_DATA_ORIGINS)) },
});
