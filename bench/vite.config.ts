// Builds the bench's peer pages (force-graph, sigma, a blank page) for `npm run bench`; they are
// served beside the app's production build. Not part of the app.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const peers = fileURLToPath(new URL('./peers/', import.meta.url));

export default defineConfig({
  root: peers,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./.out/peers/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        'force-graph': `${peers}force-graph.html`,
        sigma: `${peers}sigma.html`,
        blank: `${peers}blank.html`,
      },
    },
  },
  worker: { format: 'es' },
});
