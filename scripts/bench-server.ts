// A tiny static file server for the bench: the app's production build at /, the peer pages and the
// generated datasets under their own prefixes, on a free port of 127.0.0.1. No compression, like
// `vite preview`, unless asked (`{ gzip: true }`, for Lighthouse: any real static host serves text
// gzipped, and Lighthouse's simulated slow 4G charges every byte transferred).
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pbf': 'application/x-protobuf',
};

/** Maps URL prefixes ('/peers/') to folders; the longest matching prefix wins. */
export type Mounts = Readonly<Record<string, string>>;

function resolve(mounts: Mounts, pathname: string): string | null {
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = mounts[prefix]!;
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
  if (relative.startsWith('..')) return null;
  let file = join(root, relative);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep) && file !== root) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
    return file;
  } catch {
    return null;
  }
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.md', '.svg', '.webmanifest']);

export async function serveStatic(mounts: Mounts, { gzip = false }: { gzip?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolve(mounts, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
