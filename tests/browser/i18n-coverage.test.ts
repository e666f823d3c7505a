/**
 * The whole page in the reader's language, measured where the reader meets it: in real Chromium,
 * for every language, on home, search results, a service page of every category, a shared list,
 * the measures page and the about page (src/i18n/onscreen-pages.ts). On each page the words of
 * visible text whose nearest `lang` is Norwegian bokmål are counted against all visible words, by
 * the same function `npm run i18n:check` uses (src/i18n/onscreen.ts): official names, source
 * citations and folded Norwegian text are left aside. At most 5 % (Sami languages 10 %).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LANGS, type Catalog, type Lang } from '../../src/catalog/types.ts';
import { countNorwegianWords, maxNorwegianShare, norwegianShare, type WordCount } from '../../src/i18n/onscreen.ts';
import { measuredPages, type MeasuredPage } from '../../src/i18n/onscreen-pages.ts';
import { baseURL, launch } from './harness.ts';

const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** What shows that the app has drawn a page of this kind (not just the prerendered shell). */
const READY: Record<string, string> = {
  home: 'main ul.tiles',
  search: 'main ol.results, main .no-match',
  service: 'main article.service',
  list: 'main .fh-list-services, main .fh-list-notice',
  measures: 'main li.measure',
  about: 'main h1',
};

/** Counts the live page with the shared function; its source is sent as an expression (no eval in the page's CSP). */
async function countOnPage(page: Page, lang: Lang): Promise<WordCount> {
  const expression = `(${countNorwegianWords.toString()})(document.body, ${JSON.stringify(lang)}, (el) => el.checkVisibility({ visibilityProperty: true }))`;
  return (await page.evaluate(expression)) as WordCount;
}

async function measure(page: Page, lang: Lang, p: MeasuredPage): Promise<WordCount> {
  await page.goto(baseURL() + p.path);
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator(READY[p.kind] ?? 'main h1').first().waitFor({ state: 'attached', timeout: 15_000 });
  return countOnPage(page, lang);
}

describe('on-screen Norwegian share in every language', () => {
  for (const lang of LANGS) {
    test(`${lang}: every page type at most ${Math.round(100 * maxNorwegianShare(lang))} % Norwegian`, { timeout: 240_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block', locale: 'nb-NO' });
      try {
        const page = await context.newPage();
        const rows: string[] = [];
        const over: string[] = [];
        let words = 0;
        let norwegian = 0;
        for (const p of measuredPages(catalog, lang)) {
          const c = await measure(page, lang, p);
          expect(c.words, `${p.path} shows words`).toBeGreaterThan(0);
          words += c.words;
          norwegian += c.norwegian;
          const share = norwegianShare(c);
          rows.push(`${(100 * share).toFixed(1).padStart(5)} %  ${p.kind} ${p.label}`);
          if (share > maxNorwegianShare(lang)) over.push(`${p.path}: ${(100 * share).toFixed(1)} % (${c.pieces.slice(0, 3).join(' | ').slice(0, 160)})`);
        }
        // The figures go to the log for the README's language table and the translators.
        console.log(`on-screen Norwegian, ${lang}: ${(100 * norwegianShare({ words, norwegian })).toFixed(1)} % of ${words} words\n  ${rows.join('\n  ')}`);
        expect(over).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
