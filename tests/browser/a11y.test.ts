/**
 * Accessibility (WCAG 2.1 AA), tested in real Chromium against the production build:
 * axe-core on every page type in nb, se and ar, at phone and desktop width, light and dark;
 * keyboard use, focus, live regions, reflow at 320 px and touch-target size.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types.ts';
import { baseURL, launch } from './harness.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const catalog = JSON.parse(readFileSync(resolve('src/generated/catalog.json'), 'utf8')) as Catalog;
const service = catalog.services.find((s) => s.phones.length > 0 && s.measures.length > 0) ?? catalog.services[0]!;
const listIds = catalog.services.slice(0, 3).map((s) => s.id).join(',');

const PAGES: Record<string, (lang: string) => string> = {
  home: (l) => `/${l}/`,
  search: (l) => `/${l}/sok?q=krisesenter`,
  service: (l) => `/${l}/tjeneste/${service.id}`,
  measures: (l) => `/${l}/tiltak`,
  list: (l) => `/${l}/liste/${listIds}`,
  about: (l) => `/${l}/om`,
  hide: (l) => `/${l}/skjul-besok`,
  saved: (l) => `/${l}/mine`,
  notFound: (l) => `/${l}/finnes-ikke`,
};
const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Waits until the app has rendered the page (its main heading exists). */
async function ready(page: Page): Promise<void> {
  // The prerendered first screen already has a heading: wait until the app has drawn the page.
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 15_000 });
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  // Let lazy parts (results, QR) settle.
  await page.waitForTimeout(150);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Runs through the DevTools protocol, which the page's CSP does not govern (no inline script needed).
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

describe('axe finds no WCAG 2.1 AA violation', () => {
  for (const lang of ['nb', 'se', 'ar']) {
    for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
      test(`${lang} at ${vpName} width, light and dark`, async () => {
        const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
        const page = await context.newPage();
        const found: Record<string, AxeViolation[]> = {};
        for (const [name, path] of Object.entries(PAGES)) {
          for (const scheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await page.goto(baseURL() + path(lang));
            await ready(page);
            const v = await axe(page);
            if (v.length) found[`${name} (${scheme})`] = v;
          }
        }
        // The offline state: the indicator must be accessible too.
        await context.setOffline(true);
        await page.evaluate(() => window.dispatchEvent(new Event('offline')));
        const offline = await axe(page);
        if (offline.length) found['offline state'] = offline;
        await context.close();
        expect(found).toEqual({});
      }, 180_000);
    }
  }
});

describe('keyboard, focus and announcements', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL() + '/nb/');
    await ready(page);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ tag: document.activeElement?.tagName, href: document.activeElement?.getAttribute('href') }));
    expect(first.tag).toBe('A');
    expect(first.href?.startsWith('#')).toBe(true);
    await page.keyboard.press('Enter');
    const inMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      return !!main && (main === document.activeElement || main.contains(document.activeElement));
    });
    expect(inMain).toBe(true);
    await context.close();
  });

  test('focus is always visible: every focusable element draws an outline or a ring when focused', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL() + `/nb/tjeneste/${service.id}`);
    await ready(page);
    const invisible: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const visible = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
        return { visible, what: `${el.tagName}.${el.className} ${el.textContent?.trim().slice(0, 30)}` };
      });
      if (r && !r.visible) invisible.push(r.what);
    }
    expect(invisible).toEqual([]);
    await context.close();
  });

  test('navigating moves focus to the new page heading; result counts are announced', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL() + '/nb/');
    await ready(page);
    await page.locator('input[type="search"]').first().fill('barnehus');
    const live = page.locator('[aria-live="polite"], [role="status"]');
    await expect.poll(async () => (await live.allTextContents()).join(' '), { timeout: 10_000 }).toMatch(/\d/);
    await page.locator('main a[href*="/tjeneste/"]').first().click();
    await page.waitForURL(/\/tjeneste\//);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });
});

describe('zoom, reflow and touch targets', () => {
  test('no horizontal scrolling at 320 px on any page, and zoom is never disabled', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const lang of ['nb', 'ar']) {
      for (const [name, path] of Object.entries(PAGES)) {
        await page.goto(baseURL() + path(lang));
        await ready(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${lang} ${name}: ${overflow}px`);
      }
    }
    const viewportMeta = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewportMeta).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
    expect(wide).toEqual([]);
    await context.close();
  });

  test('buttons, call links and controls are at least 44×44 px', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
    const page = await context.newPage();
    const small: string[] = [];
    for (const path of [PAGES.home!('nb'), PAGES.service!('nb'), PAGES.search!('nb')]) {
      await page.goto(baseURL() + path);
      await ready(page);
      small.push(
        ...(await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, a[href^="tel:"], a[href^="sms:"], input, select, summary, .quick-exit')]
            .filter((el) => el.offsetParent !== null && !el.classList.contains('vh') && !el.classList.contains('visually-hidden'))
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && (r.width < 44 || r.height < 44))
            .map(({ el, r }) => `${location.pathname} ${el.tagName}.${el.className} "${el.textContent?.trim().slice(0, 25)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
        )),
      );
    }
    expect(small).toEqual([]);
    await context.close();
  });

  test('reduced motion is honoured: no animation or transition runs longer than 0.01 s', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL() + PAGES.service!('nb'));
    await ready(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('*')]
        .map((el) => getComputedStyle(el))
        .filter((cs) => parseFloat(cs.transitionDuration) > 0.01 || parseFloat(cs.animationDuration) > 0.01).length,
    );
    expect(moving).toBe(0);
    await context.close();
  });

  test('call buttons tell a screen reader what they do: who you call and the number', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(baseURL() + '/nb/');
    await ready(page);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => ({
        href: a.getAttribute('href')!,
        name: a.getAttribute('aria-label') ?? a.textContent ?? '',
      })),
    );
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const { href, name } of names) {
      const digits = href.replace(/\D/g, '').replace(/^47(?=\d{8}$)/, '');
      expect(name.replace(/\D/g, '')).toContain(digits);
      expect(name).toMatch(/^Ring /);
    }
    await context.close();
  });
});
