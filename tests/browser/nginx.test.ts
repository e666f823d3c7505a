/**
 * deploy/nginx.conf on a real nginx (Debian's, installed by scripts/ensure-system.sh), serving
 * dist/ on a free local port: every security header, caching, deep links, MIME types, gzip, and
 * the service worker registering through it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_HEADERS, HSTS_HEADER } from '../../scripts/security-headers.ts';
import { launchPersistent } from './harness.ts';
import { builtCatalog, watchRequests } from './fixtures/security-helpers.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const DIST = resolve('dist');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * deploy/nginx.conf with only what must change locally: addresses (the HTTPS server on `port`, without
 * TLS; the port-80 server on `httpPort`), roots, include path.
 */
function localSiteConf(port: number, httpPort: number, root: string, acmeRoot: string, includeDir: string): string {
  const lines = readFileSync('deploy/nginx.conf', 'utf8').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const listen = /^\s*listen\s+(\[::\]:)?(\d+)\b/.exec(line);
    if (listen) {
      if (!listen[1]) out.push(`    listen 127.0.0.1:${listen[2] === '80' ? httpPort : port};`);
      continue;
    }
    if (/^\s*(ssl_\w+|http2)\b/.test(line)) continue;
    out.push(
      line
        .replace(/^(\s*)server_name\s+[^;]+;/, '$1server_name localhost;')
        .replace('/srv/finn-hjelp/dist', root)
        .replace('/var/www/letsencrypt', acmeRoot)
        .replace('/etc/nginx/finn-hjelp/', `${includeDir}/`),
    );
  }
  return out.join('\n');
}

let nginx: ChildProcess | undefined;
let base = '';
let httpBase = '';
const ACME_TOKEN = 'Xy-9_token';
let log = '';

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is missing: run `bash scripts/ensure-system.sh` (installs nginx-light).');
  const prefix = mkdtempSync(join(tmpdir(), 'finnhjelp-nginx-'));
  const conf = join(prefix, 'conf');
  mkdirSync(conf);
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  copyFileSync('deploy/security-headers.conf', join(conf, 'security-headers.conf'));
  const port = await freePort();
  const httpPort = await freePort();
  const acmeRoot = join(prefix, 'acme');
  mkdirSync(join(acmeRoot, '.well-known', 'acme-challenge'), { recursive: true });
  writeFileSync(join(acmeRoot, '.well-known', 'acme-challenge', ACME_TOKEN), 'token-content');
  writeFileSync(join(conf, 'site.conf'), localSiteConf(port, httpPort, DIST, acmeRoot, conf));
  httpBase = `http://127.0.0.1:${httpPort}`;
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(conf, 'nginx.conf'),
    [
      // Workers would run as "nobody"; as root here, keep them as the user that can read dist/.
      asRoot ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d}_temp_path ${join(prefix, d)};`),
      `  include ${join(conf, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', join(conf, 'nginx.conf'), '-e', 'stderr'];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  nginx = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (d) => (log += d));
  nginx.stderr!.on('data', (d) => (log += d));
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(base + '/');
      break;
    } catch {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body };
}

function expectSecurityHeaders(h: Headers, path: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(h.get(name), `${name} on ${path}`).toBe(value);
  expect(h.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
  expect(h.get('Strict-Transport-Security'), path).toBe(HSTS_HEADER);
  expect(h.get('Server'), path).toBe('nginx'); // server_tokens off: no version
  expect(h.get('Set-Cookie'), path).toBeNull();
}

function hashedAsset(ext: string): string {
  const file = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith(ext) && /-[A-Za-z0-9_-]{6,}\./.test(f));
  if (!file) throw new Error(`no hashed ${ext} in dist/assets`);
  return `/assets/${file}`;
}

describe('nginx with deploy/nginx.conf', () => {
  test('/ : the app shell, every security header, revalidated', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.body).toContain('<div id="app"');
    expectSecurityHeaders(r.headers, '/');
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  test('a deep link (/se/tjeneste/<id>) gets 200 and the app shell', async () => {
    const id = builtCatalog().services[0]?.id ?? 'ukjent-tjeneste';
    const path = `/se/tjeneste/${encodeURIComponent(id)}`;
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.body).toContain('<div id="app"');
    expect(r.body).toMatch(/<script type="module"[^>]+src="\/assets\//);
    expectSecurityHeaders(r.headers, path);
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  test('a hashed asset is cached for a year, immutable, gzipped, with the headers', async () => {
    const path = hashedAsset('.js');
    const r = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expectSecurityHeaders(r.headers, path);
  });

  test('a missing asset is a 404 (not the app shell), still with the headers', async () => {
    const r = await get('/assets/gone-0123abcd.js');
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('<div id="app"');
    expectSecurityHeaders(r.headers, '/assets/gone-0123abcd.js');
  });

  test('sw.js is never cached and served as JavaScript', async () => {
    const r = await get('/sw.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/javascript/);
    expect(r.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(r.headers, '/sw.js');
  });

  test('index.html and the manifest are revalidated; JSON and the manifest have the right type', async () => {
    const html = await get('/index.html');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    if (existsSync(join(DIST, 'manifest.webmanifest'))) {
      const m = await get('/manifest.webmanifest');
      expect(m.status).toBe(200);
      expect(m.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      expect(m.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(m.headers, '/manifest.webmanifest');
    } else {
      console.warn('nginx: dist/ has no manifest.webmanifest yet; its MIME type was not checked.');
    }
    const json = readdirSync(join(DIST, 'assets')).find((f) => f.endsWith('.json'));
    if (json) {
      const j = await get(`/assets/${json}`);
      expect(j.headers.get('content-type')).toMatch(/^application\/json/);
      expect(j.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  test('plain HTTP: 301 to HTTPS, same host, path and query; nothing served over HTTP', async () => {
    const id = builtCatalog().services[0]?.id ?? 'ukjent-tjeneste';
    for (const path of ['/', `/nb/tjeneste/${id}?from=qr`, '/assets/x.js', '/.well-known/other', '/sw.js']) {
      const res = await fetch(httpBase + path, { redirect: 'manual' });
      expect(res.status, path).toBe(301);
      expect(res.headers.get('location'), path).toBe(`https://127.0.0.1${path}`);
      expect(await res.text(), path).not.toContain('<div id="app"');
    }
  });

  test('plain HTTP still answers the ACME challenge (certificate renewal), and only with its files', async () => {
    const ok = await fetch(`${httpBase}/.well-known/acme-challenge/${ACME_TOKEN}`, { redirect: 'manual' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('token-content');
    const missing = await fetch(`${httpBase}/.well-known/acme-challenge/none`, { redirect: 'manual' });
    expect(missing.status).toBe(404);
  });

  test('the service worker registers and takes control through nginx', async () => {
    const context = await launchPersistent();
    try {
      const requests = await watchRequests(context, base);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base + '/nb/');
      const byApp = await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then(() => true),
          new Promise<boolean>((ok) => setTimeout(() => ok(false), 10_000)),
        ]),
      );
      if (!byApp) {
        console.warn('nginx: the app registered no service worker within 10 s; registering /sw.js directly.');
        await page.evaluate(() => navigator.serviceWorker.register('/sw.js', { scope: '/' }));
      }
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 15_000 })
        .toBe('activated');
      await page.reload();
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      expect(requests.foreign()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
