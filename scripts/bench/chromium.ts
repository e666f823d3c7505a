/**
 * Shared set-up for browser benchmarks: Debian's Chromium, a phone viewport (360×740) and 4× CPU
 * slowdown through the DevTools protocol, as a cheap Android phone would be.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/browser/harness.ts';

/** A fresh persistent profile (service workers on), phone-sized. */
export async function phoneContext(): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'finnhjelp-bench-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps the functions we hand to
  // page.evaluate in a `__name(...)` helper the page does not have: give the page a no-op one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/** Slows the page's CPU by `rate` (4 = a cheap phone). */
export async function throttleCpu(page: Page, rate = 4): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Percentile (0–100) of numbers, nearest rank. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Records, in every page of the context, when the emergency numbers and the search field first exist. */
export async function installFirstScreenProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __firstScreen?: number };
    const mark = () => {
      if (w.__firstScreen === undefined && document.querySelector('a[href^="tel:"]') && document.querySelector('input[type="search"]'))
        w.__firstScreen = performance.now();
    };
    new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  });
}

/**
 * Time (ms from navigation start) until the emergency numbers and the search field are on screen:
 * the later of first contentful paint and the moment both elements exist (needs the probe).
 */
export async function timeToFirstScreen(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const check = () => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          const seen = (window as unknown as { __firstScreen?: number }).__firstScreen;
          if (fcp && seen !== undefined) ok(Math.max(fcp.startTime, seen));
          else setTimeout(check, 5);
        };
        check();
      }),
  );
}
