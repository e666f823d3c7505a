/**
 * The security headers of the production site, in one place: the local server (scripts/serve.ts)
 * sends them, deploy/nginx.conf is checked against them, and index.html carries the CSP as a meta tag
 * (less frame-ancestors, which browsers ignore in a meta tag).
 */

/** The Content-Security-Policy the app must meet without violations. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

export const CSP_META = CSP_DIRECTIVES.join('; ');
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), interest-cohort=(), browsing-topics=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Header sent only over HTTPS by the real deployment (deploy/nginx.conf); the local server is plain HTTP. */
export const HSTS_HEADER = 'max-age=31536000';

/**
 * The nginx snippet deploy/security-headers.conf, generated from SECURITY_HEADERS so the two cannot
 * drift (a unit test compares the file with this). `always`: also on 404s and errors.
 */
export function nginxHeadersSnippet(): string {
  const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const lines = Object.entries({ ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS_HEADER }).map(
    ([k, v]) => `add_header ${k} "${esc(v)}" always;`,
  );
  return [
    '# GENERATED from scripts/security-headers.ts: do not edit by hand.',
    '# Regenerate: npx tsx scripts/security-headers.ts --write-nginx',
    '# Included in every location of nginx.conf: nginx drops inherited add_header lines as soon as a',
    '# location has its own, so each location must include all of them.',
    ...lines,
    '',
  ].join('\n');
}

// `npx tsx scripts/security-headers.ts --write-nginx` writes deploy/security-headers.conf.
if (typeof process !== 'undefined' && process.argv.includes('--write-nginx') && /security-headers\.ts$/.test(process.argv[1] ?? '')) {
  void import('node:fs').then(({ writeFileSync }) => {
    const target = new URL('../deploy/security-headers.conf', import.meta.url);
    writeFileSync(target, nginxHeadersSnippet());
    console.log(`wrote ${target.pathname}`);
  });
}
