/**
 * Every file the built pages ask for exists: a missing icon or script is a 404 and a console
 * error on every first visit. Checks the `<link>` files (icon, manifest, stylesheets, preloads),
 * scripts and images of every built HTML page, and the icons the web app manifest names.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(process.cwd(), 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

/** Local files a page loads: link hrefs (not page links), script and image sources. */
function referencedFiles(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/g)) {
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1] ?? '';
    // Alternates and canonical links name pages, not files.
    if (/\b(alternate|canonical)\b/.test(rel)) continue;
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url && url.startsWith('/') && !url.startsWith('//')) out.push(url.split(/[?#]/)[0]!);
  }
  return out;
}

const exists = (url: string) => existsSync(join(dist, decodeURIComponent(url))) && statSync(join(dist, decodeURIComponent(url))).isFile();

describe('built pages reference only files that exist', () => {
  test('the icon link is found in the pages (the check reads what it should)', () => {
    const home = readFileSync(join(dist, 'nb', 'index.html'), 'utf8');
    expect(referencedFiles(home)).toContain('/favicon.svg');
    expect(referencedFiles('<link rel="icon" href="/nope.svg"><link rel="alternate" hreflang="en" href="/en/">')).toEqual(['/nope.svg']);
  });

  test('every file every page asks for is in dist/', () => {
    const missing: string[] = [];
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages)
      for (const url of referencedFiles(readFileSync(page, 'utf8'))) if (!exists(url)) missing.push(`${relative(dist, page)} → ${url}`);
    expect(missing).toEqual([]);
  });

  test('every icon of the web app manifest is in dist/', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { icons: Array<{ src: string }> };
    const missing = manifest.icons.map((i) => (i.src.startsWith('/') ? i.src : `/${i.src}`)).filter((u) => !exists(u));
    expect(missing).toEqual([]);
  });
});
