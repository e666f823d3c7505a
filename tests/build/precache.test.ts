/**
 * Build-output checks: after `npm run build`, the service worker's precache list must hold
 * everything the app needs offline — shell, every route chunk, every language, the catalogue —
 * and nothing twice.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS } from '../../src/catalog/types.ts';

const dist = join(process.cwd(), 'dist');

function precacheUrls(): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const m = /\[\{"revision":[^\]]*\}\]/.exec(sw);
  if (!m) throw new Error('no precache manifest found in dist/sw.js');
  return (JSON.parse(m[0]) as Array<{ url: string }>).map((e) => e.url);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [relative(dist, p).split('\\').join('/')];
  });
}

describe('precache manifest', () => {
  test('lists no file twice', () => {
    const urls = precacheUrls();
    const dupes = urls.filter((u, i) => urls.indexOf(u) !== i);
    expect(dupes).toEqual([]);
  });

  test('holds the shell, the manifest and every built script and stylesheet (all route chunks)', () => {
    const urls = new Set(precacheUrls());
    expect(urls.has('index.html')).toBe(true);
    expect(urls.has('manifest.webmanifest')).toBe(true);
    const built = walk(join(dist, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    expect(built.length).toBeGreaterThan(3);
    const missing = built.filter((f) => !urls.has(f));
    expect(missing).toEqual([]);
  });

  test('holds the catalogue and every language: UI chunks, service texts and prerendered home', () => {
    const urls = [...precacheUrls()];
    expect(urls.some((u) => /^assets\/catalog\.wire-[\w-]+\.json$/.test(u))).toBe(true);
    for (const lang of LANGS) {
      // Each language's prerendered first screen, so `/{lang}/…` opens offline in the right language.
      expect(urls, `prerendered ${lang}/index.html`).toContain(`${lang}/index.html`);
      // Its UI strings: one chunk per namespace, named after the file.
      expect(urls.some((u) => new RegExp(`^assets/ui-[\\w-]+\\.js$`).test(u))).toBe(true);
      if (lang !== 'nb') {
        expect(urls.some((u) => new RegExp(`^assets/text\\.${lang}\\.wire-[\\w-]+\\.json$`).test(u)), `service texts ${lang}`).toBe(true);
      }
    }
  });

  test('every language has its own UI chunk, so a first visit downloads only its own', () => {
    const js = walk(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    // Vite names a glob-imported JSON chunk after its file: one `ui-*.js` per language's ui.json.
    const withUi = LANGS.filter((l) => existsSync(join(process.cwd(), 'locales', l, 'ui.json')));
    const uiChunks = js.filter((f) => /^assets\/ui-[\w-]+\.js$/.test(f));
    expect(uiChunks.length).toBeGreaterThanOrEqual(withUi.length);
  });

  test('the service worker is not itself in the precache, and sitemap/robots are not needed offline', () => {
    const urls = precacheUrls();
    expect(urls).not.toContain('sw.js');
    expect(urls).not.toContain('sitemap.xml');
  });
});
