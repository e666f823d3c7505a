/**
 * "Bruk posisjonen min" in real Chromium against the production build: the position is asked for
 * only on a tap, turned into a municipality on the phone, confirmed by the person, and then the
 * offices serving that municipality come first. Denied or useless positions say so and give the
 * search field the focus. No request leaves the origin, and nothing about the position is stored.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, watchPage } from './harness.ts';
import type { Catalog, Service } from '../../src/catalog/types.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const lyngdal = catalog.places.find((p) => p.name === 'Lyngdal')!;
/** Offices that serve Lyngdal by the records' service areas (else by county): from the data, not a list. */
const servesLyngdal = (s: Service) =>
  s.group !== null &&
  (s.location?.number === lyngdal.number ||
    lyngdal.servedBy.includes(s.id) ||
    (s.area.type === 'municipalities' && s.area.municipalities.some((m) => m.number === lyngdal.number)) ||
    (s.area.type === 'counties' && s.area.counties.includes(lyngdal.county)));
const serving = new Set(catalog.services.filter(servesLyngdal).map((s) => s.id));
// A position in Lyngdal with more decimals than any centre in the catalogue, so a stored copy would show.
const AT_LYNGDAL = { latitude: 58.1379137, longitude: 7.0711373 };
const TRACES = ['58.1379', '7.0711', 'latitude', 'longitude'];

let browser: Browser;
beforeAll(async () => {
  expect(lyngdal, 'Lyngdal is in the catalogue').toBeTruthy();
  expect(serving.size).toBeGreaterThan(0);
  expect(TRACES.some((t) => JSON.stringify(catalog).includes(t)), 'the traces must not occur in the catalogue itself').toBe(false);
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(opts: { grant: boolean; at?: { latitude: number; longitude: number } }): Promise<{ page: Page; context: BrowserContext; errors: string[]; foreign: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nb-NO', serviceWorkers: 'block' });
  if (opts.grant) await context.grantPermissions(['geolocation'], { origin: baseURL() });
  if (opts.at) await context.setGeolocation(opts.at);
  const page = await context.newPage();
  const { errors, foreign } = watchPage(page);
  await page.goto(`${baseURL()}/nb/`);
  return { page, context, errors, foreign };
}

/** Everything the page could have kept: IndexedDB (every store of every database), localStorage, sessionStorage, cookies. */
async function stored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [{ ...localStorage }, { ...sessionStorage }, document.cookie];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((ok, no) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(r.error);
        });
        out.push({ [name]: all });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

const status = (page: Page) => page.locator('.near-me-status');

describe('use my location', () => {
  test('tap, confirm, and the office serving the municipality is first; nothing leaves the phone or stays on it', async () => {
    const { page, context, errors, foreign } = await open({ grant: true, at: AT_LYNGDAL });
    const button = page.getByRole('button', { name: 'Bruk posisjonen min' });
    await button.waitFor();
    await button.click();
    await expect.poll(() => status(page).textContent()).toBe('Er du i \u2068Lyngdal\u2069?');
    // The answer is focused, so a keyboard or screen reader user can say yes at once.
    // Focus moves in an effect after the question is drawn: wait for it rather than read it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 5000 }).toBe('Ja');
    await page.getByRole('button', { name: 'Ja' }).click();
    await page.locator('.result-link').first().waitFor();
    const first = (await page.locator('.result-link').first().getAttribute('href'))!.split('/').pop()!;
    expect(serving, `first result ${first}`).toContain(first);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/nb/sok');
    expect([...url.searchParams]).toEqual([['q', 'Lyngdal']]);
    expect(await page.locator('#q').inputValue()).toBe('Lyngdal');
    const kept = await stored(page);
    // The reading works: the catalogue copy is there (so a stored position would be too).
    expect(kept).toContain(catalog.version);
    for (const t of TRACES) expect(kept, t).not.toContain(t);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"choose another" gives the search field to the person', async () => {
    const { page, context } = await open({ grant: true, at: AT_LYNGDAL });
    await page.getByRole('button', { name: 'Bruk posisjonen min' }).click();
    await page.getByRole('button', { name: 'Velg en annen kommune' }).click();
    await expect.poll(() => status(page).textContent(), { timeout: 5000 }).toBe('Skriv navnet på kommunen din i søkefeltet.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('q');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  test('denied permission says so and gives the search field the focus', async () => {
    const { page, context, errors, foreign } = await open({ grant: false });
    await page.getByRole('button', { name: 'Bruk posisjonen min' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Du har ikke gitt tilgang til posisjonen. Skriv navnet på kommunen din i søkefeltet.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('q');
    expect(await page.getByRole('button', { name: 'Ja' }).count()).toBe(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a position outside Norway is no guess', async () => {
    const { page, context } = await open({ grant: true, at: { latitude: 59.33, longitude: 18.07 } });
    await page.getByRole('button', { name: 'Bruk posisjonen min' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Vi fant ingen kommune i Norge nær deg. Skriv navnet på kommunen din i søkefeltet.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('q');
    await context.close();
  });

  test('the page never asks for the position before the tap', async () => {
    const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'block' });
    await context.addInitScript(() => {
      (window as unknown as { asked: number }).asked = 0;
      const geo = navigator.geolocation;
      const count = () => ((window as unknown as { asked: number }).asked += 1);
      for (const m of ['getCurrentPosition', 'watchPosition'] as const) {
        const real = geo[m].bind(geo) as (...a: unknown[]) => number;
        Object.defineProperty(geo, m, { value: (...a: unknown[]) => (count(), real(...a)) });
      }
    });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/nb/`);
    await page.getByRole('button', { name: 'Bruk posisjonen min' }).waitFor();
    await page.locator('#q').fill('krisesenter');
    await page.locator('.result-link').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(0);
    await context.close();
  });
});
