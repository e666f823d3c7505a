/**
 * Offline, installable, updates with consent (real Chromium, service workers on, production build).
 * Each test gets its own server over its own copy of dist/ so an "update" can swap the files
 * under a running origin.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { appReady, closeOwn, launchPersistent } from './harness.ts';
import type { Catalog } from '../../src/catalog/types.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const withPhone = catalog.services.find((s) => s.phones.length > 0 && s.group === null && s.id !== 'nodnummer-112')!;
const local = catalog.services.find((s) => s.group !== null) ?? withPhone;

let server: Server | null = null;
let context: BrowserContext | null = null;

afterEach(async () => {
  await closeOwn(context, server);
  context = null;
  server = null;
});

function copyDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'finnhjelp-dist-'));
  cpSync(resolve('dist'), dir, { recursive: true });
  return dir;
}

async function serve(root: string, port = 0): Promise<string> {
  server = await startServer({ root, port });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return `http://127.0.0.1:${addr.port}`;
}

/** First visit: load the page and wait until the service worker is active (precache complete). */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
}

/** The page's main heading once the app (not just the prerendered first screen) is on screen. */
async function heading(page: Page): Promise<string> {
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
  return (await page.locator('main h1').first().textContent({ timeout: 15_000 })) ?? '';
}

/** Waits until the app has taken over from the prerendered page. */

/** First visit (worker installed), then the person saves a service with a phone. */
async function visitAndSave(origin: string): Promise<Page> {
  context = await launchPersistent();
  const page = await context.newPage();
  await firstVisit(page, `${origin}/nb/`);
  await page.goto(`${origin}/nb/tjeneste/${withPhone.id}`);
  await appReady(page);
  await page.locator('.save-button').click();
  await expect.poll(() => page.locator('.save-button').getAttribute('aria-pressed')).toBe('true');
  return page;
}

describe('after one visit, everything works offline', () => {
  test('home, deep links, search, language switching and saved services with the network off', async () => {
    const origin = await serve(copyDist());
    // Save a service while online, so we can open it offline from Mine tjenester.
    const page = await visitAndSave(origin);

    await page.context().setOffline(true);

    await page.goto(`${origin}/nb/`);
    expect(await page.locator('a[href^="tel:112"]').count()).toBeGreaterThan(0);

    // A deep link typed while offline, in Northern Sami.
    await page.goto(`${origin}/se/tjeneste/${local.id}`);
    expect(await heading(page)).toContain(local.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('se');

    // Search works offline.
    await page.goto(`${origin}/nb/`);
    await page.locator('input[type="search"]').first().fill('krisesentr');
    await expect.poll(() => page.locator('main a[href*="/tjeneste/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // Arabic, offline: right-to-left.
    await page.goto(`${origin}/ar/tjeneste/${withPhone.id}`);
    expect(await heading(page)).toContain(withPhone.name);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // The saved service, offline.
    await page.goto(`${origin}/nb/mine`);
    await expect.poll(() => page.locator(`a[href="/nb/tjeneste/${withPhone.id}"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // The offline indicator is shown.
    expect(await page.locator('.status-offline').count()).toBe(1);
  });
});

describe('updates', () => {
  test('a new version is announced, applied only on tap, and keeps saved services and the language', async () => {
    const root = copyDist();
    const origin = await serve(root);
    const port = Number(new URL(origin).port);
    // The user saves a service and picks Northern Sami with the language switch.
    const page = await visitAndSave(origin);
    await page.locator('.lang-switch summary').first().click();
    await page.locator('.lang-switch a[hreflang="se"]').first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('se');

    // Deploy "build B" under the same origin: a changed shell and service worker.
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const indexRev = /\{"revision":"([0-9a-f]+)","url":"index\.html"\}/.exec(sw);
    expect(indexRev).not.toBeNull();
    writeFileSync(join(root, 'index.html'), readFileSync(join(root, 'index.html'), 'utf8').replace('</body>', '<!-- build B --></body>'));
    writeFileSync(join(root, 'sw.js'), sw.replace(indexRev![1]!, 'b'.repeat(32)) + '\n// build B\n');
    await new Promise<void>((ok) => server!.close(() => ok()));
    await serve(root, port);

    await page.goto(`${origin}/se/`);
    await appReady(page);
    const search = page.locator('input[type="search"]').first();
    await search.fill('heahte');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    // Announced, but nothing reloads by itself: what the user typed stays.
    const apply = page.locator('.status-update button.button-primary');
    await apply.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    expect(await search.inputValue()).toBe('heahte');

    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), apply.click()]);
    // The new worker now controls the page.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), { timeout: 10_000 }).toContain('/sw.js');

    // The language choice survived: `/` opens in Northern Sami.
    await page.goto(`${origin}/`);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe('/se/');
    // `/` is served the Norwegian shell; the app then draws the stored language.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('se');
    // And the saved service.
    await page.goto(`${origin}/se/mine`);
    await expect.poll(() => page.locator(`a[href="/se/tjeneste/${withPhone.id}"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

describe('IndexedDB', () => {
  test('a v1 database with saved services is upgraded by the app and keeps them', async () => {
    const origin = await serve(copyDist());
    context = await launchPersistent();
    const page = await context.newPage();
    await page.goto(`${origin}/nb/om`);
    // Create the first release's schema (v1) by hand, with a saved service in it.
    await page.evaluate(
      (id) =>
        new Promise<void>((ok, fail) => {
          indexedDB.deleteDatabase('finnhjelp');
          const req = indexedDB.open('finnhjelp', 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('catalog');
            db.createObjectStore('prefs');
            db.createObjectStore('saved', { keyPath: 'id' }).put({ id, name: 'Fra v1', savedAt: 1 });
          };
          req.onsuccess = () => {
            req.result.close();
            ok();
          };
          req.onerror = () => fail(req.error);
        }),
      withPhone.id,
    );
    await page.goto(`${origin}/nb/mine`);
    await expect.poll(() => page.locator(`a[href="/nb/tjeneste/${withPhone.id}"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const version = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          const r = indexedDB.open('finnhjelp');
          r.onsuccess = () => {
            ok(r.result.version);
            r.result.close();
          };
        }),
    );
    expect(version).toBe(2);
  });

  test('without IndexedDB the app still works from the bundled catalogue, and saving says why it is off', async () => {
    const origin = await serve(copyDist());
    context = await launchPersistent();
    await context.addInitScript(() => {
      // As in some private modes: no IndexedDB at all.
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/nb/tjeneste/${withPhone.id}`);
    expect(await heading(page)).toContain(withPhone.name);
    expect(await page.locator('.save-button').isDisabled()).toBe(true);
    expect(await page.locator('.save-note').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a second tab during an upgrade does not hang: the page renders and the user is told', async () => {
    const origin = await serve(copyDist());
    context = await launchPersistent();
    const old = await context.newPage();
    await old.goto(`${origin}/nb/om`);
    await old.locator('h1').first().waitFor();
    // An "old tab" that holds a v1 connection open and ignores versionchange, as an old release would.
    await old.evaluate(
      () =>
        new Promise<void>((ok) => {
          indexedDB.deleteDatabase('finnhjelp');
          const req = indexedDB.open('finnhjelp', 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            db.createObjectStore('catalog');
            db.createObjectStore('prefs');
            db.createObjectStore('saved', { keyPath: 'id' });
          };
          req.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = req.result;
            ok();
          };
        }),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/nb/tjeneste/${withPhone.id}`);
    // The page does not wait for the blocked database: the service is drawn (heading() gives up after 15 s).
    expect(await heading(page)).toContain(withPhone.name);
    await page.locator('.status-storage').waitFor({ timeout: 10_000 });
    expect(await page.locator('.status-storage').textContent()).toBeTruthy();
  });
});
