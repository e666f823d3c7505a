/**
 * Build output of scripts/prerender.ts: one prerendered page per service per language, each
 * readable and callable without script and pointing at its own small slice; none of them in the
 * service worker's precache; and a release build that cannot be made without its public origin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isServiceSlice } from '../../src/catalog/slice.ts';
import { LANGS, type Catalog } from '../../src/catalog/types.ts';
import { dirOf } from '../../src/i18n/languages.ts';
import { telHref } from '../../src/catalog/phone.ts';

const dist = join(process.cwd(), 'dist');
const catalog = JSON.parse(readFileSync('src/generated/catalog.json', 'utf8')) as Catalog;

function precacheUrls(): string[] {
  const m = /\[\{"revision":[^\]]*\}\]/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'));
  if (!m) throw new Error('no precache manifest found in dist/sw.js');
  return (JSON.parse(m[0]) as Array<{ url: string }>).map((e) => e.url);
}

// 2,000+ pages and slices read from disk.
describe('prerendered service pages', { timeout: 60_000 }, () => {
  test('one per service per language, with lang/dir, title, hreflang, the call link and its own slice', () => {
    expect(catalog.services.length).toBeGreaterThan(0);
    const fullSize = statSync(join(dist, 'assets', readdirSync(join(dist, 'assets')).find((f) => /^catalog\.wire-.*\.json$/.test(f))!)).size;
    for (const lang of LANGS) {
      for (const s of catalog.services) {
        const file = join(dist, lang, 'tjeneste', s.id, 'index.html');
        expect(existsSync(file), file).toBe(true);
        const html = readFileSync(file, 'utf8');
        expect(html, file).toContain(`<html lang="${lang}" dir="${dirOf(lang)}">`);
        expect(html, file).toMatch(/<title>[^<]+ – Finn hjelp<\/title>/);
        expect(html.match(/<link rel="alternate" hreflang=/g), file).toHaveLength(LANGS.length + 1);
        expect(html, file).toContain('href="tel:112"');
        const main = s.phones.find((p) => p.kind !== 'sms');
        if (main) expect(html, file).toContain(`href="${telHref(main.number)}"`);
        const link = /<link rel="preload" href="(\/assets\/slice\/[^"]+\.json)" as="fetch" crossorigin="anonymous" data-slice="([^"]+)"/.exec(html);
        expect(link?.[2], file).toBe(`${lang}/${s.id}`);
        const slicePath = join(dist, link![1]!);
        const slice = JSON.parse(readFileSync(slicePath, 'utf8')) as unknown;
        expect(isServiceSlice(slice, lang, s.id), slicePath).toBe(true);
        // A slice is a small part of the catalogue, not a copy of it.
        expect(statSync(slicePath).size * 8, slicePath).toBeLessThan(fullSize);
      }
    }
  });

  test('are not precached (2,000+ pages): offline, the language shell and the stored catalogue serve them', () => {
    const urls = precacheUrls();
    expect(urls.filter((u) => u.includes('/tjeneste/') || u.startsWith('assets/slice/'))).toEqual([]);
  });

  test('the sitemap lists every one of them', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const lang of LANGS) for (const s of catalog.services) expect(sitemap).toContain(`/${lang}/tjeneste/${s.id}</loc>`);
  });
});

// Each case starts Node with tsx (seconds on a busy machine).
describe('SITE_ORIGIN', { timeout: 120_000 }, () => {
  const prerender = (env: Record<string, string>) => {
    const { SITE_ORIGIN: _o, RELEASE: _r, ...rest } = process.env;
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prerender.ts'], { env: { ...rest, ...env }, encoding: 'utf8' });
  };

  test('a release build without it fails at once, saying what to set', () => {
    const before = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const r = prerender({ RELEASE: '1' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('SITE_ORIGIN is not set');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toBe(before);
  });

  test('a release build with a plain-HTTP or non-origin value fails too', () => {
    for (const value of ['http://finnhjelp.no', 'https://finnhjelp.no/app', 'finnhjelp.no']) {
      const r = prerender({ RELEASE: '1', SITE_ORIGIN: value });
      expect(r.status, value).not.toBe(0);
      expect(r.stderr, value).toContain('SITE_ORIGIN');
    }
  });

  test('vite itself refuses a release build without it, before building anything', () => {
    const { SITE_ORIGIN: _o, ...rest } = process.env;
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', '.tmp/never'], {
      env: { ...rest, RELEASE: '1' },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('SITE_ORIGIN is not set');
    expect(existsSync('.tmp/never')).toBe(false);
  });

  test('this local build names localhost, which the build said loudly', () => {
    // The built pages name the origin they were built for; without SITE_ORIGIN that is localhost.
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    const origin = process.env.SITE_ORIGIN?.replace(/\/+$/, '') || 'http://localhost:4310';
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const r = prerender({});
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/SITE_ORIGIN is not set.*never deploy this build/);
  });
});
