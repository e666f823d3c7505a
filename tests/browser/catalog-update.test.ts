/**
 * The catalogue's own update channel (src/catalog/manifest.ts, src/catalog/load.ts), in real
 * Chromium with the service worker on. "Build B" differs from build A only in one phone number:
 * its catalogue file is build A's with that number changed, published content-addressed with a
 * manifest that has the right SHA-256 — what `npm run data` would publish for a corrected seed.
 * The test phone numbers below are made up and exist only here.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.ts';
import { editionInput, type CatalogManifest } from '../../src/catalog/manifest.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { packCatalog, unpackCatalog, type WireCatalog } from '../../src/catalog/wire.ts';
import { closeOwn, launchPersistent } from './harness.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
// VO-linjen (116 006) is also in the emergency strip on every screen: the strip must follow the catalogue too.
const service = catalog.services.find((s) => s.id === 'vo-linjen')!;
const OLD = service.phones[0]!;

let server: Server | null = null;
let context: BrowserContext | null = null;

afterEach(async () => {
  await closeOwn(context, server);
  context = null;
  server = null;
});

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Publishes in `root` a catalogue whose first number of `service` is `display`, as `npm run data`
 * would: new content-addressed file, manifest pointing at it. `tamper` spoils it on purpose.
 */
function publish(root: string, display: string, tamper: { badChecksum?: boolean; schema?: number } = {}): void {
  const manifestPath = join(root, 'data/catalog.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CatalogManifest;
  const current = unpackCatalog(JSON.parse(readFileSync(join(root, manifest.url), 'utf8')) as WireCatalog);
  const s = current.services.find((x) => x.id === service.id)!;
  s.phones[0] = { ...s.phones[0]!, display, number: display.replace(/\s/g, '') };
  current.version = sha(display).slice(0, 12);
  const json = JSON.stringify(packCatalog(current));
  const hash = sha(json);
  const url = `/data/catalog.${hash.slice(0, 16)}.json`;
  writeFileSync(join(root, url), tamper.badChecksum ? json.replace(display, '11 11 11 11') : json);
  const next: CatalogManifest = { ...manifest, url, sha256: hash, bytes: Buffer.byteLength(json), version: current.version, schema: tamper.schema ?? manifest.schema };
  next.edition = sha(editionInput(hash, next.texts));
  writeFileSync(manifestPath, JSON.stringify(next));
}

async function serve(root: string): Promise<string> {
  server = await startServer({ root, port: 0 });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return `http://127.0.0.1:${addr.port}`;
}

/** The outcome of the app's latest look at the channel (`<html data-catalog>`), once it is done. */
async function checked(page: Page): Promise<string> {
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('html[data-catalog]:not([data-catalog="checking"])').waitFor({ state: 'attached', timeout: 20_000 });
  return (await page.evaluate(() => document.documentElement.dataset.catalog)) ?? '';
}

/** Asks the app to look again, as when the person comes back to it (visibilitychange to visible). */
async function comeBack(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.documentElement.dataset.catalog = 'checking';
    document.dispatchEvent(new Event('visibilitychange'));
  });
  return checked(page);
}

const mainText = (page: Page) => page.locator('main').textContent();
/** How many call links anywhere on the page (strip, page, footer) dial `digits` (with or without +47). */
const calls = (page: Page, digits: string) => page.locator(`a[href^="tel:"][href$="${digits}"]`).count();

describe('a corrected number reaches the phone on its next online visit', () => {
  test('no tap, no reload; a bad checksum and a future schema are refused; offline keeps the last good copy', async () => {
    const root = mkdtempSync(join(tmpdir(), 'finnhjelp-dist-'));
    cpSync(resolve('dist'), root, { recursive: true });
    const origin = await serve(root);
    const path = `${origin}/nb/tjeneste/${service.id}`;

    // Build A: first visit; the worker installs, the catalogue is stored, the channel says "current".
    context = await launchPersistent();
    const page = await context.newPage();
    await page.goto(path);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(await checked(page)).toBe('current');
    expect(await calls(page, OLD.number)).toBeGreaterThan(0);

    // Build B is deployed: only one number differs. The next visit shows it without a tap or a reload.
    publish(root, '99 99 99 99');
    const visit = await context.newPage();
    await page.close();
    await visit.goto(path);
    await visit.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
    await visit.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    expect(await checked(visit)).toBe('updated');
    await expect.poll(() => calls(visit, '99999999'), { timeout: 10_000 }).toBeGreaterThan(0);
    // The whole page is drawn from the new catalogue: the old number is gone from every call link,
    // the emergency strip's included.
    expect(await calls(visit, OLD.number)).toBe(0);
    expect(await visit.locator('.emergency a[href^="tel:"][href$="99999999"]').count()).toBe(1);
    expect(await mainText(visit)).toContain('99 99 99 99');
    expect(await visit.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await visit.locator('.status-update').count()).toBe(0);
    // The footer says when this device got it.
    expect(await visit.locator('footer .data-date').textContent()).toMatch(/Hentet til denne enheten \d{2}\.\d{2}\.\d{4}/);

    // A catalogue whose bytes do not match the manifest's checksum is refused: the number stays.
    publish(root, '98 98 98 98', { badChecksum: true });
    expect(await comeBack(visit)).toBe('refused');
    expect(await calls(visit, '99999999')).toBeGreaterThan(0);

    // A manifest for a schema this app cannot read is refused too.
    publish(root, '97 97 97 97', { schema: 2 });
    expect(await comeBack(visit)).toBe('refused');
    expect(await calls(visit, '99999999')).toBeGreaterThan(0);

    // Offline, a fresh visit shows the last good copy, from IndexedDB.
    await context.setOffline(true);
    const offline = await context.newPage();
    await visit.close();
    await offline.goto(path);
    expect(await checked(offline)).toBe('unreachable');
    expect(await calls(offline, '99999999')).toBeGreaterThan(0);
    expect(await calls(offline, OLD.number)).toBe(0);

    // The prerendered home page was drawn from build A's catalogue: once the app runs, it is redrawn from the newest.
    const prerendered = readFileSync(join(root, 'nb/index.html'), 'utf8');
    expect(prerendered).toContain(`tel:${OLD.number}`);
    await offline.goto(`${origin}/nb/`);
    await offline.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await offline.locator('.emergency a[href^="tel:"][href$="99999999"]').count()).toBe(1);
    expect(await calls(offline, OLD.number)).toBe(0);
  });
});
