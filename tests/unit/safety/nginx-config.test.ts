/**
 * The shipped nginx configuration must send exactly the headers of scripts/security-headers.ts.
 * (tests/browser/nginx.test.ts checks the same on a running nginx.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSP_HEADER, HSTS_HEADER, nginxHeadersSnippet, SECURITY_HEADERS } from '../../../scripts/security-headers.ts';

const snippet = readFileSync('deploy/security-headers.conf', 'utf8');
const file = readFileSync('deploy/nginx.conf', 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*$/, ''))
  .join('\n');
/** The top-level `server { … }` blocks (each starts a line). */
const servers = file.split(/^(?=server\s*\{)/m).filter((b) => b.startsWith('server'));
/** The HTTPS server, which serves the app; the port-80 one only redirects. */
const conf = servers.find((b) => /listen\s+443\b/.test(b)) ?? '';
const plain = servers.find((b) => /listen\s+80\b/.test(b)) ?? '';

/** The body of each `location … { … }` block (they do not nest here). */
function locations(): { match: string; body: string }[] {
  return [...conf.matchAll(/location\s+([^{]+)\{([^{}]*(?:\{\s*\}[^{}]*)*)\}/g)].map((m) => ({ match: m[1]!.trim(), body: m[2]! }));
}

/** `add_header Name "value" always;` lines as a map. */
function headersOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/add_header\s+(\S+)\s+"((?:[^"\\]|\\.)*)"\s+always;/g)) out[m[1]!] = m[2]!.replace(/\\(.)/g, '$1');
  return out;
}

describe('deploy/security-headers.conf', () => {
  test('is exactly what the generator writes from scripts/security-headers.ts', () => {
    expect(snippet).toBe(nginxHeadersSnippet());
  });

  test('sends every security header, the CSP with frame-ancestors, and HSTS', () => {
    expect(headersOf(snippet)).toEqual({ ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS_HEADER });
    expect(headersOf(snippet)['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\)/);
    // Location only for this origin (the opt-in "use my location"), never for an embedded page.
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('geolocation=(self)');
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('deploy/nginx.conf', () => {
  const locs = locations();

  test('two servers: HTTPS, and plain HTTP that only redirects to it (301, same host and path) or answers ACME', () => {
    expect(servers).toHaveLength(2);
    expect(plain).toMatch(/listen\s+\[::\]:80;/);
    expect(plain).toMatch(/location\s+\/\s*\{\s*return\s+301\s+https:\/\/\$host\$request_uri;\s*\}/);
    expect(plain).toMatch(/location\s+\^~\s+\/\.well-known\/acme-challenge\/\s*\{[^}]*try_files\s+\$uri\s+=404;/);
    expect(plain).not.toMatch(/\/srv\/finn-hjelp\/dist/); // the app itself is never served over plain HTTP
    expect(plain).toMatch(/access_log\s+off;/);
  });

  test('has the locations we rely on', () => {
    expect(locs.map((l) => l.match)).toEqual(
      expect.arrayContaining(['^~ /assets/', '= /sw.js', '= /manifest.webmanifest', '/']),
    );
  });

  // nginx forgets server-level add_header lines in any location that has its own add_header.
  test('every location includes the security headers', () => {
    for (const l of locs) expect(l.body, l.match).toMatch(/include\s+\S*security-headers\.conf;/);
    expect(conf.replace(/location[^{]+\{[^{}]*(\{\s*\}[^{}]*)*\}/g, '')).not.toMatch(/add_header/);
  });

  test('caching: immutable hashed assets, everything else revalidated', () => {
    const cache = (m: string) => headersOf(locs.find((l) => l.match === m)!.body)['Cache-Control'];
    expect(cache('^~ /assets/')).toBe('public, max-age=31536000, immutable');
    for (const m of ['= /sw.js', '= /manifest.webmanifest', '/']) expect(cache(m), m).toBe('no-cache');
  });

  test('deep links fall back to the app shell; missing assets do not', () => {
    const body = (m: string) => locs.find((l) => l.match === m)!.body;
    expect(body('/')).toMatch(/try_files\s+\$uri\s+\$uri\/index\.html\s+\/index\.html;/);
    expect(body('^~ /assets/')).toMatch(/try_files\s+\$uri\s+=404;/);
  });

  test('serves the manifest as application/manifest+json, gzips, and keeps no access log', () => {
    expect(locs.find((l) => l.match === '= /manifest.webmanifest')!.body).toMatch(/types\s*\{\s*\}\s*default_type\s+application\/manifest\+json;/);
    expect(conf).toMatch(/gzip\s+on;/);
    expect(conf).toMatch(/gzip_types[^;]*application\/manifest\+json/);
    expect(conf).toMatch(/access_log\s+off;/);
    expect(conf).toMatch(/server_tokens\s+off;/);
  });
});
