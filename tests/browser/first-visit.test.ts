/**
 * A first visit (fresh profile, service worker on) to home, a service page and a search: no
 * request fails (no 404 for an icon, a chunk or the data), and nothing is logged as an error.
 * Waits until the network is idle, so what loads after the first screen is checked too; then asks
 * for every file the page names (icon, manifest, scripts) and checks a file, not a page, comes back.
 */
import { describe, expect, test } from 'vitest';
import { baseURL, launchPersistent } from './harness.ts';

describe('first visit: no failed request, no console error', () => {
  for (const path of ['/nb/', '/nb/tjeneste/vo-linjen', '/nb/sok?q=krisesenter']) {
    test(path, async () => {
      // A profile that has seen nothing: cold cache, no service worker yet.
      const context = await launchPersistent();
      const page = await context.newPage();
      const failed: string[] = [];
      const errors: string[] = [];
      // Context-wide: the page's own requests and those of its service worker.
      const onResponse = (r: { status(): number; url(): string }) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      };
      context.on('response', onResponse);
      page.on('requestfailed', (r) => failed.push(`failed ${r.url()} ${r.failure()?.errorText ?? ''}`));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(baseURL() + path, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      await page.waitForLoadState('networkidle');
      context.off('response', onResponse);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      // Headless Chromium never asks for the icon, and a server with an app fallback answers a
      // missing file with the app's HTML: ask for every file the page names, and check what comes back.
      const named = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement | HTMLImageElement>('link[href], script[src], img[src]')]
          .filter((el) => !(el instanceof HTMLLinkElement && /\b(alternate|canonical)\b/.test(el.rel)))
          .map((el) => ('href' in el && el.href ? el.href : (el as HTMLScriptElement).src))
          .filter((u) => u.startsWith(location.origin)),
      );
      expect(named.some((u) => u.endsWith('/favicon.svg'))).toBe(true);
      for (const url of named) {
        const r = await page.request.get(url);
        expect(`${r.status()} ${r.headers()['content-type']?.startsWith('text/html') ? 'html' : 'file'} ${url}`).toBe(`200 file ${url}`);
      }
      await context.close();
    });
  }
});
