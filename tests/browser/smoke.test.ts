import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

test('the built app serves and renders an emergency number', async () => {
  const { page, context, errors } = await openPage(browser, '/nb/');
  await expect(page.locator('a[href="tel:112"]').first()).toBeDefined();
  expect(await page.locator('a[href="tel:112"]').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await context.close();
});
