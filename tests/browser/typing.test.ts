/**
 * Typing on a cheap phone (4× CPU slowdown), keys 60 ms apart as a fast thumb types them, straight
 * from the home page: no keystroke is lost, and the result list ends up answering exactly what
 * the field holds (not an older query), with the address in step. How fast it feels is measured
 * by `npm run bench:browser`, never asserted here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('typing at 4× CPU slowdown', () => {
  for (const [text, expected] of [
    ['krisesenter', /krisesenter/],
    ['barnehus tromsø', /barnehus/],
    ['vold i nære relasjoner', /./],
  ] as const) {
    test(`"${text}": every key kept, the list answers the final query`, async () => {
      const { page, context, errors } = await openPage(browser, '/nb/');
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.locator('#q').click();
      // Key events with text, as a phone keyboard sends them (ø and æ included), on a fixed beat.
      const start = Date.now();
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        const wait = start + i * 60 - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: chars[i]!, text: chars[i]!, unmodifiedText: chars[i]! });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: chars[i]! });
      }
      const listQuery = () => page.evaluate(() => document.querySelector('[data-q]')?.getAttribute('data-q') ?? null);
      await expect.poll(listQuery, { timeout: 20_000 }).toBe(text);
      await page.waitForTimeout(500);
      // Still so once everything has settled: no late render of an older query.
      expect(await page.locator('#q').inputValue()).toBe(text);
      expect(await listQuery()).toBe(text);
      expect(new URL(page.url()).pathname).toBe('/nb/sok');
      expect(new URL(page.url()).searchParams.get('q')).toBe(text);
      const hrefs = await page.locator('ol.results .result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.some((h) => expected.test(h))).toBe(true);
      // The count speaks of the same list.
      expect(await page.locator('p.count').textContent()).toMatch(/\d+ tjenester? funnet/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
