/**
 * The app in real Chromium against the production build: search to a call, deep links, not-found
 * pages, no-JavaScript first paint, hostile input, 320 px reflow, language choice.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, openPage, appReady } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());


async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('typing is never lost', () => {
  test('fast typing on a slow phone, from home into search: every keystroke stays, field and address agree', async () => {
    const { page, context, errors } = await openPage(browser, '/nb/');
    await appReady(page);
    // A cheap phone: the page that takes over from home loads while the person keeps typing.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const input = page.getByRole('searchbox', { name: 'Søk etter hjelp' });
    await input.click();
    const text = 'kjæresten min slår meg og jeg er redd';
    await input.pressSequentially(text, { delay: 0 });
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(text);
    await page.waitForTimeout(500);
    expect(await input.inputValue()).toBe(text);
    expect(new URL(page.url()).searchParams.get('q')).toBe(text);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search to a phone call', () => {
  test('home → misspelled name → result → service page → the tel: link is right', async () => {
    const { page, context, errors } = await openPage(browser, '/nb/');
    await appReady(page);
    const input = page.getByRole('searchbox', { name: 'Søk etter hjelp' });
    await input.click();
    await input.pressSequentially('alarmtelfonen', { delay: 20 });
    // Results as you type; the URL follows the query, and no keystroke is lost.
    await page.waitForURL(/\/nb\/sok\?q=alarmtelfonen$/);
    expect(await input.inputValue()).toBe('alarmtelfonen');
    const result = page.locator('.result-link').filter({ hasText: 'Alarmtelefonen for barn og unge' }).first();
    await result.waitFor();
    // The link's text starts with the service's name.
    expect((await result.innerText()).trim().startsWith('Alarmtelefonen for barn og unge')).toBe(true);
    await expect.poll(() => page.locator('[role="status"]').first().innerText()).toMatch(/\d+ tjenester? funnet/);
    await result.click();
    await page.waitForURL(/\/nb\/tjeneste\/alarmtelefonen$/);
    const h1 = page.locator('main h1');
    await expect.poll(() => h1.innerText()).toContain('Alarmtelefonen for barn og unge');
    // Focus moved to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const call = page.locator('main a.call-big');
    expect(await call.getAttribute('href')).toBe('tel:116111');
    // What the button shows ("Ring 116 111") starts its name (WCAG 2.5.3 Label in Name), then who it reaches.
    expect(await call.getAttribute('aria-label')).toBe('Ring 116 111, Alarmtelefonen for barn og unge');
    expect(await page.title()).toContain('Alarmtelefonen');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a deep link to a service works, with every channel a real link', async () => {
    const { page, context, errors } = await openPage(browser, '/nb/tjeneste/vo-linjen');
    await appReady(page);
    expect(await page.locator('main h1').innerText()).toContain('VO-linjen');
    expect(await page.locator('main a[href="tel:116006"]').count()).toBeGreaterThan(0);
    const external = page.locator('main a[href^="https:"]');
    for (const rel of await external.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
      expect(rel).toBe('noopener noreferrer');
    }
    // Every contact fact says what kind of source it rests on and when that source was published.
    expect(await page.locator('main').innerText()).toMatch(/Kilde: offentlig kilde, publisert \d{2}\.\d{4}/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a record with no certain number points to its fallback lines and dinutvei.no', async () => {
    const { page, context } = await openPage(browser, '/nb/tjeneste/adressesperre');
    await appReady(page);
    const fallback = page.locator('.fallback');
    expect(await fallback.locator('a[href="tel:02800"], a[href="tel:112"]').count()).toBeGreaterThan(0);
    expect(await fallback.locator('a[href="https://dinutvei.no/"]').count()).toBe(1);
    await context.close();
  });

  test('a search with no match is never a dead end', async () => {
    const { page, context } = await openPage(browser, '/nb/sok?q=qqqqxxxzzz');
    await appReady(page);
    await page.locator('.no-match').waitFor();
    expect(await page.locator('.no-match a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('.no-match a[href="tel:116006"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.no-match a[href="https://dinutvei.no/"]').count()).toBe(1);
    await context.close();
  });
});

describe('not found is never blank', () => {
  for (const [path, heading] of [
    ['/nb/tjeneste/finnes-ikke', 'Vi fant ikke denne tjenesten'],
    ['/nb/finnes-ikke/heller-ikke', 'Vi fant ikke denne siden'],
    ['/xx/', 'Vi har ikke dette språket'],
    ['/%E0%A4%A/', 'Vi fant ikke denne siden'],
  ] as const) {
    test(`${path} shows "${heading}" with search and the emergency numbers`, async () => {
      const { page, context, errors } = await openPage(browser, path);
      await appReady(page);
      expect(await page.locator('main h1').innerText()).toBe(heading);
      expect(await page.locator('main [role="search"] input').count()).toBe(1);
      expect(await page.locator('main a[href="tel:112"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href="tel:116111"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('a page whose code cannot be loaded', () => {
  test('shows an error with the emergency numbers, not a blank screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nb-NO', serviceWorkers: 'block' });
    // (A prerendered service page keeps its markup instead: tests/browser/prerender.test.ts.)
    await context.route(/\/assets\/MeasuresPage-[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(baseURL() + '/nb/tiltak');
    await expect.poll(() => page.locator('main h1').innerText(), { timeout: 15_000 }).toBe('Siden kunne ikke lastes');
    expect(await page.locator('main a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('main a[href="tel:116111"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(1);
    await context.close();
  });
});

describe('without JavaScript', () => {
  for (const path of ['/nb/', '/', '/ar/', '/se/', '/nb/tjeneste/vo-linjen']) {
    test(`${path} shows working emergency numbers`, async () => {
      const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
      for (const n of ['112', '113', '116006', '116111']) {
        expect(await page.locator(`a[href="tel:${n}"]`).count()).toBeGreaterThan(0);
      }
      // A home page has its search; a service page is the service itself (tests/browser/prerender.test.ts).
      expect(await page.locator('form[role="search"] input[type="search"]').count()).toBe(path.includes('/tjeneste/') ? 0 : 1);
      await context.close();
    });
  }

  test('each language page is prerendered in its language and direction', async () => {
    const { page, context } = await openPage(browser, '/ar/', { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.goto(baseURL() + '/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toContain('help against violence');
    expect(await page.locator('label[for="q"]').innerText()).toBe('Search for help');
    await context.close();
  });
});

describe('hostile input stays inert', () => {
  const inputs = {
    long: 'krisesenter '.repeat(900).slice(0, 10_000),
    emoji: '🆘😢👨‍👩‍👧 hjelp 🏳️‍🌈',
    script: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">',
    rtl: 'مساعدة \u202e krisesenter',
    regex: '.*+?^${}()|[]\\ (((',
    control: 'a\u0000b\u0007c\u001b[31m',
  };
  for (const [name, text] of Object.entries(inputs)) {
    test(`typing ${name} input`, async () => {
      const { page, context, errors } = await openPage(browser, '/nb/');
      await appReady(page);
      const input = page.getByRole('searchbox', { name: 'Søk etter hjelp' });
      await input.fill(text);
      await page.waitForURL(/\/nb\/sok\?q=/);
      await expect.poll(() => page.locator('[role="status"]').first().innerText(), { timeout: 10_000 }).toMatch(/funnet/);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main script, main img').count()).toBe(0);
      expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('a huge, odd query string in the URL', async () => {
    // About 4,000 characters: servers cap request lines (Node at 16 KB), so longer ones never reach the app.
    const q = encodeURIComponent('<b>x</b>%\u202e🆘'.repeat(150));
    const { page, context, errors } = await openPage(browser, `/nb/sok?q=${q}&kategori=<x>&fylke=%00&apen=2`);
    await appReady(page);
    expect(await page.locator('main b').count()).toBe(0);
    expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('layout and accessibility basics', () => {
  for (const path of ['/nb/', '/ar/sok?q=krisesenter', '/nb/tjeneste/vo-linjen', '/fa/tjeneste/alarmtelefonen', '/nb/tiltak', '/nb/om']) {
    test(`${path}: no horizontal scroll at 320 px, no style attributes`, async () => {
      const { page, context, errors } = await openPage(browser, path, { viewport: { width: 320, height: 640 } });
      await appReady(page);
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      expect(await page.locator('[style]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  test('the quick exit and the emergency numbers are visible without scrolling at 360 px', async () => {
    const { page, context } = await openPage(browser, '/nb/tjeneste/vo-linjen');
    await appReady(page);
    for (const sel of ['.quick-exit', 'a[href="tel:112"]', 'a[href="tel:116111"]']) {
      const box = await page.locator(sel).first().boundingBox();
      expect(box, sel).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    }
    await context.close();
  });

  test('switching language keeps the page and sets <html lang dir>', async () => {
    const { page, context } = await openPage(browser, '/nb/tjeneste/vo-linjen');
    await appReady(page);
    await page.locator('.lang-switch summary').click();
    await page.locator('.lang-switch a[hreflang="ar"]').click();
    await page.waitForURL(/\/ar\/tjeneste\/vo-linjen$/);
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    // The official Norwegian name stays, marked as Norwegian.
    expect(await page.locator('main h1 [lang="nb"]').first().innerText()).toContain('VO-linjen');
    await context.close();
  });

  test('/ picks the browser language (no → nb, en-GB → en)', async () => {
    for (const [locale, lang] of [['en-GB', 'en'], ['no', 'nb'], ['fr-FR', 'nb']] as const) {
      const { page, context } = await openPage(browser, '/', { locale });
      await page.waitForURL(new RegExp(`/${lang}/$`));
      await appReady(page);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await context.close();
    }
  });
});
