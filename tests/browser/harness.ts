/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core. npm cannot download
 * browsers on these machines, so we never use playwright's own builds.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { inject } from 'vitest';

/** Path of the Chromium binary: $CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found. Install with: sudo apt-get install -y chromium');
  return found;
}

// Without the background-networking flags Chromium floods this machine's closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium with a fresh profile. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** A persistent context (needed for service workers across reloads in some tests) with a fresh profile dir. */
export async function launchPersistent(opts: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'finnhjelp-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? { width: 360, height: 740 },
  });
}

/** Base URL of the production build served for this test run. */
export function baseURL(): string {
  return inject('baseURL');
}

/** Opens a page in a new phone-sized context and collects console errors and page errors. */
export async function openPage(
  browser: Browser,
  path: string,
  opts: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean; locale?: string } = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 360, height: 740 },
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    locale: opts.locale ?? 'nb-NO',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseURL() + path);
  return { page, context, errors };
}

/** Waits until the app (not only the prerendered page) has drawn: `<html data-ready="1">`. */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 15_000 });
}

/** Records a page's errors (page errors and console errors) and every request to another origin. */
export function watchPage(page: Page): { errors: string[]; foreign: string[] } {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL()) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}

/** Closes a test's own browser context and server, either of which may be absent. */
export async function closeOwn(context: BrowserContext | null, server: Server | null): Promise<void> {
  await context?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
}
