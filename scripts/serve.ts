/**
 * Serves the production build (dist/) the way the shipped nginx config does: same security
 * headers, long cache for hashed assets, no cache for sw.js and HTML, gzip, SPA fallback for deep
 * links. Used by `npm start` and by the browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from './security-headers.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Types nginx gzips (deploy/nginx.conf `gzip_types`, plus HTML, which nginx always compresses). */
const GZIP_TYPES = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Picks the file for a URL path: the file itself, a prerendered `{path}/index.html`, else the SPA shell. */
export async function resolveFile(root: string, urlPath: string): Promise<string> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    path = '/';
  }
  const candidate = normalize(join(root, path));
  // Never serve outside the root (../ tricks).
  if (candidate !== root && !candidate.startsWith(root + sep)) return join(root, 'index.html');
  if (await isFile(candidate)) return candidate;
  if (await isFile(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return join(root, 'index.html');
}

function cacheControl(rel: string): string {
  if (rel.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  // The catalogue's manifest (src/catalog/manifest.ts) must be asked for again on every visit.
  if (rel === 'sw.js' || rel.endsWith('.html') || rel === 'manifest.webmanifest' || rel.startsWith('workbox-') || rel === 'data/catalog.json')
    return 'no-cache';
  return 'public, max-age=3600';
}

/** Starts the static server; resolves once it listens. `port` 0 picks a free port. */
export function startServer(opts: { root: string; port: number; host?: string }): Promise<Server> {
  const root = resolve(opts.root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = await resolveFile(root, url.pathname);
      const rel = file.slice(root.length + 1).split(sep).join('/');
      let body = await readFile(file);
      res.statusCode = 200;
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      res.setHeader('Content-Type', type);
      // As nginx does (gzip_min_length 512): a phone on a slow network gets a third of the bytes.
      if (GZIP_TYPES.test(type) && body.length >= 512) {
        res.setHeader('Vary', 'Accept-Encoding');
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body, { level: 6 });
          res.setHeader('Content-Encoding', 'gzip');
        }
      }
      res.setHeader('Cache-Control', cacheControl(rel));
      if (rel === 'sw.js') res.setHeader('Service-Worker-Allowed', '/');
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.statusCode = 500;
      res.end('Server error');
      console.error(err);
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4310);
  const root = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
  startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' }).then(
    () => console.log(`Finn hjelp is served at http://localhost:${port}/`),
    (err: NodeJS.ErrnoException) => {
      // Strict port: never fall back to another port, or a test could measure someone else's app.
      console.error(err.code === 'EADDRINUSE' ? `Port ${port} is in use. Set PORT=<free port> and try again.` : err);
      process.exit(1);
    },
  );
}
