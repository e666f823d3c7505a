/**
 * Every page in the reader's language, in real Chromium against the production build:
 * each language's home and one service page get the right `<html lang dir>`, show no raw
 * translation keys, keep buttons inside a 360 px screen, show the draft notice in draft
 * languages, and the language switch keeps the page (service, search query).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { LANGS, RTL_LANGS } from '../../src/catalog/types.ts';
import { baseURL, launch } from './harness.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const service = catalog.services.find((s) => s.id === 'vo-linjen') ?? catalog.services[0]!;
const status = JSON.parse(readFileSync(resolve('locales/status.json'), 'utf8')) as Record<string, string>;

/** Every nb key as the UI would show it raw ("ui:search.label" and "search.label"). */
function rawKeys(): string[] {
  const out: string[] = [];
  const walk = (node: unknown, ns: string, prefix: string) => {
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, ns, prefix ? `${prefix}.${k}` : k);
    else if (prefix.includes('.')) out.push(`${ns}:${prefix}`, prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
  };
  for (const f of readdirSync(resolve('locales/nb'))) {
    if (!f.endsWith('.json') || f === 'services.json') continue;
    walk(JSON.parse(readFileSync(resolve('locales/nb', f), 'utf8')), f.replace(/\.json$/, ''), '');
  }
  return [...new Set(out)];
}
const KEYS = rawKeys();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'nb-NO' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(baseURL() + path);
  // The prerendered page already has a heading: wait until the app itself has drawn the page.
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(100);
  return { page, close: () => context.close(), errors };
}

interface Found {
  lang: string;
  dir: string;
  keys: string[];
  overflow: string[];
  pageWidth: number;
}

async function inspect(page: Page): Promise<Found> {
  return page.evaluate((keys) => {
    const text = document.body.innerText;
    const words = new Set(text.split(/[\s()«»"',;!?]+/).map((w) => w.replace(/[.:]$/, '')));
    const found = keys.filter((k) => (k.includes(':') ? text.includes(k) : words.has(k)));
    const overflow: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, [role="button"], a.button, a[href^="tel:"]'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.left < -1 || r.right > window.innerWidth + 1 || el.scrollWidth > el.clientWidth + 2) {
        overflow.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.left)}–${Math.round(r.right)} (scroll ${el.scrollWidth}/${el.clientWidth})`);
      }
    }
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      keys: found,
      overflow,
      pageWidth: document.documentElement.scrollWidth,
    };
  }, KEYS);
}

describe.each(LANGS.map((l) => [l]))('%s', (lang) => {
  const dir = RTL_LANGS.includes(lang) ? 'rtl' : 'ltr';
  for (const [name, path] of [
    ['home', `/${lang}/`],
    ['service page', `/${lang}/tjeneste/${service.id}`],
  ] as const) {
    test(`${name}: <html lang dir>, no raw keys, nothing wider than 360 px`, async () => {
      const { page, close, errors } = await open(path);
      try {
        // A page the prerenderer did not write starts from the nb shell; the app then sets lang and dir.
        await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 5_000 }).catch(() => undefined);
        const found = await inspect(page);
        expect(found.lang).toBe(lang);
        expect(found.dir).toBe(dir);
        expect(found.keys, 'raw translation keys on the page').toEqual([]);
        expect(found.overflow, 'buttons outside a 360 px screen').toEqual([]);
        expect(found.pageWidth).toBeLessThanOrEqual(361);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
  test('draft languages say so, in the language and in Norwegian, linking to the same page in nb', async () => {
    const path = `/${lang}/tjeneste/${service.id}`;
    const { page, close } = await open(path);
    try {
      const notice = page.locator('aside.draft-notice');
      if (status[lang] === 'reviewed') expect(await notice.count()).toBe(0);
      else {
        expect(await notice.count()).toBe(1);
        expect(await notice.locator('p[lang="nb"]').count()).toBe(1);
        expect(await notice.locator('a').first().getAttribute('href')).toBe(`/nb/tjeneste/${service.id}`);
      }
    } finally {
      await close();
    }
  });
});

describe('switching language keeps the page', () => {
  test('service page: the switch links to the same service in every language, and following it works', async () => {
    const { page, close } = await open(`/nb/tjeneste/${service.id}`);
    try {
      for (const lang of LANGS) {
        expect(await page.locator(`a[hreflang="${lang}"][lang="${lang}"]`).first().getAttribute('href')).toBe(`/${lang}/tjeneste/${service.id}`);
      }
      const link = page.locator('a[hreflang="se"][lang="se"]').first();
      if (await link.isVisible()) await link.click();
      else await page.goto(baseURL() + (await link.getAttribute('href')));
      await page.waitForURL(`**/se/tjeneste/${service.id}`);
      await page.waitForFunction(() => document.documentElement.lang === 'se');
      // The official Norwegian name stays visible in every language.
      await expect(page.locator('main').getByText(service.name, { exact: false }).first().isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });
  test('search: the query and filters survive the switch', async () => {
    const { page, close } = await open('/nb/sok?q=krisesenter&fylke=Troms');
    try {
      const href = await page.locator('a[hreflang="ar"][lang="ar"]').first().getAttribute('href');
      expect(href).toBe('/ar/sok?q=krisesenter&fylke=Troms');
      await page.goto(baseURL() + href);
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      expect(await page.locator('input[type="search"], input[name="q"]').first().inputValue()).toBe('krisesenter');
    } finally {
      await close();
    }
  });
});
