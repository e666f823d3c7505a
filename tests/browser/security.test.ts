/**
 * Privacy and injection safety of the production build: no request to any other origin (page or
 * service worker), no CSP violation, XSS payloads render as text, and the emergency numbers work
 * without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { MANIFEST_URL } from '../../src/catalog/manifest.ts';
import { packCatalog, unpackCatalog, type WireCatalog } from '../../src/catalog/wire.ts';
import { baseURL, launch, launchPersistent } from './harness.ts';
import {
  builtCatalog,
  emergencyNumbers,
  NEUTRAL_ORIGIN,
  ROUTES,
  settle,
  watchCsp,
  watchRequests,
  type SeenRequest,
} from './fixtures/security-helpers.ts';
import { EVIL_ID, EVIL_WORD, maliciousService, PAYLOADS } from './fixtures/malicious-service.ts';

describe('every route: no request to another origin, no CSP violation (service worker allowed)', () => {
  let context: BrowserContext;
  let page: Page;
  let requests: Awaited<ReturnType<typeof watchRequests>>;
  let csp: Awaited<ReturnType<typeof watchCsp>>;

  beforeAll(async () => {
    // One persistent profile for all routes, as a person would have: the first visit installs the
    // service worker, later routes are served through it — both kinds of request are recorded.
    context = await launchPersistent();
    requests = await watchRequests(context, baseURL());
    csp = await watchCsp(context);
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => context?.close());

  async function visit(path: string): Promise<{ foreign: SeenRequest[]; violations: string[] }> {
    const from = requests.all.length;
    const consoleFrom = csp.console.length;
    const res = await page.goto(baseURL() + path);
    expect(res?.status(), path).toBe(200);
    await settle(page);
    const foreign = requests.foreign().filter((r) => requests.all.indexOf(r) >= from);
    return { foreign, violations: [...(await csp.inPage(page)), ...csp.console.slice(consoleFrom)] };
  }

  for (const route of ROUTES) {
    test(route.name, async () => {
      const { foreign, violations } = await visit(route.path());
      expect(foreign).toEqual([]);
      expect(violations).toEqual([]);
      // The page rendered something: a check on an empty page would prove nothing.
      expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(20);
    });
  }

  test('the same routes again, now through the installed service worker, and the worker itself', async () => {
    for (const route of ROUTES) {
      const { foreign, violations } = await visit(route.path());
      expect(foreign, route.name).toEqual([]);
      expect(violations, route.name).toEqual([]);
    }
    const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    if (registrations > 0) {
      // Proof that the recorder sees the worker's own traffic (precache), so "none foreign" means something.
      expect(requests.all.some((r) => r.fromServiceWorker)).toBe(true);
    } else {
      console.warn('security: the app registered no service worker (yet); only page requests were checked.');
    }
    expect(requests.foreign()).toEqual([]);
  });
});

describe('XSS', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function open(): Promise<{ context: BrowserContext; page: Page; dialogs: string[]; csp: Awaited<ReturnType<typeof watchCsp>> }> {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'nb-NO' });
    await watchRequests(context, baseURL());
    const csp = await watchCsp(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    return { context, page, dialogs, csp };
  }

  /** Nothing injected: no payload element, no inline handler, no javascript: link, nothing ran. */
  async function expectInert(page: Page, csp: Awaited<ReturnType<typeof watchCsp>>, dialogs: string[]): Promise<void> {
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 120)),
        jsLinks: [...document.querySelectorAll('[href],[src],[action],[formaction]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
          .filter((v) => /^\s*(javascript|vbscript|data:text\/html)/i.test(v)),
        injected: document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src]):not([type="application/json"]):not([type="application/ld+json"]), b[onmouseover]').length,
      };
    });
    expect(found).toEqual({ pwned: null, handlers: [], jsLinks: [], injected: 0 });
    expect([...(await csp.inPage(page)), ...csp.console]).toEqual([]);
    expect(dialogs).toEqual([]);
  }

  /** The text as the person sees it: visible text plus the values of form fields. */
  async function shownText(page: Page): Promise<string> {
    return page.evaluate(
      () => document.body.innerText + '\n' + [...document.querySelectorAll('input, textarea')].map((i) => (i as HTMLInputElement).value).join('\n'),
    );
  }

  for (const payload of PAYLOADS) {
    test(`search query ${payload} shows as text and runs nothing`, async () => {
      const { context, page, dialogs, csp } = await open();
      const res = await page.goto(`${baseURL()}/nb/sok?q=${encodeURIComponent(payload)}`);
      expect(res?.status()).toBe(200);
      await settle(page, 0);
      expect(await shownText(page)).toContain(payload);
      await expectInert(page, csp, dialogs);
      await context.close();
    });
  }

  test('payloads in filters, the hash, a service id and a list id run nothing', async () => {
    const { context, page, dialogs, csp } = await open();
    const evil = encodeURIComponent(PAYLOADS[0]);
    for (const path of [
      `/nb/sok?kategori=${evil}&fylke=${evil}&for=${evil}`,
      `/nb/tiltak?departement=${evil}&q=${evil}`,
      `/nb/#${evil}`,
      `/nb/tjeneste/${evil}`,
      `/nb/liste/${evil},${encodeURIComponent(PAYLOADS[1])}`,
    ]) {
      await page.goto(baseURL() + path);
      await settle(page, 0);
      await expectInert(page, csp, dialogs);
    }
    await context.close();
  });

  test('a poisoned service record in the catalogue renders as text everywhere it shows', async () => {
    const { context, page, dialogs, csp } = await open();
    let served = 0;
    // The record goes into the very catalogue file the app downloads, through the normal loader
    // (not into the update channel's manifest, /data/catalog.json, which only points at files).
    await context.route(
      (url) => url.origin === new URL(baseURL()).origin && /\/catalog[^/]*\.json$/.test(url.pathname) && url.pathname !== MANIFEST_URL,
      async (route) => {
        const res = await route.fetch();
        const shipped = (await res.json()) as Catalog | WireCatalog;
        // Through the pipeline's own packing, so the record reaches the app the way real data does.
        const catalog = 'wire' in shipped ? unpackCatalog(shipped) : shipped;
        const base = catalog.services[0] ?? builtCatalog().services[0];
        if (!base) throw new Error('no service to base the poisoned record on');
        catalog.services = [maliciousService(base), ...catalog.services];
        served++;
        await route.fulfill({ response: res, json: 'wire' in shipped ? packCatalog(catalog) : catalog });
      },
    );
    for (const path of [`/nb/tjeneste/${EVIL_ID}`, `/nb/sok?q=${EVIL_WORD}`, `/nb/liste/${EVIL_ID}`]) {
      await page.goto(baseURL() + path);
      await settle(page, 0);
      expect(served, 'the catalogue request was not seen: the test must follow how the app loads it').toBeGreaterThan(0);
      // The record is on the page, and its markup is shown as text, not parsed.
      expect(await shownText(page), path).toContain(EVIL_WORD);
      expect(await page.locator('body').innerText(), path).toMatch(/<img src=x onerror=|<script>|<svg onload=|<iframe srcdoc=/);
      await expectInert(page, csp, dialogs);
    }
    await context.close();
  });
});

describe('without JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function openNoJs(path: string) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, serviceWorkers: 'block', locale: 'nb-NO' });
    await watchRequests(context, baseURL());
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const res = await page.goto(baseURL() + path);
    expect(res?.status()).toBe(200);
    return { context, page };
  }

  test('the home page shows every emergency number as a working tel: link', async () => {
    const { context, page } = await openNoJs('/nb/');
    for (const { number, display } of emergencyNumbers()) {
      const link = page.locator(`a[href="tel:${number}"]`).first();
      expect(await link.count(), number).toBe(1);
      expect(await link.isVisible(), number).toBe(true);
      expect((await link.innerText()).replace(/\s/g, ''), number).toContain(display.replace(/\s/g, ''));
    }
    await context.close();
  });

  for (const path of ['/', '/nb/skjul-besok', '/nb/finnes-ikke', '/en/']) {
    test(`${path} still shows 112 as a tel: link`, async () => {
      const { context, page } = await openNoJs(path);
      expect(await page.locator('a[href="tel:112"]').first().isVisible()).toBe(true);
      await context.close();
    });
  }

  test('a service page opened from a shared link still shows 112', async () => {
    const id = builtCatalog().services[0]?.id;
    expect(id, 'catalogue has no services').toBeTruthy();
    const { context, page } = await openNoJs(`/nb/tjeneste/${encodeURIComponent(id!)}`);
    expect(await page.locator('a[href="tel:112"]').first().isVisible()).toBe(true);
    await context.close();
  });

  test('quick exit still leaves the page (it is a real link)', async () => {
    const { context, page } = await openNoJs('/nb/');
    await page.getByRole('button', { name: /^Forlat siden/ }).click();
    await page.waitForURL(NEUTRAL_ORIGIN + '/');
    expect(await page.content()).not.toContain('Finn hjelp');
    await context.close();
  });
});
