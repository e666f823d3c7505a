/**
 * Sharing in a meeting, in real Chromium against the production build: copy fallback, QR codes
 * that decode to exactly the shared link (with the reader's language), that link in a fresh
 * browser, lists with removed services, print view, and no request to any other origin.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { baseURL, launch, launchPersistent, watchPage } from './harness.ts';
import type { Catalog } from '../../src/catalog/types.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const withPhone = catalog.services.filter((s) => s.phones.some((p) => p.kind !== 'sms'));
const one = withPhone[0]!;
const three = withPhone.slice(0, 3).map((s) => s.id);

let browser: Browser;
beforeAll(async () => {
  expect(withPhone.length, 'the catalogue needs services with phones').toBeGreaterThanOrEqual(3);
  browser = await launch();
});
afterAll(async () => browser?.close());

/** A phone-sized context that records every request and page error. */
async function open(
  path: string,
  opts: { init?: string; permissions?: string[]; viewport?: { width: number; height: number } } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[]; foreign: string[] }> {
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 360, height: 740 }, locale: 'nb-NO', serviceWorkers: 'block' });
  if (opts.permissions) await context.grantPermissions(opts.permissions, { origin: baseURL() });
  if (opts.init) await context.addInitScript(opts.init);
  const page = await context.newPage();
  const { errors, foreign } = watchPage(page);
  await page.goto(baseURL() + path);
  return { page, context, errors, foreign };
}

/** Screenshots a QR element and decodes it (pngjs → jsQR). */
async function decodeQr(el: Locator): Promise<string | null> {
  const png = PNG.sync.read(await el.screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? null;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// pngjs ships no types; this is the one call used.
const { PNG } = require('pngjs') as { PNG: { sync: { read(buf: Buffer): { width: number; height: number; data: Buffer } } } };

/** WCAG 2.1 AA violations axe-core finds in the page as it is now (ids and targets). */
async function axe(page: Page): Promise<Array<{ id: string; targets: string[] }>> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).flatMap((n) => n.target) }));
  });
}

const NO_WEB_SHARE = 'delete Navigator.prototype.share; delete Navigator.prototype.canShare;';

describe('share link', () => {
  test('without the Web Share API the link is copied, with a visible confirmation', async () => {
    const { page, context, errors, foreign } = await open(`/nb/tjeneste/${one.id}`, {
      init: NO_WEB_SHARE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const button = page.locator('.fh-share-bar[data-ready] [data-share-action="share"]').first();
    await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe('Kopier lenke');
    await button.click();
    const status = page.locator('.fh-share-bar > [role="status"]').first();
    await expect.poll(() => status.textContent()).toContain('Lenken er kopiert');
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/nb/tjeneste/${one.id}`);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  test('with the Web Share API the share sheet gets the title and the absolute link', async () => {
    const init = `
      window.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: function (d) { window.__shared.push(d); return Promise.resolve(); } });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: function () { return true; } });`;
    const { page, context } = await open(`/en/tjeneste/${one.id}`, { init });
    const button = page.locator('.fh-share-bar[data-ready] [data-share-action="share"]').first();
    await expect.poll(() => button.textContent(), { timeout: 15_000 }).toBe('Share link');
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared)).toEqual([
      { title: one.name, url: `${baseURL()}/en/tjeneste/${one.id}` },
    ]);
    await context.close();
  });
});

describe('QR code', () => {
  test("a service's QR code, made for a Tigrinya reader, decodes to the Tigrinya link; Esc closes and focus returns", async () => {
    const { page, context, errors, foreign } = await open(`/nb/tjeneste/${one.id}`);
    const qrButton = page.locator('.fh-share-bar[data-ready] [data-share-action="qr"]').first();
    await qrButton.click({ timeout: 15_000 });
    const dialog = page.locator('dialog.fh-qr-dialog[open]');
    await dialog.waitFor();
    // Focus starts on the reader's language, the first thing the worker chooses.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await dialog.locator('select').selectOption('ti');
    const expected = `${baseURL()}/ti/tjeneste/${one.id}`;
    const svg = dialog.locator('svg.fh-qr-code');
    await expect.poll(() => svg.getAttribute('data-qr-text')).toBe(expected);
    expect(await decodeQr(svg)).toBe(expected);
    expect(await dialog.locator('.fh-qr-caption').getAttribute('lang')).toBe('ti');
    expect(await dialog.locator('.fh-qr-phone').textContent()).toBe(one.phones.find((p) => p.kind !== 'sms')!.display);
    // No style attributes anywhere (strict CSP), and the code fills most of a phone's width.
    expect(await page.locator('[style]').count()).toBe(0);
    expect((await svg.boundingBox())!.width).toBeGreaterThan(300);
    // Buttons and the language picker are at least 44×44 px.
    for (const el of await dialog.locator('button, select').all()) {
      const box = (await el.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    expect(await axe(page)).toEqual([]);
    // The page behind is inert while the dialog is open.
    expect(await page.evaluate(() => document.querySelector('dialog.fh-qr-dialog')?.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.shareAction)).toBe('qr');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();

    // The link, opened on another phone: the same service, in Tigrinya.
    const other = await open(`/ti/tjeneste/${one.id}`);
    await other.page.locator('main h1').first().waitFor({ timeout: 15_000 });
    // Deep links get the SPA shell (lang="nb") first; the app then switches the document to the link's language.
    await expect.poll(() => other.page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('ti');
    expect(await other.page.locator('main h1').first().textContent()).toContain(one.name);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  test("a list's QR code decodes to the list link in the reader's language, which opens the same list", async () => {
    const { page, context, foreign } = await open(`/nb/liste/${three.join(',')}`);
    await page.locator('.fh-list-page .fh-share-bar[data-ready] [data-share-action="qr"]').click({ timeout: 15_000 });
    const dialog = page.locator('dialog.fh-qr-dialog[open]');
    await dialog.locator('select').selectOption('ti');
    const svg = dialog.locator('svg.fh-qr-code');
    await expect.poll(() => svg.getAttribute('data-qr-text')).toContain('/ti/liste/');
    const url = (await decodeQr(svg))!;
    expect(url).toBe(await svg.getAttribute('data-qr-text'));
    expect(url.startsWith(`${baseURL()}/ti/liste/`)).toBe(true);
    // Close with the button this time: focus returns too.
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.shareAction)).toBe('qr');
    expect(foreign).toEqual([]);
    await context.close();

    const other = await open(url.slice(baseURL().length));
    await other.page.locator('.fh-list-service').first().waitFor({ timeout: 15_000 });
    // Deep links get the SPA shell (lang="nb") first; the app then switches the document to the link's language.
    await expect.poll(() => other.page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('ti');
    expect(await other.page.locator('.fh-list-service').evaluateAll((els) => els.map((e) => e.querySelector('h2')?.id))).toEqual(
      three.map((id) => `list-${id}`),
    );
    expect(other.errors).toEqual([]);
    await other.context.close();
  });
});

describe('long lists', () => {
  test('a 10-service list of the longest ids is shared as a short link that still opens all ten', async () => {
    const ten = [...catalog.services].sort((a, b) => b.id.length - a.id.length).slice(0, 10).map((s) => s.id);
    const { page, context } = await open(`/nb/liste/${ten.join(',')}`);
    await page.locator('.fh-list-page .fh-share-bar[data-ready] [data-share-action="qr"]').click({ timeout: 15_000 });
    const svg = page.locator('dialog.fh-qr-dialog[open] svg.fh-qr-code');
    const url = (await decodeQr(svg))!;
    expect(url).toBe(await svg.getAttribute('data-qr-text'));
    expect(url.length).toBeLessThan(160);
    expect(Number(await svg.getAttribute('data-qr-version'))).toBeLessThanOrEqual(10);
    await context.close();

    const other = await open(url.slice(baseURL().length));
    await other.page.locator('.fh-list-service').first().waitFor({ timeout: 15_000 });
    expect(await other.page.locator('.fh-list-service h2').evaluateAll((els) => els.map((e) => e.id))).toEqual(ten.map((id) => `list-${id}`));
    expect(await other.page.locator('[data-list-notice]').count()).toBe(0);
    await other.context.close();
  });
});

describe('list page', () => {
  test('a link with unknown and broken ids shows the valid services and says what is missing', async () => {
    const { page, context, errors } = await open(`/nb/liste/${three[0]},finnes-ikke-lenger,${three[1]},..,%3Cscript%3E,${three[0]}`);
    await page.locator('.fh-list-service').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.fh-list-service').count()).toBe(2);
    const notice = (await page.locator('[data-list-notice]').textContent()) ?? '';
    expect(notice).toContain('1 tjeneste i denne lenken finnes ikke lenger.');
    expect(notice).toContain('2 deler av lenken er ikke gyldige tjenester');
    expect(await page.locator('main h1').first().textContent()).toBe('Liste med 2 tjenester');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  test('the print view has no navigation, fits A4 width, and has a QR code per service and for the list', async () => {
    const A4 = { width: 794, height: 1123 }; // 210 × 297 mm at 96 dpi
    const { page, context } = await open(`/nb/liste/${three.join(',')}`, {
      init: 'window.__printed = 0; window.print = () => { window.__printed++; };',
      viewport: A4,
    });
    await page.locator('.fh-list-page .fh-share-bar[data-ready] [data-share-action="print"]').click({ timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const root = page.locator('#fh-print-root');
    expect(await root.isVisible()).toBe(true);
    expect(await root.locator('.fh-print-service').count()).toBe(3);
    expect(await root.locator('.fh-print-service svg.fh-qr-code').count()).toBe(3);
    expect(await root.locator('.fh-print-listqr svg.fh-qr-code').count()).toBe(1);
    // Nothing of the app's frame is printed.
    const visibleChrome = await page.evaluate(() =>
      [...document.querySelectorAll('nav, header, footer, .quick-exit, button, #app')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && !el.closest('#fh-print-root');
      }).length,
    );
    expect(visibleChrome).toBe(0);
    // No element wider than the A4 content width (210 mm − 2 × 15 mm margins = 180 mm).
    const maxRight = await root.evaluate((r) => Math.max(...[...r.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)));
    const mm = 96 / 25.4;
    expect(maxRight).toBeLessThanOrEqual(180 * mm + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4.width);
    // The printed QR codes still decode to the service links.
    const firstQr = root.locator('.fh-print-service svg.fh-qr-code').first();
    expect(await decodeQr(firstQr)).toBe(`${baseURL()}/nb/tjeneste/${three[0]}`);
    // Black on white.
    expect(await root.locator('.fh-print').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    await page.emulateMedia({ media: 'screen' });
    expect(await root.isVisible()).toBe(false);
    await context.close();
  });
});

describe('offline', () => {
  test('after one visit, a shared list link in another language opens with the network off', async () => {
    const context = await launchPersistent();
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL()}/nb/liste/${three.join(',')}`);
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return reg.active?.state;
      });
      await page.locator('.fh-list-service').first().waitFor({ timeout: 15_000 });
      await context.setOffline(true);
      await page.goto(`${baseURL()}/ti/liste/${three.join(',')}`);
      await page.locator('.fh-list-service').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('.fh-list-service').count()).toBe(3);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 15_000 }).toBe('ti');
      // The QR code is made on the device: it works offline too.
      await page.locator('.fh-list-page .fh-share-bar[data-ready] [data-share-action="qr"]').click();
      const svg = page.locator('dialog.fh-qr-dialog[open] svg.fh-qr-code');
      expect(await decodeQr(svg)).toBe(await svg.getAttribute('data-qr-text'));
    } finally {
      await context.close();
    }
  });
});
