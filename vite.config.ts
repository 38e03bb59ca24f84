import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // Local address only; `npm start -- --host` serves on the network, `npm start -- --port 8080` picks a port.
  server: { port: 5173 },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
});
