// Builds the production app once and serves it with vite preview for the end-to-end tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChrome } from './browser';
import { syntheticDataset } from '../../scripts/synthetic';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  findChrome(); // fail first, with the install message, when there is no browser
  mkdirSync('test-results', { recursive: true });
  await build({ logLevel: 'warn' });
  writeSynthetic('dist/synthetic');
  server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}

/** A synthetic dataset of 3,000 places beside the built app, same origin, opened with
 * `?data=synthetic/places-3k.json` (written before the server starts, which lists its files then). */
function writeSynthetic(folder: string) {
  const { json, notes } = syntheticDataset(1500, { relationsPerActor: 1, places: 3000 });
  mkdirSync(`${folder}/sessions`, { recursive: true });
  writeFileSync(`${folder}/places-3k.json`, json);
  for (const [path, text] of notes) writeFileSync(`${folder}/${path}`, text);
}
