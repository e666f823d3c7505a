/**
 * Quick exit and "delete everything" in real Chromium against the production build. The neutral
 * site is intercepted (a stub page), so no test ever contacts yr.no.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, launchPersistent } from './harness.ts';
import { NEUTRAL_ORIGIN, settle, watchRequests } from './fixtures/security-helpers.ts';

// The shell picks the label text ("Forlat siden" or "Forlat siden raskt"); the role and start are the contract.
const EXIT_NAME = /^Forlat siden/;

/** The tab's history as the browser keeps it (what Back and the history list can reach). */
async function historyUrls(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
  await cdp.detach();
  return entries.map((e) => e.url);
}

function onApp(url: string): boolean {
  return url.startsWith(baseURL());
}

describe('quick exit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function open() {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'nb-NO' });
    const requests = await watchRequests(context, baseURL());
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // A page before the app, like the site a person came from.
    await page.goto(`${NEUTRAL_ORIGIN}/forrige-side`);
    return { context, page, requests };
  }

  test('is on screen without scrolling at 360 px, 44 px or larger, and reachable with the keyboard', async () => {
    const { context, page } = await open();
    await page.goto(baseURL() + '/nb/skjul-besok');
    await settle(page, 0);
    const exit = page.getByRole('button', { name: EXIT_NAME });
    const box = (await exit.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    // Still on screen after scrolling to the bottom of a long page.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const after = (await exit.boundingBox())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    expect(after.y + after.height).toBeLessThanOrEqual(740);
    // Keyboard: Tab reaches it within the first few stops.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await exit.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await context.close();
  });

  test('a click replaces the history entry with the neutral site and sends no referrer', async () => {
    const { context, page, requests } = await open();
    await page.goto(baseURL() + '/nb/');
    await settle(page, 0);
    const lengthBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: EXIT_NAME }).click();
    await page.waitForURL(NEUTRAL_ORIGIN + '/');
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    expect((await historyUrls(context, page)).filter(onApp)).toEqual([]);
    const landing = requests.all.filter((r) => r.url === NEUTRAL_ORIGIN + '/');
    expect(landing.length).toBe(1);
    expect(landing[0]!.referer).toBeUndefined();
    // Back goes to where the person was before the app, not to the app.
    await page.goBack();
    expect(page.url()).toBe(`${NEUTRAL_ORIGIN}/forrige-side`);
    expect(await page.content()).not.toContain('Finn hjelp');
    await context.close();
  });

  test('Enter on the focused button leaves too', async () => {
    const { context, page } = await open();
    await page.goto(baseURL() + '/nb/om');
    await settle(page, 0);
    await page.getByRole('button', { name: EXIT_NAME }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(NEUTRAL_ORIGIN + '/');
    expect((await historyUrls(context, page)).filter(onApp)).toEqual([]);
    await context.close();
  });

  test('Esc twice leaves from inside the search field; one Esc does not', async () => {
    const { context, page } = await open();
    await page.goto(baseURL() + '/nb/sok?q=krisesenter');
    await settle(page, 0);
    const field = page.locator('input[type="search"], input#q').first();
    expect(await field.count(), 'the search page has a search field').toBe(1);
    await field.focus();
    await page.keyboard.type(' hjelp');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1300);
    expect(onApp(page.url())).toBe(true);
    // The two presses of a pair: the one above is too long ago to count.
    await field.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL_ORIGIN + '/');
    expect((await historyUrls(context, page)).filter(onApp)).toEqual([]);
    await context.close();
  });

  test('offline: the browser shows its own error for the neutral address, never this app, and Back cannot return', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'nb-NO' });
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(baseURL() + '/nb/');
    await settle(page, 0);
    await context.setOffline(true);
    // Belt and braces: even if "offline" leaked, the neutral site is refused here.
    await context.route(`${NEUTRAL_ORIGIN}/**`, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: EXIT_NAME }).click();
    // The tab's last history entry becomes the neutral address (the first is the tab's about:blank).
    await expect.poll(async () => (await historyUrls(context, page)).at(-1), { timeout: 10_000 }).toBe(NEUTRAL_ORIGIN + '/');
    await page.waitForLoadState();
    expect(onApp(page.url())).toBe(false);
    expect(await page.content()).not.toMatch(/Finn hjelp|skjul-besok|tjeneste/i);
    expect(await page.title()).not.toMatch(/Finn hjelp/i);
    // Nothing to go back to: the app's entry was replaced, not pushed.
    await page.goBack().catch(() => null);
    expect(onApp(page.url())).toBe(false);
    expect((await historyUrls(context, page)).filter(onApp)).toEqual([]);
    expect(seen.filter((u) => u.startsWith(NEUTRAL_ORIGIN)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('delete everything', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await launchPersistent();
    await watchRequests(context, baseURL());
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => context?.close());

  async function inventory(p: Page) {
    return p.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
  }

  test('removes every database, cache, storage item and service worker, then leaves', async () => {
    await page.goto(baseURL() + '/nb/');
    await settle(page);
    // Make sure there is something of each kind to delete (the app's own data comes on top).
    await page.evaluate(async () => {
      await new Promise<void>((ok, fail) => {
        const req = indexedDB.open('finnhjelp-test', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('saved').put({ id: 'x' }, 'x');
        req.onsuccess = () => {
          req.result.close();
          ok();
        };
        req.onerror = () => fail(req.error);
      });
      await (await caches.open('finnhjelp-test')).put('/test-entry', new Response('saved'));
      localStorage.setItem('finnhjelp-test', '1');
      sessionStorage.setItem('finnhjelp-test', '1');
      if ((await navigator.serviceWorker.getRegistrations()).length === 0) {
        await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      }
      await navigator.serviceWorker.ready;
    });
    const before = await inventory(page);
    expect(before.databases).toContain('finnhjelp-test');
    expect(before.caches).toContain('finnhjelp-test');
    expect(before.workers).toBeGreaterThan(0);
    expect(before.local).toBeGreaterThan(0);
    expect(before.session).toBeGreaterThan(0);

    await page.goto(baseURL() + '/nb/skjul-besok');
    await settle(page, 0);
    await page.getByRole('button', { name: 'Slett alt appen har lagret på denne enheten' }).click();
    await page.getByRole('button', { name: 'Ja, slett alt og forlat siden' }).click();
    try {
      await page.waitForURL(NEUTRAL_ORIGIN + '/', { timeout: 15_000 });
    } catch (err) {
      throw new Error(`did not leave; the page says: ${await page.locator('body').innerText().catch(() => '?')}`, { cause: err });
    }

    // Look at the origin from a page that is not the app (the app would register its worker again).
    await page.goto(baseURL() + '/sw.js');
    expect(await inventory(page)).toEqual({ databases: [], caches: [], workers: 0, local: 0, session: 0 });
  });
});
