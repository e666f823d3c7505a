/**
 * Prerendered service pages (scripts/prerender.ts): readable and callable with JavaScript off in
 * every script direction; the app takes over the same markup without the whole catalogue; an
 * unknown id still gets the not-found page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Lang, Service } from '../../src/catalog/types.ts';
import { dirOf } from '../../src/i18n/languages.ts';
import { baseURL, launch, openPage, appReady } from './harness.ts';
import { builtCatalog } from './fixtures/security-helpers.ts';
import { telHref } from '../../src/catalog/phone.ts';

const catalog = builtCatalog();
const mainPhone = (s: Service) => s.phones.find((p) => p.kind !== 'sms');
const withPhone = catalog.services.find((s) => s.id === 'vo-linjen') ?? catalog.services.find((s) => mainPhone(s))!;
// A record with no certain number of its own: its page offers the lines it falls back to.
const noNumber = catalog.services.find((s) => !mainPhone(s) && s.fallback.some((id) => catalog.services.find((f) => f.id === id && f.phones.length)))!;
const weekly = catalog.services.find((s) => s.schedule.type === 'weekly' && mainPhone(s))!;
const FULL_CATALOGUE = /\/assets\/catalog\.wire-[^/]+\.json$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());


/**
 * `<main>` as markup, without what the app fills in once it runs: the open-now badges (empty at
 * build time), the share bar's ready mark and the save button's state (read from the device).
 */
async function mainMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const b of main.querySelectorAll('.badge')) {
      b.className = 'badge';
      b.textContent = '';
    }
    for (const e of main.querySelectorAll('[data-ready]')) e.removeAttribute('data-ready');
    for (const e of main.querySelectorAll('.save-button')) e.removeAttribute('disabled');
    return main.outerHTML.replace(/\s+/g, ' ');
  });
}

/** The two strings from their first difference on (a readable failure instead of two pages of HTML). */
function fromFirstDifference(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return [a.slice(from, i + 160), b.slice(from, i + 160)];
}

describe('with JavaScript off, a service page is a real page', () => {
  for (const lang of ['nb', 'se', 'ar', 'ti'] as Lang[]) {
    test(`${lang}: name, call link, emergency strip, quick exit, lang/dir, title, hreflang`, async () => {
      const { page, context } = await openPage(browser, `/${lang}/tjeneste/${withPhone.id}`, { javaScriptEnabled: false });
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('html').getAttribute('dir')).toBe(dirOf(lang));
      expect(await page.locator('main h1').textContent()).toContain(withPhone.name);
      const call = page.locator('main a.call-big');
      expect(await call.getAttribute('href')).toBe(telHref(mainPhone(withPhone)!.number));
      expect(await call.isVisible()).toBe(true);
      expect(await page.locator('.emergency a[href="tel:112"]').isVisible()).toBe(true);
      expect(await page.locator('a.quick-exit').isVisible()).toBe(true);
      expect(await page.title()).toContain(withPhone.name);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
      expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(16);
      expect(await page.locator('link[hreflang="x-default"]').getAttribute('href')).toMatch(new RegExp(`/nb/tjeneste/${withPhone.id}$`));
      await context.close();
    });
  }

  test('a record with no number of its own: its fallback lines are real tel: links', async () => {
    const { page, context } = await openPage(browser, `/en/tjeneste/${noNumber.id}`, { javaScriptEnabled: false });
    expect(await page.locator('main h1').textContent()).toContain(noNumber.name);
    expect(await page.locator('main a.call-big').count()).toBe(0);
    expect(await page.locator('.fallback a[href^="tel:"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  test('"open now" is not stated from the moment of the build', async () => {
    const { page, context } = await openPage(browser, `/nb/tjeneste/${weekly.id}`, { javaScriptEnabled: false });
    expect(await page.locator('main .badge-open, main .badge-closed').count()).toBe(0);
    await context.close();
  });
});

describe('the app takes over a prerendered service page', () => {
  for (const [lang, service] of [['nb', withPhone], ['ar', weekly], ['se', noNumber]] as const) {
    test(`${lang}/${service.id}: the app draws the same <main> over it, with no layout shift`, async () => {
      const off = await openPage(browser, `/${lang}/tjeneste/${service.id}`, { javaScriptEnabled: false });
      const prerendered = await mainMarkup(off.page);
      await off.context.close();
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
      await context.addInitScript(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Array<PerformanceEntry & { value: number }>) w.__shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${baseURL()}/${lang}/tjeneste/${service.id}`);
      await appReady(page);
      const [app, prerender] = fromFirstDifference(await mainMarkup(page), prerendered);
      expect(app).toBe(prerender);
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('a deep link is drawn and usable before the full catalogue arrives, which then loads when idle', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const requested: Array<{ url: string; readyThen: boolean }> = [];
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    const page = await context.newPage();
    // The full catalogue and the language's full texts are held back: a page that needed them first would never be ready.
    await context.route(/\/assets\/(catalog|text\.[a-z]+)\.wire-[^/]+\.json$/, async (route) => {
      const readyThen = await page.evaluate(() => document.documentElement.dataset.ready === '1').catch(() => false);
      requested.push({ url: route.request().url(), readyThen });
      await held;
      await route.continue();
    });
    await page.goto(`${baseURL()}/ti/tjeneste/${withPhone.id}`);
    await appReady(page);
    expect(await page.locator('main h1').textContent()).toContain(withPhone.name);
    release();
    await expect.poll(() => requested.some((r) => FULL_CATALOGUE.test(r.url)), { timeout: 20_000 }).toBe(true);
    // Asked for only once the page was up.
    expect(requested.filter((r) => !r.readyThen)).toEqual([]);
    // Then the rest of the app has the whole catalogue: a search from here finds other services.
    await page.locator('a.brand').click();
    await page.locator('#q').fill('krisesenter');
    await expect.poll(() => page.locator('main a[href*="/tjeneste/krisesenter"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await context.close();
  });

  test('an unknown service id still gets the not-found page, in its language', async () => {
    const { page, context, errors } = await openPage(browser, '/ar/tjeneste/finnes-ikke');
    await appReady(page);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('main a.call-big').count()).toBe(0);
    expect(await page.locator('main [role="search"] input').count()).toBe(1);
    expect(await page.locator('main a[href="tel:112"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('when the page’s code cannot be loaded, the prerendered page stays (readable, callable)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    await context.route(/\/assets\/ServicePage-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${baseURL()}/nb/tjeneste/${withPhone.id}`);
    await appReady(page);
    expect(await page.locator('main h1').textContent()).toContain(withPhone.name);
    expect(await page.locator('main a.call-big').getAttribute('href')).toBe(telHref(mainPhone(withPhone)!.number));
    await context.close();
  });
});
